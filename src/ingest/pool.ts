/**
 * A fixed-size pool of worker threads running one script. Each task is a message; the worker answers with exactly one
 * message. A worker that dies (uncaught error, process.exit, out of memory) fails only the task it was running: that
 * task resolves through `onCrash` and a fresh worker takes its place, so one bad input cannot stop a batch.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface PoolOptions<TIn, TOut> {
  /** The worker script (built JS: worker threads cannot load TypeScript sources). */
  script: URL;
  size: number;
  /** Passed to every worker as `workerData`. */
  workerData?: unknown;
  /** Heap limits of every worker; a worker over them dies, which fails its task through `onCrash`. */
  resourceLimits?: ResourceLimits;
  /** Turns a crash while running `task` into its result. */
  onCrash: (task: TIn, error: Error) => TOut;
}

interface Job<TIn, TOut> {
  task: TIn;
  transfer: ArrayBuffer[];
  resolve: (result: TOut) => void;
}

interface Slot<TIn, TOut> {
  worker: Worker;
  job?: Job<TIn, TOut>;
}

export class WorkerPool<TIn, TOut> {
  private readonly slots: Slot<TIn, TOut>[] = [];
  private readonly queue: Job<TIn, TOut>[] = [];
  private closed = false;

  constructor(private readonly options: PoolOptions<TIn, TOut>) {
    for (let i = 0; i < Math.max(1, options.size); i++) this.slots.push(this.spawn());
  }

  /** Runs one task; never rejects (a crash resolves through `onCrash`). `transfer` buffers move to the worker. */
  run(task: TIn, transfer: ArrayBuffer[] = []): Promise<TOut> {
    if (this.closed) throw new Error('WorkerPool is closed');
    return new Promise((resolve) => {
      this.queue.push({ task, transfer, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot<TIn, TOut> {
    const worker = new Worker(this.options.script, { workerData: this.options.workerData, resourceLimits: this.options.resourceLimits });
    const slot: Slot<TIn, TOut> = { worker };
    worker.on('message', (result: TOut) => {
      const job = slot.job;
      slot.job = undefined;
      job?.resolve(result);
      this.dispatch();
    });
    // 'error' (uncaught exception) is followed by 'exit'; the job is failed once, on whichever comes first.
    const crash = (error: Error) => {
      if (this.closed) return;
      const job = slot.job;
      slot.job = undefined;
      const index = this.slots.indexOf(slot);
      if (index >= 0) {
        worker.removeAllListeners();
        worker.on('error', () => {});
        void worker.terminate();
        this.slots[index] = this.spawn();
      }
      job?.resolve(this.options.onCrash(job.task, error));
      this.dispatch();
    };
    worker.on('error', crash);
    worker.on('exit', (code) => crash(new Error(`worker exited with code ${code}`)));
    // An idle worker must not keep the process alive once the caller stops using the pool.
    worker.unref();
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage(job.task, job.transfer);
    }
    for (const slot of this.slots) if (!slot.job) slot.worker.unref();
  }
}
