/** The progress line: drawn only on a terminal, at most once per 100 ms of the (fake) clock, always at the end. */
import { describe, expect, it } from 'vitest';
import { formatProgress, progressLine } from '../src/progress-line.js';

const fakeStream = (isTTY: boolean) => {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream };
};

describe('progress line', () => {
  it('formats files, items, rates and ETA', () => {
    expect(formatProgress({ done: 50, total: 200, items: 1234, bytes: 5e6, cached: 0 }, 10)).toBe('50/200 inputs · 1234 items · 5.0 inputs/s · 0.5 MB/s · ETA 30s');
    expect(formatProgress({ done: 10, total: 1000, items: 0, bytes: 0, cached: 4 }, 1)).toContain('(4 cached)');
    expect(formatProgress({ done: 10, total: 1000, items: 0, bytes: 0, cached: 0 }, 1)).toContain('ETA 1m39s');
  });

  it('redraws at most 10 times a second and clears at the end', () => {
    const { writes, stream } = fakeStream(true);
    let clock = 1000;
    const line = progressLine(stream, () => clock);
    for (let done = 1; done <= 100; done++) {
      clock += 5; // 100 files in 500 ms
      line.update({ done, total: 100, items: done, bytes: 0, cached: 0 });
    }
    line.done();
    // 500 ms → ≤ 5 throttled draws + the final one (done = total) + the clearing write.
    expect(writes.length).toBeLessThanOrEqual(7);
    expect(writes.at(-2)).toContain('100/100 inputs');
    expect(writes.at(-1)).toBe('\r\x1b[K');
  });

  it('writes nothing when stderr is not a terminal', () => {
    const { writes, stream } = fakeStream(false);
    const line = progressLine(stream);
    line.update({ done: 1, total: 1, items: 0, bytes: 0, cached: 0 });
    line.done();
    expect(writes).toEqual([]);
  });
});
