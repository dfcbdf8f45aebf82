/** Runs the enabled rules over item records in one pass. */
import { CatalogItem } from '../../schemas/catalog-item.js';
import type { Diagnostic, Severity } from '../../schemas/diagnostic.js';
import type { JsonlRecord } from '../dataset/read.js';
import { CHECK_RULES } from './registry.js';
import type { RuleVisitor } from './types.js';

export async function runChecks(
  records: AsyncIterable<JsonlRecord> | Iterable<JsonlRecord>,
  severities: ReadonlyMap<string, Severity | undefined>,
): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const visitors: RuleVisitor[] = [];
  for (const rule of CHECK_RULES) {
    const severity = severities.get(rule.id);
    if (!severity) continue;
    const base = { source: rule.id, ruleId: rule.id, severity };
    visitors.push(
      rule.create({
        report: ({ item, place, message, actual, expected }) =>
          diagnostics.push(withOptional({ ...base, file: item.source.file, place: place ?? item.source.place, message }, actual, expected)),
        reportRecord: ({ file, place, message, actual, expected }) =>
          diagnostics.push(withOptional({ ...base, file, place, message }, actual, expected)),
      }),
    );
  }
  for await (const record of records) {
    const parsed = CatalogItem.safeParse(record.value);
    for (const visitor of visitors) {
      if (parsed.success) visitor.item?.(parsed.data);
      else visitor.invalid?.(record, parsed.error.issues);
    }
  }
  for (const visitor of visitors) visitor.end?.();
  return diagnostics;
}

/** Leaves absent keys out (instead of `undefined`) so JSON output and equality are clean. */
function withOptional(d: Diagnostic, actual?: string, expected?: string): Diagnostic {
  if (actual !== undefined) d.actual = actual;
  if (expected !== undefined) d.expected = expected;
  return d;
}
