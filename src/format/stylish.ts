/** Human-readable diagnostics, grouped by file (the default `catalog check` output, and ingest's error listing). */
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { countSeverities } from '../checks/check.js';
import { plural } from '../plural.js';

const LABEL = { error: 'error', warning: 'warn ', info: 'info ' } as const;

export function formatStylish(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return 'No problems found.\n';
  const c = countSeverities(diagnostics);
  const counts = `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.info, 'info')}`;
  return `${formatDiagnosticLines(diagnostics)}\n${plural(diagnostics.length, 'problem')} (${counts})\n`;
}

/** Each diagnostic under its file: place, severity, message, rule id, then actual/expected when known. */
export function formatDiagnosticLines(diagnostics: readonly Diagnostic[]): string {
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
  return out.length ? `${out.join('\n')}\n` : '';
}
