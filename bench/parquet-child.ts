/**
 * One measured `catalog export --format parquet` in a process of its own (peak RSS is the export's alone): reads a
 * dataset's items.jsonl and writes items.parquet row group by row group. Prints one JSON line: wall ms (from the
 * process start, module loading included), CPU ms, peak RSS, and the sizes of items.jsonl and items.parquet.
 * Usage: node dist/bench/parquet-child.js <dataset-dir> <to>
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { exportDataset } from '../src/index.js';
import { peakRssMB } from './peak-rss.js';

const [dataset, to] = process.argv.slice(2);
await exportDataset(dataset!, { to: to!, formats: ['parquet'] });
const ms = performance.now();
const used = process.cpuUsage();
const jsonlBytes = statSync(join(dataset!, 'items.jsonl')).size;
const parquetBytes = statSync(join(to!, 'items.parquet')).size;
process.stdout.write(JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, maxRssMB: peakRssMB(), jsonlBytes, parquetBytes }) + '\n');
