/**
 * Outputs are written to a temporary file in the destination folder and renamed into place, so a killed run
 * leaves either the previous file or the new one, never half of one. (A rename within one folder is atomic;
 * across file systems it would not be, hence the same folder.)
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Hidden and unique, so two writers of the same target never share a temporary file. */
const tempName = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = tempName(path);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** A stream to a temporary file; `commit()` renames it into place, `abort()` removes it. */
export interface AtomicStream {
  write(chunk: string | Uint8Array): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * Chunks are gathered up to this many bytes per write: one write per small chunk cost the batch its speed. They wait
 * corked in the stream and go out as one writev, not copied into a batch buffer (a copy of every output byte).
 */
const BATCH = 64 * 1024;

export function openAtomic(path: string): AtomicStream {
  const temp = tempName(path);
  const stream: WriteStream = createWriteStream(temp);
  const closed = () => new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  let size = 0;
  let corked = false;
  const flush = () =>
    new Promise<void>((resolve, reject) => {
      size = 0;
      corked = false;
      stream.uncork();
      // Respect back-pressure so that a large corpus does not pile up in memory.
      if (!stream.writableNeedDrain) return resolve();
      // Listeners are removed once settled: thousands of waits must not pile up on the stream.
      const drained = () => {
        stream.off('error', failed);
        resolve();
      };
      const failed = (error: Error) => {
        stream.off('drain', drained);
        reject(error);
      };
      stream.once('drain', drained).once('error', failed);
    });
  return {
    write: async (chunk) => {
      if (!corked) stream.cork();
      corked = true;
      stream.write(chunk);
      size += chunk.length;
      if (size >= BATCH) await flush();
    },
    commit: async () => {
      if (corked) await flush();
      await closed();
      await rename(temp, path);
    },
    abort: async () => {
      stream.destroy();
      await rm(temp, { force: true });
    },
  };
}

/** Runs `produce` against an atomic stream: committed when it resolves, aborted (old file kept) when it throws. */
export async function writeStreamAtomic(path: string, produce: (write: AtomicStream['write']) => Promise<void>): Promise<void> {
  const out = openAtomic(path);
  try {
    await produce(out.write);
  } catch (error) {
    await out.abort();
    throw error;
  }
  await out.commit();
}
