/**
 * One measured `catalog ingest` in a process of its own, so that its peak RSS (VmHWM, which includes the worker
 * threads: peak-rss.ts) is the ingest's alone. Times count from the process start, as a CLI user waits them:
 * module loading and worker start-up included. Prints one JSON line: wall ms, CPU ms, peak RSS, totals.
 * Usage: node dist/bench/ingest-child.js <inputs> <out> <jobs> [formats, e.g. jsonl,parquet]
 */
import { ingest, ITEM_FORMATS, parseFormatList } from '../src/index.js';
import { peakRssMB } from './peak-rss.js';

const [inputs, out, jobs, formats] = process.argv.slice(2);
const result = await ingest({ inputs: [inputs!], out: out!, jobs: Number(jobs), ...(formats && { formats: parseFormatList(formats, ITEM_FORMATS) }) });
// performance.now() counts from the process's time origin; cpuUsage() without a base is the whole process's.
const ms = performance.now();
const used = process.cpuUsage();
process.stdout.write(JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, maxRssMB: peakRssMB(), totals: result.totals }) + '\n');
