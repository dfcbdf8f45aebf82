/**
 * What `catalog ingest` and `catalog merge` tell a person on stderr: the errors (the first ones in full, then how many
 * more and where they all are) and one summary whose counts match the progress line, with the inputs that gave nothing
 * and what the folder walk skipped, so that neither empties nor skips go unnoticed.
 */
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { formatDiagnosticLines } from '../format/stylish.js';
import type { IngestResult } from '../ingest/ingest.js';
import type { Totals } from '../emit/dataset-sink.js';
import { SKIP_REASONS, type SkipReason } from '../ingest/inputs.js';
import { plural } from '../plural.js';

/** The errors in full, then `… and N more in <out>/report.json` (or how to keep them, when items went to stdout). */
export function formatErrors(first: readonly Diagnostic[], total: number, out: string): string {
  if (total === 0) return '';
  const rest = total - first.length;
  const where = out === '-' ? 'not shown (write a dataset with --out <dir> to keep every diagnostic in report.json)' : `in ${out}/report.json`;
  return `${formatDiagnosticLines(first)}${rest > 0 ? `… and ${rest} more ${where}\n` : ''}`;
}

const SKIP_NOUNS: Record<SkipReason, [string, string]> = {
  'dot-file': ['dot-file', 'dot-files'],
  node_modules: ['node_modules folder', 'node_modules folders'],
  'dataset folder': ['dataset folder', 'dataset folders'],
  excluded: ['excluded by --exclude', 'excluded by --exclude'],
  'not included': ['not matched by --include', 'not matched by --include'],
};

export function formatIngestSummary(result: IngestResult, out: string): string {
  const { totals, empty, skipped } = result;
  const read = result.inputs === totals.files ? '' : ` (${plural(totals.files, 'file')} read)`;
  const lines = [`${plural(result.inputs, 'input')}${read} → ${yields(totals)} → ${out === '-' ? 'stdout' : out}`];
  if (empty.inputs > 0) {
    const [top] = empty.reasons;
    lines.push(`  ${plural(empty.inputs, 'input')} gave no items; most often ${top!.ruleId} (${top!.inputs})`);
  }
  const skips = SKIP_REASONS.filter((r) => skipped[r] > 0).map((r) => `${skipped[r]} ${SKIP_NOUNS[r][skipped[r] === 1 ? 0 : 1]}`);
  if (skips.length > 0) lines.push(`  skipped ${skips.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

export function formatMergeSummary(totals: Totals, out: string): string {
  return `${plural(totals.files, 'file')} → ${yields(totals)} → ${out}\n`;
}

function yields(t: Totals): string {
  return `${plural(t.items, 'item')}, ${plural(t.documents, 'document')}; ${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}`;
}
