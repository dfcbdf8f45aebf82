import { describe, expect, it } from 'vitest';
import { encodeFile, encodeOutputs } from '../../src/emit/encoded-file.js';
import { Utf8Lines } from '../../src/emit/utf8-lines.js';
import { itemCsvRow } from '../../src/emit/csv.js';
import type { FileRecord } from '../../src/ingest/ingest-file.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { baseItem } from '../helpers/items.js';

const record = { path: 'a/页.html', cleanedText: '第一行\n第二行' } as FileRecord;
const diagnostic = (message: string): Diagnostic => ({ file: 'a/页.html', source: 'clean', ruleId: 'clean/x', severity: 'info', message });
const text = (chunks: readonly Uint8Array[]) => Buffer.concat(chunks).toString('utf8');

describe('encodeFile', () => {
  it('writes each output as the lines serialized once, with their line ends, in UTF-8', () => {
    const items = [baseItem({ name: '政府信息公开' }), baseItem({ name: '=SUM(A1)' })];
    const encoded = encodeFile(encodeOutputs(items, record), [diagnostic('一'), diagnostic('二')]);
    expect(text(encoded.items)).toBe(items.map((i) => JSON.stringify(i) + '\n').join(''));
    expect(text(encoded.csv)).toBe(items.map(itemCsvRow).join(''));
    expect(text(encoded.record)).toBe(JSON.stringify(record) + '\n');
    expect(text(encoded.diagnostics)).toBe(`${JSON.stringify(diagnostic('一'))},\n${JSON.stringify(diagnostic('二'))}`);
    expect(encoded.diagnosticCount).toBe(2);
  });

  it('writes nothing for a file without items or diagnostics, and owns each buffer (transferable)', () => {
    const encoded = encodeFile(encodeOutputs([], record), []);
    expect([encoded.items.length, encoded.csv.length, encoded.diagnostics.length]).toEqual([0, 0, 0]);
    const one = encodeFile(encodeOutputs([baseItem()], record), [diagnostic('一')]);
    for (const chunk of [...one.items, ...one.csv, ...one.record, ...one.diagnostics]) expect(chunk.byteLength).toBe(chunk.buffer.byteLength);
  });

  it('keeps each buffer when the next file is encoded, large outputs included', () => {
    const first = encodeFile(encodeOutputs([baseItem({ name: '第一' })], record), []);
    const large = { ...record, cleanedText: '政务公开𠀀'.repeat(100_000) };
    const second = encodeFile(encodeOutputs([baseItem({ name: '第二' })], large), []);
    expect(text(first.items)).toContain('"name":"第一"');
    expect(text(first.record)).toBe(JSON.stringify(record) + '\n');
    expect(text(second.record)).toBe(JSON.stringify(large) + '\n');
  });
});

describe('Utf8Lines', () => {
  it('cuts its output into chunks of at most a MiB between lines, and gives a longer line a chunk of its own', () => {
    const lines = new Utf8Lines('\r\n');
    const row = '政务公开,事项'.repeat(100); // 700 UTF-16 units, 1,900 UTF-8 bytes
    const long = '长'.repeat(400_000);
    for (let i = 0; i < 2000; i++) lines.add(row);
    lines.add(long);
    lines.add('尾');
    expect(lines.bytes).toBe(2000 * 1902 + 1_200_002 + 5);
    const chunks = lines.finish();
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) {
      expect(Buffer.from(chunk).toString('utf8').endsWith('\r\n')).toBe(true);
      expect(chunk.byteLength).toBe(chunk.buffer.byteLength);
    }
    expect(chunks.filter((c) => c.length > 1024 * 1024).map((c) => c.length)).toEqual([1_200_002]);
    expect(text(chunks)).toBe(`${row}\r\n`.repeat(2000) + `${long}\r\n尾\r\n`);
    expect(lines.finish()).toEqual([]);
    expect(lines.bytes).toBe(0);
  });
});
