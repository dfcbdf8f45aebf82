/**
 * Per-rule summary of what the passes removed or repaired, for a person to eyeball after `catalog clean`.
 */
import type { DiagnosticInput } from '../../schemas/diagnostic.js';

export interface RuleSummary {
  ruleId: string;
  /** Diagnostics raised by the rule. */
  count: number;
  /** Characters of `actual` text the rule removed or replaced. */
  chars: number;
  /** A few distinct `actual → expected` examples, in order of first appearance. */
  examples: string[];
}

const MAX_EXAMPLES = 3;
const MAX_EXAMPLE_LENGTH = 60;

function clip(s: string): string {
  const flat = s.replace(/\s+/gu, ' ');
  return flat.length > MAX_EXAMPLE_LENGTH ? `${flat.slice(0, MAX_EXAMPLE_LENGTH)}…` : flat;
}

/** Groups diagnostics by rule id (sorted by id, so the output is stable). */
export function summarizeByRule(diagnostics: readonly DiagnosticInput[]): RuleSummary[] {
  const byRule = new Map<string, RuleSummary>();
  for (const d of diagnostics) {
    const s = byRule.get(d.ruleId) ?? { ruleId: d.ruleId, count: 0, chars: 0, examples: [] };
    s.count += 1;
    s.chars += [...(d.actual ?? '')].length;
    const example = d.expected ? `${clip(d.actual ?? '')} → ${clip(d.expected)}` : clip(d.actual ?? '');
    if (example && s.examples.length < MAX_EXAMPLES && !s.examples.includes(example)) s.examples.push(example);
    byRule.set(d.ruleId, s);
  }
  return [...byRule.values()].sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

/** Plain-text table of the summary. */
export function formatRuleSummary(summary: readonly RuleSummary[]): string {
  if (summary.length === 0) return 'nothing removed or repaired\n';
  return summary
    .map((s) => [`${s.ruleId}: ${s.count} (${s.chars} chars)`, ...s.examples.map((e) => `    ${e}`)].join('\n'))
    .join('\n')
    .concat('\n');
}
