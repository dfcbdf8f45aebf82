/**
 * `--cache <dir>`: a file's prepared (serialized) result stored under a key of (pipeline version, options, path, sha256 of the bytes). An
 * unchanged file at the same path is not parsed again; any change to its bytes, the parsers or the options misses.
 * The path is part of the key because it appears in the result (diagnostics, source.file); item ids depend only on
 * bytes and place, so a cached result is exactly what parsing would give. Entries are written atomically.
 *
 * An entry is trusted only when it is whole and of the right shape: its first line is the sha256 of the rest, which
 * must match the PreparedFile schema and name the same path and bytes. Anything else — a torn or edited entry, a
 * valid JSON of another shape — is a miss: the file is parsed again, the entry rewritten, and the caller is told why.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { Diagnostic } from '../../schemas/diagnostic.js';
import { writeFileAtomic } from '../emit/atomic-write.js';
import type { PreparedFile } from './prepared-file.js';

const count = z.number().int().nonnegative();
const CachedFile = z.object({
  path: z.string(),
  sha256: z.string(),
  items: count,
  documents: count,
  diagnostics: z.array(Diagnostic),
  outputs: z.object({ items: z.array(z.string()), csv: z.array(z.string()), record: z.string() }),
});

/** A cache answer: the entry, nothing (no entry), or why an entry that exists was not used. */
export type CacheLookup = { hit: PreparedFile } | { miss: true } | { invalid: string };

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

export class ResultCache {
  private readonly made = new Set<string>();

  /** `salt`: everything besides path and bytes that changes a result (pipeline version, limits). */
  constructor(
    private readonly dir: string,
    private readonly salt: string,
  ) {}

  async get(path: string, sha256: string): Promise<CacheLookup> {
    const file = this.location(path, sha256);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return { miss: true };
    }
    const newline = text.indexOf('\n');
    const body = text.slice(newline + 1);
    if (newline !== 64 || digest(body) !== text.slice(0, 64)) return { invalid: `cache entry ${file} is damaged or was edited (its digest does not match)` };
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (error) {
      return { invalid: `cache entry ${file} is not JSON (${(error as Error).message})` };
    }
    // Checked, not replaced by the parsed copy: that would reorder the diagnostics' keys, and the output's bytes.
    const checked = CachedFile.safeParse(value);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return { invalid: `cache entry ${file} is not a cached result (${issue ? `${issue.path.join('.') || 'entry'}: ${issue.message}` : 'wrong shape'})` };
    }
    if (checked.data.path !== path || checked.data.sha256 !== sha256) return { invalid: `cache entry ${file} belongs to another file` };
    return { hit: value as PreparedFile };
  }

  async put(result: PreparedFile): Promise<void> {
    const file = this.location(result.path, result.sha256);
    const folder = join(file, '..');
    if (!this.made.has(folder)) {
      await mkdir(folder, { recursive: true });
      this.made.add(folder);
    }
    const body = JSON.stringify(result);
    await writeFileAtomic(file, `${digest(body)}\n${body}`);
  }

  private location(path: string, sha256: string): string {
    const key = createHash('sha256').update(`${this.salt}\0${path}\0${sha256}`).digest('hex');
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}
