/**
 * Atomic file output: write a temporary file in the target's folder, then rename it over the target.
 * A rename within one folder is atomic, so a killed run leaves the old file or the new one, never half of one.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';

/** Hidden, unique, same folder (a rename across file systems would not be atomic). */
function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(path);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Streams chunks into a temporary file and renames it into place once `produce` has finished. */
export async function writeStreamAtomic(
  path: string,
  produce: (write: (chunk: string | Uint8Array) => Promise<void>) => Promise<void>,
): Promise<void> {
  const temp = tempPathFor(path);
  const out = createWriteStream(temp);
  const write = (chunk: string | Uint8Array): Promise<void> =>
    new Promise((resolve, reject) => {
      // Respect back-pressure so a large dataset is not buffered in memory.
      if (out.write(chunk)) resolve();
      else out.once('drain', resolve).once('error', reject);
    });
  try {
    await produce(write);
    out.end();
    await finished(out);
    await rename(temp, path);
  } catch (error) {
    out.destroy();
    await rm(temp, { force: true });
    throw error;
  }
}
