/**
 * The item files of a dataset are staged before they are final, because what the whole batch learns (which notice
 * attached which file: src/link/) reaches items written long before. A run writes each file's items.jsonl lines and
 * items.csv rows to hidden stage files in its generation, remembering each file's share of them (a path and two byte
 * counts per input: memory grows with the number of inputs, never with their items). At the end:
 *
 * - nothing to add and no Parquet wanted: the stage files are renamed to their names (no copy);
 * - otherwise one streaming pass copies the stage to the final files, unchanged inputs as bytes, and re-serializes
 *   the items of the inputs that got a context (one input's items in memory at a time). items.parquet is always
 *   written in this pass, from the final JSONL lines, one row group at a time.
 *
 * The JSONL stage is written even when only CSV or Parquet is asked for: it is what the pass reads.
 *
 * Why a pass at the end rather than linking as items are written: items go out in path order, and an attachment
 * often sorts before its notice (`P0201.xlsx` < `notice.html`), so its items are written before anything is known
 * about the notice. Holding results back until the notices are known would hold the corpus in memory, and reading
 * every file's notices in a first pass would parse every file twice. Rewriting the few linked inputs' bytes costs one
 * rename when nothing links, and one sequential copy when something does.
 */
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import type { CatalogItem, NoticeContext } from '../../schemas/catalog-item.js';
import { withNoticeContext } from '../link/item-context.js';
import { openAtomic, type AtomicStream } from './atomic-write.js';
import { itemCsvRow } from './csv.js';
import { openParquetItemsWriter } from './parquet-writer.js';

const CHUNK = 1024 * 1024;

const size = (chunk: Uint8Array | string) => (typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length);

interface Segment {
  /** The input path; undefined for items written without one (merge), which are never re-serialized. */
  path?: string;
  jsonl: number;
  csv: number;
}

export interface ItemTargets {
  /** Final paths of the item files asked for. */
  jsonl?: string;
  csv?: string;
  parquet?: string;
}

export class ItemStage {
  private readonly segments: Segment[] = [];
  private readonly jsonl: AtomicStream;
  private readonly csv?: AtomicStream;

  constructor(
    private readonly paths: { jsonl: string; csv: string },
    private readonly targets: ItemTargets,
  ) {
    this.jsonl = openAtomic(paths.jsonl);
    if (targets.csv) this.csv = openAtomic(paths.csv);
  }

  /** The CSV header or anything else before the first input's rows. */
  async csvPrefix(text: string): Promise<void> {
    await this.csv?.write(text);
    this.segments.push({ jsonl: 0, csv: this.csv ? Buffer.byteLength(text) : 0 });
  }

  /** One input's items.jsonl lines and items.csv rows (chunks that end between lines), or a run of items without one. */
  async write(jsonl: ReadonlyArray<Uint8Array | string>, csv: ReadonlyArray<Uint8Array | string>, path?: string): Promise<void> {
    let jsonlBytes = 0;
    let csvBytes = 0;
    for (const chunk of jsonl) {
      await this.jsonl.write(chunk);
      jsonlBytes += size(chunk);
    }
    if (this.csv) {
      for (const chunk of csv) {
        await this.csv.write(chunk);
        csvBytes += size(chunk);
      }
    }
    const last = this.segments.at(-1);
    // Consecutive writes without a path (merge writes item by item) share one segment.
    if (path === undefined && last && last.path === undefined) {
      last.jsonl += jsonlBytes;
      last.csv += csvBytes;
    } else this.segments.push({ path, jsonl: jsonlBytes, csv: csvBytes });
  }

  /** Writes the final item files: `contexts` (input path → notice) go to those inputs' items. */
  async finish(contexts: ReadonlyMap<string, NoticeContext>): Promise<void> {
    await this.jsonl.commit();
    await this.csv?.commit();
    const relink = this.segments.some((s) => s.path !== undefined && contexts.has(s.path));
    if (!relink && !this.targets.parquet) {
      await this.place(this.paths.jsonl, this.targets.jsonl);
      await this.place(this.paths.csv, this.targets.csv);
      return;
    }
    const jsonlOut = this.targets.jsonl ? openAtomic(this.targets.jsonl) : undefined;
    const csvOut = this.targets.csv ? openAtomic(this.targets.csv) : undefined;
    const parquetOut = this.targets.parquet ? openAtomic(this.targets.parquet) : undefined;
    const parquet = parquetOut && openParquetItemsWriter(parquetOut);
    const outs = [jsonlOut, csvOut, parquetOut].filter((s): s is AtomicStream => s !== undefined);
    const jsonlIn = await open(this.paths.jsonl, 'r');
    const csvIn = this.targets.csv ? await open(this.paths.csv, 'r') : undefined;
    try {
      const lines = new LineSplitter();
      let jsonlAt = 0;
      let csvAt = 0;
      for (const segment of this.segments) {
        const context = segment.path === undefined ? undefined : contexts.get(segment.path);
        if (context) {
          const bytes = await readRange(jsonlIn, jsonlAt, segment.jsonl);
          for (const line of bytes.toString('utf8').split('\n')) {
            if (!line) continue;
            const item = withNoticeContext(JSON.parse(line) as CatalogItem, context);
            const text = JSON.stringify(item);
            await jsonlOut?.write(text + '\n');
            await csvOut?.write(itemCsvRow(item));
            await parquet?.add(item, text.length);
          }
        } else {
          for await (const chunk of chunks(jsonlIn, jsonlAt, segment.jsonl)) {
            await jsonlOut?.write(chunk);
            if (parquet) for (const line of lines.push(chunk)) await parquet.add(JSON.parse(line) as CatalogItem, line.length);
          }
          if (csvIn && csvOut) for await (const chunk of chunks(csvIn, csvAt, segment.csv)) await csvOut.write(chunk);
        }
        jsonlAt += segment.jsonl;
        csvAt += segment.csv;
      }
      await parquet?.finish();
      for (const out of outs) await out.commit();
    } catch (error) {
      for (const out of outs) await out.abort();
      throw error;
    } finally {
      await jsonlIn.close();
      await csvIn?.close();
    }
    await rm(this.paths.jsonl, { force: true });
    await rm(this.paths.csv, { force: true });
  }

  async abort(): Promise<void> {
    await this.jsonl.abort();
    await this.csv?.abort();
    await rm(this.paths.jsonl, { force: true });
    await rm(this.paths.csv, { force: true });
  }

  private async place(stage: string, target: string | undefined): Promise<void> {
    if (target) await rename(stage, target);
    else await rm(stage, { force: true });
  }
}

async function readRange(file: FileHandle, at: number, length: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await file.read(buffer, done, length - done, at + done);
    if (bytesRead === 0) throw new Error(`item stage ended at byte ${at + done}, ${length - done} bytes short`);
    done += bytesRead;
  }
  return buffer;
}

async function* chunks(file: FileHandle, at: number, length: number): AsyncGenerator<Buffer> {
  for (let done = 0; done < length; done += CHUNK) yield readRange(file, at + done, Math.min(CHUNK, length - done));
}

/** JSONL lines out of byte chunks that may cut a line (lines are split at the byte 0x0A, so UTF-8 stays whole). */
class LineSplitter {
  private carry: Buffer = Buffer.alloc(0);

  *push(chunk: Buffer): Generator<string> {
    let data = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    for (let end = data.indexOf(0x0a); end >= 0; end = data.indexOf(0x0a)) {
      if (end > 0) yield data.subarray(0, end).toString('utf8');
      data = data.subarray(end + 1);
    }
    this.carry = Buffer.from(data);
  }
}
