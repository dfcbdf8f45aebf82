/**
 * Outputs are written to a temporary file in the destination folder and renamed into place, so a killed run
 * leaves either the previous file or the new one, never half of one.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const tempName = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = tempName(path);
  await writeFile(temp, data);
  await rename(temp, path);
}

/** A stream to a temporary file; `commit()` renames it into place, `abort()` removes it. */
export interface AtomicStream {
  write(chunk: string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export function openAtomic(path: string): AtomicStream {
  const temp = tempName(path);
  const stream: WriteStream = createWriteStream(temp);
  const closed = () => new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return {
    write: (chunk) =>
      new Promise((resolve, reject) => {
        // Respect back-pressure so that a large corpus does not pile up in memory.
        if (stream.write(chunk)) resolve();
        else stream.once('drain', resolve).once('error', reject);
      }),
    commit: async () => {
      await closed();
      await rename(temp, path);
    },
    abort: async () => {
      stream.destroy();
      await rm(temp, { force: true });
    },
  };
}
