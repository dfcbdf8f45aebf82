import { describe, expect, it } from 'vitest';
import { encodeFile, serializeFile } from '../../src/emit/dataset-sink.js';
import { itemCsvRow } from '../../src/emit/csv.js';
import type { FileRecord } from '../../src/ingest/ingest-file.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { baseItem } from '../helpers/items.js';

const record = { path: 'a/页.html', cleanedText: '第一行\n第二行' } as FileRecord;
const diagnostic = (message: string): Diagnostic => ({ file: 'a/页.html', source: 'clean', ruleId: 'clean/x', severity: 'info', message });
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('encodeFile', () => {
  it('writes each output as the lines serialized once, with their line ends, in UTF-8', () => {
    const items = [baseItem({ name: '政府信息公开' }), baseItem({ name: '=SUM(A1)' })];
    const encoded = encodeFile(serializeFile(items, record), [diagnostic('一'), diagnostic('二')]);
    expect(text(encoded.items)).toBe(items.map((i) => JSON.stringify(i) + '\n').join(''));
    expect(text(encoded.csv)).toBe(items.map(itemCsvRow).join(''));
    expect(text(encoded.record)).toBe(JSON.stringify(record) + '\n');
    expect(text(encoded.diagnostics)).toBe(`${JSON.stringify(diagnostic('一'))},\n${JSON.stringify(diagnostic('二'))}`);
    expect(encoded.diagnosticCount).toBe(2);
  });

  it('writes nothing for a file without items or diagnostics, and owns each buffer (transferable)', () => {
    const encoded = encodeFile(serializeFile([], record), []);
    expect([encoded.items.length, encoded.csv.length, encoded.diagnostics.length]).toEqual([0, 0, 0]);
    const one = encodeFile(serializeFile([baseItem()], record), []);
    for (const bytes of [one.items, one.csv, one.record]) expect(bytes.byteLength).toBe(bytes.buffer.byteLength);
  });

  it('keeps each buffer when the next file is encoded, large outputs included', () => {
    const first = encodeFile(serializeFile([baseItem({ name: '第一' })], record), []);
    const large = { ...record, cleanedText: '政务公开𠀀'.repeat(100_000) };
    const second = encodeFile(serializeFile([baseItem({ name: '第二' })], large), []);
    expect(text(first.items)).toContain('"name":"第一"');
    expect(text(first.record)).toBe(JSON.stringify(record) + '\n');
    expect(text(second.record)).toBe(JSON.stringify(large) + '\n');
  });
});
