/** Header cells named like Object.prototype members: no pollution, and every value still lands in `extra`. */
import { expect, it } from 'vitest';
import { CatalogItem, ingestFile } from '../../src/index.js';
import { CASES } from './cases.js';

it('keeps __proto__/constructor/prototype columns as plain extra labels', async () => {
  const proto = CASES.find((c) => c.file === 'proto-header.txt')!;
  const { items } = await ingestFile(proto.file, proto.build());
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf(items[0]!.extra)).toBe(Object.prototype);
  // The schema's record type drops a `__proto__` key, so that label is kept as `[__proto__]`.
  expect(items.map((i) => i.extra)).toEqual([
    { '[__proto__]': '{"polluted":1}', constructor: '构造', prototype: '原型' },
    { '[__proto__]': 'polluted', constructor: 'c2', prototype: 'p2' },
  ]);
  for (const item of items) expect(CatalogItem.parse(JSON.parse(JSON.stringify(item))).extra).toEqual(item.extra);
});
