/** Human-readable diagnostics, grouped by file (the default `catalog check` output). */
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { countSeverities } from '../checks/check.js';

const LABEL = { error: 'error', warning: 'warn ', info: 'info ' } as const;

export function formatStylish(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return 'No problems found.\n';
  const out: string[] = [];
  let file: string | undefined;
  for (const d of diagnostics) {
    if (d.file !== file) {
      if (file !== undefined) out.push('');
      out.push(d.file);
      file = d.file;
    }
    out.push(`  ${(d.place ?? '').padEnd(12)} ${LABEL[d.severity]}  ${d.message}  ${d.ruleId}`);
    if (d.actual !== undefined) out.push(`  ${''.padEnd(12)}        actual: ${d.actual}`);
    if (d.expected !== undefined) out.push(`  ${''.padEnd(12)}        expected: ${d.expected}`);
  }
  const c = countSeverities(diagnostics);
  out.push('', `${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'} (${c.error} errors, ${c.warning} warnings, ${c.info} infos)`);
  return `${out.join('\n')}\n`;
}
