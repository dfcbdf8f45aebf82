/**
 * The parse-only floor (cheerio load + text) over a share of the pages, in a worker thread: run in one thread and
 * in two at once, it shows how far this machine lets two threads of DOM parsing scale, the ceiling for `--jobs 2`.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import * as cheerio from 'cheerio';

const { files } = workerData as { files: Array<[path: string, encoding: string]> };
let chars = 0;
for (const [path, encoding] of files) chars += cheerio.load(new TextDecoder(encoding).decode(readFileSync(path)))('body').text().length;
parentPort!.postMessage(chars);
