/**
 * The progress line of `catalog ingest` on a terminal: files, items, rate and ETA, redrawn in place at most 10 times
 * a second (redrawing per file would cost more than small files take to parse). Not a terminal: draws nothing.
 */
import type { Progress } from './ingest/ingest.js';

const REDRAW_MS = 100;

export interface ProgressLine {
  update(progress: Progress): void;
  /** Clears the line (the caller prints the summary). */
  done(): void;
}

export function progressLine(stream: NodeJS.WriteStream, now: () => number = Date.now): ProgressLine {
  if (!stream.isTTY) return { update: () => {}, done: () => {} };
  const start = now();
  // The first draw waits one period: a rate and ETA from the first file alone (worker start-up included) mislead.
  let last = start;
  let drawn = false;
  return {
    update(p) {
      const t = now();
      if (t - last < REDRAW_MS && p.done < p.total) return;
      last = t;
      drawn = true;
      stream.write(`\r\x1b[K${formatProgress(p, (t - start) / 1000)}`);
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}

export function formatProgress(p: Progress, seconds: number): string {
  const rate = seconds > 0 ? p.done / seconds : 0;
  const eta = rate > 0 ? (p.total - p.done) / rate : 0;
  const cached = p.cached ? ` (${p.cached} cached)` : '';
  return `${p.done}/${p.total} inputs${cached} · ${p.items} items · ${rate.toFixed(1)} inputs/s · ${(p.bytes / 1e6 / Math.max(seconds, 1e-9)).toFixed(1)} MB/s · ETA ${duration(eta)}`;
}

function duration(seconds: number): string {
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}
