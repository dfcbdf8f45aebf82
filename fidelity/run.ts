/**
 * `npm run fidelity`: how well the pipeline reads real pages. Prints the per-kind table (Markdown, as in the README),
 * then each page's problems with `--pages`, and writes the whole result as JSON.
 *
 *   npm run fidelity -- [--corpus DIR] [--kind K] [--pages] [--json FILE]
 * Defaults: the corpus `test/real-pages`, the report `out/fidelity.json`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable } from './score.js';
import { runCorpus } from './run-corpus.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'test/real-pages' },
    kind: { type: 'string' },
    pages: { type: 'boolean', default: false },
    json: { type: 'string', default: 'out/fidelity.json' },
  },
});

const run = await runCorpus(values.corpus!, values.kind);
if (values.pages) {
  for (const { score: s } of run.pages) {
    const counts = `${s.items} items, ${s.documents} docs`;
    console.log(`${s.name.padEnd(14)} ${s.kind.padEnd(19)} ${counts.padEnd(18)} ${s.problems.length ? s.problems.join(' | ') : 'ok'}`);
  }
  console.log();
}
console.log(formatTable(run.summaries));
mkdirSync(dirname(values.json!), { recursive: true });
const report = { corpus: values.corpus, summaries: run.summaries, pages: run.pages.map((p) => p.score) };
writeFileSync(values.json!, JSON.stringify(report, null, 1) + '\n');
console.log(`\nwritten: ${values.json}`);
