/**
 * When no `--standard` is given, a 标准目录 is recognised by shape: a spreadsheet whose rows mostly carry
 * 公开层级/对象/方式 flags. Only used when other files remain to compare against; the report says it guessed.
 */
import type { CoverageRow } from './coverage-types.js';

export function autoStandardSelector(rows: CoverageRow[]): string | undefined {
  const perFile = new Map<string, { total: number; flagged: number; spreadsheet: boolean }>();
  for (const row of rows) {
    const stats = perFile.get(row.file) ?? { total: 0, flagged: 0, spreadsheet: row.format === 'xlsx' || row.parser.includes('xlsx') };
    stats.total++;
    if (row.hasFlags) stats.flagged++;
    perFile.set(row.file, stats);
  }
  const standard = [...perFile.entries()]
    .filter(([, s]) => s.spreadsheet && s.flagged * 2 >= s.total)
    .map(([file]) => file)
    .sort();
  if (standard.length === 0 || standard.length === perFile.size) return undefined;
  // Selector values cannot hold `,` or `|`; such a path cannot be auto-selected.
  if (standard.some((f) => /[,|*?]/.test(f))) return undefined;
  return `file=${standard.join('|')}`;
}
