/** Which inputs the worker pool runs alone: large files, and zips whose parts say they inflate to a lot. */
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALONE_BYTES, ALONE_UNZIPPED, runsAlone } from '../src/ingest/heavy-input.js';
import { zip } from './hostile/zip.js';

const dir = mkdtempSync(join(tmpdir(), 'catalog-heavy-'));
const file = (name: string, bytes: Buffer | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe('runsAlone', () => {
  it('takes a file larger than ALONE_BYTES, whatever it holds', () => {
    const path = file('big.txt', '');
    truncateSync(path, ALONE_BYTES + 1);
    expect(runsAlone(path)).toBe(true);
    expect(runsAlone(file('page.html', '<p>目录</p>'))).toBe(false);
  });

  it('takes a small zip whose parts inflate past ALONE_UNZIPPED, not one whose parts are small', () => {
    expect(runsAlone(file('bomb.xlsx', zip([['xl/worksheets/sheet1.xml', Buffer.alloc(ALONE_UNZIPPED + 1, 0x41)]])))).toBe(true);
    expect(runsAlone(file('small.xlsx', zip([['xl/worksheets/sheet1.xml', Buffer.alloc(1000, 0x41)]])))).toBe(false);
  });

  it('leaves what it cannot look at to the worker that reads it (missing, a folder, a damaged zip)', () => {
    expect(runsAlone(join(dir, 'missing.txt'))).toBe(false);
    expect(runsAlone(dir)).toBe(false);
    expect(runsAlone(file('cut.xlsx', zip([['a.xml', Buffer.alloc(10)]]).subarray(0, 20)))).toBe(false);
  });
});
