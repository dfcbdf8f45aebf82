/**
 * The worker side of WorkerPool (pool.ts): answers each task message with one answer carrying its id. Tasks run
 * strictly one at a time in the order received, even when `handle` awaits, so that when the thread dies the task
 * it was running is its oldest unanswered one and the ones behind it have not started (the pool runs those again).
 */
import { parentPort } from 'node:worker_threads';

export interface TaskMessage<TIn> {
  id: number;
  task: TIn;
}

export interface TaskAnswer<TOut> {
  id: number;
  result: TOut;
}

/** `transfer`: the buffers of a result that move to the pool's thread instead of being copied. */
export function serveTasks<TIn, TOut>(handle: (task: TIn) => TOut | Promise<TOut>, transfer: (result: TOut) => ArrayBuffer[] = () => []): void {
  const port = parentPort!;
  let previous: Promise<void> = Promise.resolve();
  port.on('message', ({ id, task }: TaskMessage<TIn>) => {
    // A task that throws rejects the chain: an unhandled rejection ends the thread, which fails that task in the pool.
    previous = previous.then(async () => {
      const result = await handle(task);
      port.postMessage({ id, result } satisfies TaskAnswer<TOut>, transfer(result));
    });
  });
}
