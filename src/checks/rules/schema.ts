/** check/schema: every line of items.jsonl must be a valid CatalogItem (the public contract). */
import { ITEMS_FILE, type JsonlRecord } from '../../dataset/read.js';
import type { CheckRule } from '../types.js';

/** The item's own source when it is still readable, so the finding points at the input, not the dataset. */
function sourceOf({ value, line, from }: JsonlRecord): { file: string; place: string } {
  const source = (value as { source?: { file?: unknown; place?: unknown } } | null)?.source;
  if (source && typeof source.file === 'string' && typeof source.place === 'string') {
    return { file: source.file, place: source.place };
  }
  return from ?? { file: ITEMS_FILE, place: `L${line}` };
}

export const schemaRule: CheckRule = {
  id: 'check/schema',
  defaultSeverity: 'error',
  description: 'Each line of items.jsonl is a valid CatalogItem (schemas/catalog-item.ts); invalid lines are skipped by the other rules.',
  create(ctx) {
    return {
      invalid(record, issues) {
        const problems = issues
          .slice(0, 5)
          .map((issue) => `${issue.path.map(String).join('.') || '(item)'}: ${issue.message}`)
          .join('; ');
        ctx.reportRecord({
          ...sourceOf(record),
          message: `${record.from?.file ?? ITEMS_FILE} ${record.from?.place ?? `line ${record.line}`} is not a valid CatalogItem (${problems}); re-run \`catalog ingest\` with a matching version.`,
          actual: problems,
        });
      },
    };
  },
};
