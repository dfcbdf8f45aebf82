/**
 * Inputs that may take hundreds of megabytes to read, and so run with no other file beside them (see pool.ts): a
 * file larger than ALONE_BYTES (a text or page is held a few times over while it is cleaned), or a zip container
 * whose parts say they inflate past ALONE_UNZIPPED (a workbook's cells are built from them). Two such files read side
 * by side took a batch past a gigabyte; one at a time, with the other worker idle, they stay well under.
 *
 * What the zip directory claims may be false: a part that inflates past its claim is still held to the sheet's
 * bounds and to the unzipped limit while it is read.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { isZip } from '../../parsers/xlsx/zip-magic.js';
import { declaredSize } from '../../parsers/xlsx/unzip.js';

export const ALONE_BYTES = 16 * 1024 * 1024;
export const ALONE_UNZIPPED = 64 * 1024 * 1024;
/** Deflate inflates at most 1032 bytes per byte: a zip smaller than this cannot reach ALONE_UNZIPPED, so it is not read. */
const SMALLEST_HEAVY_ZIP = Math.floor(ALONE_UNZIPPED / 1032);

/** Never throws: a file that cannot be looked at here is reported by the worker that reads it. */
export function runsAlone(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    if (size > ALONE_BYTES) return true;
    if (size < SMALLEST_HEAVY_ZIP) return false;
    const magic = Buffer.alloc(4);
    if (readSync(fd, magic, 0, 4, 0) < 4 || !isZip(magic)) return false;
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return (declaredSize(bytes.subarray(0, read)) ?? 0) > ALONE_UNZIPPED;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
