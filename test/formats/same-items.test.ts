/**
 * The same catalogue in every format gives the same items: each `make-<format>.ts` here writes the reference catalogue
 * as one format, and its items must be the reference rows (names, categories, flags, time limits), whatever the format.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/ingest-file.js';
import type { CatalogItem } from '../../schemas/catalog-item.js';
import { PUBLISHER, ROWS, type FormatMaker } from './reference-catalogue.js';

const makers = readdirSync(import.meta.dirname).filter((f) => /^make-[\w-]+\.ts$/.test(f)).sort();

/** What a reader of the catalogue looks at in an item: everything but where it came from. */
function reading(item: CatalogItem) {
  return {
    name: item.name, category: item.category, content: item.content, basis: item.basisText,
    timeLimit: item.timeLimit.text, responsible: item.responsible, mode: item.mode ?? [], publisher: item.publisher,
  };
}

describe('the same catalogue in every format', () => {
  it('has a generator for each format', () => {
    const formats = ['xlsx', 'xls', 'et', 'ods', 'xlsb', 'fods', 'docx', 'doc', 'pdf'];
    expect(makers).toEqual(expect.arrayContaining(formats.map((f) => `make-${f}.ts`)));
  });

  for (const format of makers.map((f) => f.replace(/^make-|\.ts$/g, ''))) {
    it(`${format}: gives the reference rows`, async () => {
      const { maker } = (await import(/* @vite-ignore */ `./make-${format}.js`)) as { maker: FormatMaker };
      const result = await ingestFile(`catalogue${maker.ext}`, await maker.make());
      const items = result.items.filter((i) => i.kind === 'item');
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(items.map(reading)).toEqual(ROWS.map((row) => ({
        name: row.level2, category: [row.level1], content: row.content, basis: row.basis, timeLimit: row.timeLimit,
        responsible: [row.responsible], mode: [...(row.proactive ? ['主动'] : []), ...(row.onRequest ? ['依申请'] : [])],
        publisher: PUBLISHER,
      })));
    });
  }
});
