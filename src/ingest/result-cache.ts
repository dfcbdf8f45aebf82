/**
 * `--cache <dir>`: a file's prepared (serialized) result stored under a key of (pipeline version, options, path, sha256 of the bytes). An
 * unchanged file at the same path is not parsed again; any change to its bytes, the parsers or the options misses.
 * The path is part of the key because it appears in the result (diagnostics, source.file); item ids depend only on
 * bytes and place, so a cached result is exactly what parsing would give. Entries are written atomically; an
 * unreadable or corrupt entry is a miss.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../emit/atomic-write.js';
import type { PreparedFile } from './prepared-file.js';

export class ResultCache {
  private readonly made = new Set<string>();

  /** `salt`: everything besides path and bytes that changes a result (pipeline version, limits). */
  constructor(
    private readonly dir: string,
    private readonly salt: string,
  ) {}

  async get(path: string, sha256: string): Promise<PreparedFile | undefined> {
    try {
      const entry = JSON.parse(await readFile(this.location(path, sha256), 'utf8')) as PreparedFile;
      return entry.path === path && entry.sha256 === sha256 && entry.outputs ? entry : undefined;
    } catch {
      return undefined;
    }
  }

  async put(result: PreparedFile): Promise<void> {
    const file = this.location(result.path, result.sha256);
    const folder = join(file, '..');
    if (!this.made.has(folder)) {
      await mkdir(folder, { recursive: true });
      this.made.add(folder);
    }
    await writeFileAtomic(file, JSON.stringify(result));
  }

  private location(path: string, sha256: string): string {
    const key = createHash('sha256').update(`${this.salt}\0${path}\0${sha256}`).digest('hex');
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}
