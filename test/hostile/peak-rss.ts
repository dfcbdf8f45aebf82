/**
 * Peak resident memory of a child process, reported by the child as it exits. On Linux it is read from VmHWM: the
 * rusage figure (`maxRSS`) survives fork and exec, so a child spawned by a test that has just built a 300 MB input
 * would report the test's memory as its own. Elsewhere `maxRSS` is the best there is (and errs on the high side).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE = `process.on('exit', () => {
  let bytes = process.resourceUsage().maxRSS * 1024;
  try { bytes = Number(/VmHWM:\\s*(\\d+) kB/.exec(require('node:fs').readFileSync('/proc/self/status', 'utf8'))[1]) * 1024; } catch {}
  process.stderr.write('peak-rss ' + bytes + '\\n');
});`;

/** Writes the preload into `dir`; pass `['--require', path]` to the child's node. */
export function peakRssPreload(dir: string): string {
  const path = join(dir, 'peak-rss.cjs');
  writeFileSync(path, SOURCE);
  return path;
}

/** The child's peak RSS in bytes, from its stderr (Infinity when it died before reporting). */
export const peakRss = (stderr: string): number => Number(/peak-rss (\d+)/.exec(stderr)?.[1] ?? Infinity);
