/** check/schema: every line of items.jsonl must be a valid CatalogItem (the public contract). */
import { ITEMS_FILE } from '../../dataset/read.js';
import type { CheckRule } from '../types.js';

/** The item's own source when it is still readable, so the finding points at the input, not the dataset. */
function sourceOf(value: unknown, line: number): { file: string; place: string } {
  const source = (value as { source?: { file?: unknown; place?: unknown } } | null)?.source;
  if (source && typeof source.file === 'string' && typeof source.place === 'string') {
    return { file: source.file, place: source.place };
  }
  return { file: ITEMS_FILE, place: `L${line}` };
}

export const schemaRule: CheckRule = {
  id: 'check/schema',
  defaultSeverity: 'error',
  description: 'Each line of items.jsonl is a valid CatalogItem (schemas/catalog-item.ts); invalid lines are skipped by the other rules.',
  create(ctx) {
    return {
      invalid({ line, value }, issues) {
        const problems = issues
          .slice(0, 5)
          .map((issue) => `${issue.path.map(String).join('.') || '(item)'}: ${issue.message}`)
          .join('; ');
        ctx.reportRecord({
          ...sourceOf(value, line),
          message: `${ITEMS_FILE} line ${line} is not a valid CatalogItem (${problems}); re-run \`catalog ingest\` with a matching version.`,
          actual: problems,
        });
      },
    };
  },
};
