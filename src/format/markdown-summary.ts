/** A Markdown summary of a check run, for `$GITHUB_STEP_SUMMARY` (the job's summary page). */
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { countSeverities } from '../checks/check.js';
import { plural } from '../plural.js';

/** Table cells may not hold pipes or newlines. */
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function formatMarkdownSummary(diagnostics: readonly Diagnostic[], title = 'catalog check', maxRows = 50): string {
  const c = countSeverities(diagnostics);
  const out = [`## ${title}`, ''];
  if (diagnostics.length === 0) return `${out.join('\n')}No problems found.\n\n`;
  const bold = (n: number, noun: string) => plural(n, noun).replace(/^\d+/, `**${n}**`);
  out.push(`${bold(c.error, 'error')}, ${bold(c.warning, 'warning')}, ${bold(c.info, 'info')}.`, '');
  const byRule = new Map<string, Record<string, number>>();
  for (const d of diagnostics) {
    const row = byRule.get(d.ruleId) ?? { error: 0, warning: 0, info: 0 };
    row[d.severity]!++;
    byRule.set(d.ruleId, row);
  }
  out.push('| rule | errors | warnings | infos |', '|---|---:|---:|---:|');
  for (const id of [...byRule.keys()].sort()) {
    const r = byRule.get(id)!;
    out.push(`| \`${id}\` | ${r.error} | ${r.warning} | ${r.info} |`);
  }
  out.push('', '| severity | file | place | rule | message |', '|---|---|---|---|---|');
  for (const d of diagnostics.slice(0, maxRows)) {
    out.push(`| ${d.severity} | ${cell(d.file)} | ${cell(d.place ?? '')} | \`${d.ruleId}\` | ${cell(d.message)} |`);
  }
  if (diagnostics.length > maxRows) out.push('', `…and ${diagnostics.length - maxRows} more (run \`catalog check --format json\` for all).`);
  return `${out.join('\n')}\n\n`;
}
