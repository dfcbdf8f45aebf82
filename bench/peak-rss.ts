/**
 * Peak resident memory of this process in MB. On Linux it is read from VmHWM: the rusage figure (`maxRSS`) survives
 * fork and exec, so a child spawned by the bench after it built its 10,000 pages in memory reported the bench's peak as
 * its own (476 MB for an ingest whose own peak was 257 MB). Elsewhere `maxRSS` is the best there is.
 */
import { readFileSync } from 'node:fs';

export function peakRssMB(): number {
  try {
    const kb = /VmHWM:\s*(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) return Number(kb) / 1024;
  } catch {
    // not Linux: fall through
  }
  return process.resourceUsage().maxRSS / 1024;
}
