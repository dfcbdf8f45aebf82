/**
 * Every folder under test/fixtures/<group>/<case>/ holds one `input.*` file and the `expected.json` that the
 * pipeline must produce from it: the items and the diagnostics (rule, severity, place, evidence).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { ingestFile } from '../src/index.js';
import { expectGolden } from './helpers/golden.js';

const root = join(import.meta.dirname, 'fixtures');
const cases = readdirSync(root, { withFileTypes: true })
  .filter((g) => g.isDirectory())
  .flatMap((g) => readdirSync(join(root, g.name), { withFileTypes: true }).filter((c) => c.isDirectory()).map((c) => join(g.name, c.name)))
  .filter((dir) => readdirSync(join(root, dir)).some((f) => f.startsWith('input.')));

describe('parser fixtures', () => {
  it.each(cases)('%s', async (dir) => {
    const input = readdirSync(join(root, dir)).find((f) => f.startsWith('input.'))!;
    const path = `fixtures/${dir}/${input}`;
    const result = await ingestFile(path, readFileSync(join(root, dir, input)));
    const expected = {
      parsers: result.record.parsers,
      items: result.items,
      diagnostics: result.diagnostics.map(({ file: _file, ...d }) => d),
    };
    expectGolden(join(root, dir, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
  });
});
