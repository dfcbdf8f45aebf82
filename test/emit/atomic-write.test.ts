import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeStreamAtomic } from '../../src/emit/atomic-write.js';
import { tempDir } from '../helpers/items.js';

describe('atomic writes', () => {
  it('replaces the file and leaves no temporary file', async () => {
    const dir = tempDir();
    const path = join(dir, 'items.csv');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, 'new');
    await writeStreamAtomic(join(dir, 'b.txt'), async (write) => {
      await write('a');
      await write(new Uint8Array([0x62]));
    });
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('ab');
    expect(readdirSync(dir).sort()).toEqual(['b.txt', 'items.csv']);
  });

  it('a run that fails half-way keeps the old file whole and cleans up', async () => {
    const dir = tempDir();
    const path = join(dir, 'items.jsonl');
    writeFileSync(path, 'old complete file\n');
    await expect(
      writeStreamAtomic(path, async (write) => {
        await write('half of the new ');
        throw new Error('killed');
      }),
    ).rejects.toThrow('killed');
    expect(readFileSync(path, 'utf8')).toBe('old complete file\n');
    expect(readdirSync(dir)).toEqual(['items.jsonl']);
  });
});
