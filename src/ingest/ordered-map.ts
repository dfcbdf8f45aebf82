/**
 * Runs `fn` over `inputs` with up to `window` calls in flight and yields the results in input order. A result that
 * finishes early waits in the window (the reorder buffer); a new call starts only when the consumer has taken the
 * oldest result, so a slow consumer (a full disk, a piped stdout) throttles the work and memory stays bounded by
 * `window` results whatever the number of inputs. A rejected call stops the iteration when its turn comes.
 */
export async function* orderedMap<T, R>(inputs: readonly T[], window: number, fn: (input: T, index: number) => Promise<R>): AsyncGenerator<R> {
  const inFlight: Promise<R>[] = [];
  let started = 0;
  const size = Math.max(1, window);
  for (let next = 0; next < inputs.length; next++) {
    while (started < inputs.length && started - next < size) {
      const call = fn(inputs[started]!, started);
      // A failure is raised when its turn comes (the await below), not as an unhandled rejection before.
      call.catch(() => {});
      inFlight.push(call);
      started++;
    }
    yield await inFlight.shift()!;
  }
}
