/**
 * A fixed-size pool of worker threads running one script (a `serveTasks` loop, see pool-worker.ts). Each worker holds
 * up to TASKS_PER_WORKER tasks: it runs them one at a time, oldest first, and the next one is already waiting when it
 * answers, so it does not idle while this thread takes the answer and sends more work. A worker that dies (uncaught
 * error, process.exit, out of memory) fails only the task it was running — its oldest unanswered one — through
 * `onCrash`; its other tasks had not started and go back to the head of the queue; a fresh worker takes its place,
 * so one bad input cannot stop a batch.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { TaskAnswer, TaskMessage } from './pool-worker.js';

/** Two: one running, one waiting. More would only delay the tasks behind a slow one. */
const TASKS_PER_WORKER = 2;

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
  /** Tasks that run with no other task beside them (they may take most of the memory the batch may use). */
  alone?: (task: TIn) => boolean;
}

interface Job<TIn, TOut> {
  id: number;
  task: TIn;
  alone: boolean;
  resolve: (result: TOut) => void;
}

interface Slot<TIn, TOut> {
  worker: Worker;
  /** Sent and not answered yet, in the order sent: the first is the one running. */
  jobs: Job<TIn, TOut>[];
}

export class WorkerPool<TIn, TOut> {
  private readonly slots: Slot<TIn, TOut>[] = [];
  private readonly queue: Job<TIn, TOut>[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: PoolOptions<TIn, TOut>) {
    for (let i = 0; i < Math.max(1, options.size); i++) this.slots.push(this.spawn());
  }

  /** Runs one task; never rejects (a crash resolves through `onCrash`). */
  run(task: TIn): Promise<TOut> {
    if (this.closed) throw new Error('WorkerPool is closed');
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, task, alone: this.options.alone?.(task) ?? false, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot<TIn, TOut> {
    const worker = new Worker(this.options.script, { workerData: this.options.workerData, resourceLimits: this.options.resourceLimits });
    const slot: Slot<TIn, TOut> = { worker, jobs: [] };
    worker.on('message', ({ id, result }: TaskAnswer<TOut>) => {
      const index = slot.jobs.findIndex((job) => job.id === id);
      if (index < 0) return;
      const [job] = slot.jobs.splice(index, 1);
      job!.resolve(result);
      this.dispatch();
    });
    // 'error' (uncaught exception) is followed by 'exit'. The task is failed on 'exit' only: Node delivers the
    // messages a worker posted before it died ahead of 'exit', but not ahead of 'error', so an answer already sent
    // is never taken for a crash of the task it answered.
    let uncaught: Error | undefined;
    const crash = (error: Error) => {
      if (this.closed) return;
      const [running, ...waiting] = slot.jobs;
      slot.jobs = [];
      const index = this.slots.indexOf(slot);
      if (index >= 0) {
        worker.removeAllListeners();
        worker.on('error', () => {});
        void worker.terminate();
        this.slots[index] = this.spawn();
      }
      this.queue.unshift(...waiting);
      running?.resolve(this.options.onCrash(running.task, error));
      this.dispatch();
    };
    worker.on('error', (error) => (uncaught ??= error));
    worker.on('exit', (code) => crash(uncaught ?? new Error(`worker exited with code ${code}`)));
    // An idle worker must not keep the process alive once the caller stops using the pool.
    worker.unref();
    return slot;
  }

  /**
   * Fills the least loaded worker first, so that every worker has a task running before any gets a second one. A
   * task that runs alone waits, in its turn, until every worker is idle, and nothing is sent while it runs.
   */
  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots[0]!;
      for (const s of this.slots) if (s.jobs.length < slot.jobs.length) slot = s;
      if (slot.jobs.length >= TASKS_PER_WORKER) break;
      const busy = this.slots.some((s) => s.jobs.length > 0);
      if (busy && (this.queue[0]!.alone || this.slots.some((s) => s.jobs.some((job) => job.alone)))) break;
      const job = this.queue.shift()!;
      slot.jobs.push(job);
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, task: job.task } satisfies TaskMessage<TIn>);
    }
    for (const slot of this.slots) if (slot.jobs.length === 0) slot.worker.unref();
  }
}
