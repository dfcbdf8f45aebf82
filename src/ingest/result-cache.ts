/**
 * `--cache <dir>`: a file's prepared result stored under a key of (entry format, pipeline version, options, path,
 * sha256 of the bytes). An unchanged file at the same path is not parsed again; any change to its bytes, the parsers
 * or the options misses. The path is part of the key because it appears in the result (diagnostics, source.file);
 * item ids depend only on bytes and place, so a cached result is exactly what parsing would give. Entries are written
 * atomically.
 *
 * An entry is a digest line, a JSON head line (the counts, the diagnostics and the byte length of each output), then
 * the outputs' bytes as they are written to the dataset: a hit is copied out, never parsed nor serialized again (a
 * 125,000-row table's entry as JSON strings was its outputs escaped once more and held as one string).
 *
 * An entry is trusted only when it is whole and of the right shape: its first line is the sha256 of the rest, whose
 * head must match the CachedHead schema, name the same path and bytes and add up to the entry's length. Anything else
 * — a torn or edited entry, a valid JSON of another shape — is a miss: the file is parsed again, the entry rewritten,
 * and the caller is told why.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { Diagnostic } from '../../schemas/diagnostic.js';
import { writeStreamAtomic } from '../emit/atomic-write.js';
import { byteLength } from '../emit/encoded-file.js';
import type { PreparedFile } from './prepared-file.js';

/** Part of every key: entries of another layout are not found, rather than found damaged. */
const ENTRY_FORMAT = 'head+bytes';

const count = z.number().int().nonnegative();
const CachedHead = z.object({
  path: z.string(),
  sha256: z.string(),
  items: count,
  documents: count,
  diagnostics: z.array(Diagnostic),
  bytes: z.object({ items: count, csv: count, record: count }),
});

/** A cache answer: the entry, nothing (no entry), or why an entry that exists was not used. */
export type CacheLookup = { hit: PreparedFile } | { miss: true } | { invalid: string };

const NEWLINE = 0x0a;

export class ResultCache {
  private readonly made = new Set<string>();

  /** `salt`: everything besides path and bytes that changes a result (pipeline version, limits). */
  constructor(
    private readonly dir: string,
    private readonly salt: string,
  ) {}

  async get(path: string, sha256: string): Promise<CacheLookup> {
    const file = this.location(path, sha256);
    let entry: Buffer;
    try {
      entry = await readFile(file);
    } catch {
      return { miss: true };
    }
    const body = entry.subarray(65);
    if (entry.indexOf(NEWLINE) !== 64 || createHash('sha256').update(body).digest('hex') !== entry.toString('latin1', 0, 64)) {
      return { invalid: `cache entry ${file} is damaged or was edited (its digest does not match)` };
    }
    const headEnd = body.indexOf(NEWLINE);
    let value: unknown;
    try {
      value = JSON.parse(body.toString('utf8', 0, headEnd < 0 ? body.length : headEnd));
    } catch (error) {
      return { invalid: `cache entry ${file} is not JSON (${(error as Error).message})` };
    }
    // Checked, not replaced by the parsed copy: that would reorder the diagnostics' keys, and the output's bytes.
    const checked = CachedHead.safeParse(value);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return { invalid: `cache entry ${file} is not a cached result (${issue ? `${issue.path.join('.') || 'entry'}: ${issue.message}` : 'wrong shape'})` };
    }
    const head = checked.data;
    if (head.path !== path || head.sha256 !== sha256) return { invalid: `cache entry ${file} belongs to another file` };
    const { bytes } = head;
    if (headEnd < 0 || body.length - headEnd - 1 !== bytes.items + bytes.csv + bytes.record) return { invalid: `cache entry ${file} is not a cached result (its outputs are not the length its head says)` };
    // The outputs are views of one buffer of their own (a worker transfers it once; a small read may share a pool).
    const own = entry.byteOffset === 0 && entry.buffer.byteLength === entry.length ? entry : new Uint8Array(entry);
    const at = entry.length - (bytes.items + bytes.csv + bytes.record);
    const part = (from: number, length: number) => (length === 0 ? [] : [own.subarray(from, from + length)]);
    const { diagnostics } = value as { diagnostics: Diagnostic[] };
    return {
      hit: {
        path, sha256, items: head.items, documents: head.documents, diagnostics,
        outputs: { items: part(at, bytes.items), csv: part(at + bytes.items, bytes.csv), record: part(at + bytes.items + bytes.csv, bytes.record) },
      },
    };
  }

  async put(result: PreparedFile): Promise<void> {
    const file = this.location(result.path, result.sha256);
    const folder = join(file, '..');
    if (!this.made.has(folder)) {
      await mkdir(folder, { recursive: true });
      this.made.add(folder);
    }
    const { outputs } = result;
    const bytes = { items: byteLength(outputs.items), csv: byteLength(outputs.csv), record: byteLength(outputs.record) };
    const head = JSON.stringify({ path: result.path, sha256: result.sha256, items: result.items, documents: result.documents, diagnostics: result.diagnostics, bytes }) + '\n';
    const parts = [head, ...outputs.items, ...outputs.csv, ...outputs.record];
    const digest = createHash('sha256');
    for (const part of parts) digest.update(part);
    await writeStreamAtomic(file, async (write) => {
      await write(`${digest.digest('hex')}\n`);
      for (const part of parts) await write(part);
    });
  }

  private location(path: string, sha256: string): string {
    const key = createHash('sha256').update(`${ENTRY_FORMAT}\0${this.salt}\0${path}\0${sha256}`).digest('hex');
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}
