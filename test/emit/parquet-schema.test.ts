import { describe, expect, it } from 'vitest';
import { ITEM_PARQUET_FIELDS, parquetFields, parquetSchema } from '../../src/emit/parquet-schema.js';

describe('parquetFields (JSON Schema → Parquet shapes)', () => {
  it('maps each JSON Schema shape to its Parquet shape', () => {
    const fields = parquetFields({
      type: 'object',
      properties: {
        id: { type: 'string' },
        day: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        score: { type: 'number' },
        count: { type: 'integer' },
        ok: { type: 'boolean' },
        tags: { type: 'array', items: { type: 'string' } },
        where: { type: 'object', properties: { file: { type: 'string' } }, required: ['file'] },
        labels: { type: 'object', additionalProperties: { type: 'string' } },
        facts: { type: 'object', additionalProperties: {} },
      },
      required: ['id', 'tags'],
    });
    expect(fields).toEqual([
      { name: 'id', required: true, shape: { kind: 'string' } },
      { name: 'day', required: false, shape: { kind: 'date' } },
      { name: 'score', required: false, shape: { kind: 'double' } },
      { name: 'count', required: false, shape: { kind: 'int64' } },
      { name: 'ok', required: false, shape: { kind: 'boolean' } },
      { name: 'tags', required: true, shape: { kind: 'list', element: { kind: 'string' } } },
      { name: 'where', required: false, shape: { kind: 'struct', fields: [{ name: 'file', required: true, shape: { kind: 'string' } }] } },
      { name: 'labels', required: false, shape: { kind: 'map' } },
      { name: 'facts', required: false, shape: { kind: 'json' } },
    ]);
  });

  it('turns an array of a recursive object into a tree (pre-order list without the children field)', () => {
    const fields = parquetFields({
      type: 'object',
      properties: { parts: { type: 'array', items: { $ref: '#/$defs/part' } } },
      $defs: {
        part: {
          type: 'object',
          properties: { title: { type: 'string' }, parts: { type: 'array', items: { $ref: '#/$defs/part' } }, note: { type: 'string' } },
          required: ['title', 'parts'],
        },
      },
    });
    expect(fields).toEqual([
      {
        name: 'parts',
        required: false,
        shape: {
          kind: 'tree',
          children: 'parts',
          keys: ['title', 'parts', 'note'],
          fields: [
            { name: 'title', required: true, shape: { kind: 'string' } },
            { name: 'note', required: false, shape: { kind: 'string' } },
          ],
        },
      },
    ]);
  });
});

describe('parquetSchema', () => {
  it('writes lists in the 3-level form, maps as key_value, trees with a depth column', () => {
    const fields = parquetFields({
      type: 'object',
      properties: {
        tags: { type: 'array', items: { type: 'string' } },
        labels: { type: 'object', additionalProperties: { type: 'string' } },
        parts: { type: 'array', items: { $ref: '#/$defs/part' } },
      },
      required: ['tags'],
      $defs: { part: { type: 'object', properties: { title: { type: 'string' }, parts: { type: 'array', items: { $ref: '#/$defs/part' } } }, required: ['title', 'parts'] } },
    });
    expect(parquetSchema(fields)).toEqual([
      { name: 'root', num_children: 3 },
      { name: 'tags', repetition_type: 'REQUIRED', converted_type: 'LIST', num_children: 1 },
      { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
      { name: 'element', repetition_type: 'REQUIRED', type: 'BYTE_ARRAY', converted_type: 'UTF8' },
      { name: 'labels', repetition_type: 'OPTIONAL', converted_type: 'MAP', num_children: 1 },
      { name: 'key_value', repetition_type: 'REPEATED', num_children: 2 },
      { name: 'key', repetition_type: 'REQUIRED', type: 'BYTE_ARRAY', converted_type: 'UTF8' },
      { name: 'value', repetition_type: 'REQUIRED', type: 'BYTE_ARRAY', converted_type: 'UTF8' },
      { name: 'parts', repetition_type: 'OPTIONAL', converted_type: 'LIST', num_children: 1 },
      { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
      { name: 'element', repetition_type: 'REQUIRED', num_children: 2 },
      { name: 'depth', repetition_type: 'REQUIRED', type: 'INT32' },
      { name: 'title', repetition_type: 'REQUIRED', type: 'BYTE_ARRAY', converted_type: 'UTF8' },
    ]);
  });

  it('gives CatalogItem typed columns: source and timeLimit as structs, publishedAt as a date, stats as JSON', () => {
    const kinds = Object.fromEntries(ITEM_PARQUET_FIELDS.map((f) => [f.name, f.shape.kind]));
    expect(kinds).toMatchObject({
      id: 'string', category: 'list', basis: 'list', timeLimit: 'struct', source: 'struct', publishedAt: 'date',
      sections: 'tree', extra: 'map', stats: 'json', flags: 'list',
    });
    expect(ITEM_PARQUET_FIELDS.find((f) => f.name === 'id')!.required).toBe(true);
    expect(ITEM_PARQUET_FIELDS.find((f) => f.name === 'publisher')!.required).toBe(false);
  });
});
