/** Coverage as plain text (for people and CI logs); JSON output is the CoverageResult itself. */
import type { CoverageResult, LocalRef } from './coverage-types.js';

export function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

const where = (ref: { file: string; place: string }): string => (ref.place ? `${ref.file} ${ref.place}` : ref.file);
const path = (level1: string, name: string): string => (level1 ? `${level1} / ${name}` : name);
const localName = (ref: LocalRef): string => [...ref.category, ref.name].filter(Boolean).join(' / ');

export function formatCoverageText(result: CoverageResult): string {
  const out: string[] = [];
  out.push(
    `standard: ${result.selector}${result.auto ? ' (guessed; pass --standard to choose)' : ''}`,
    `  ${result.units.length} standard items from ${result.standardRows} rows in ${result.standardFiles.length} file(s): ${result.standardFiles.join(', ')}`,
  );
  if (result.units.length === 0) {
    out.push('  no item matches the selector: check it against `source.parser` / `source.file` in items.jsonl');
    return out.join('\n') + '\n';
  }
  for (const p of result.publishers) {
    out.push(
      '',
      `${p.publisher}: covered ${p.covered.length}/${p.standard} (${percent(p.ratio)}), lacking ${p.lacking.length}, added ${p.added.length}; ${p.localItems} local items in ${p.files.join(', ')}`,
    );
    for (const l of p.byLevel1) out.push(`  ${l.level1 || '(no 一级事项)'}: ${l.covered}/${l.total}`);
    if (p.covered.length) out.push('  covered:');
    for (const c of p.covered) {
      const also = c.alsoMatched ? ` (+${c.alsoMatched} more)` : '';
      out.push(`    ${path(c.level1, c.name)} ← ${c.local.name} [${where(c.local)}] ${c.explain}${also}`);
    }
    if (p.lacking.length) out.push('  lacking:');
    for (const l of p.lacking) out.push(`    ${path(l.level1, l.name)}`);
    if (p.added.length) out.push('  added:');
    for (const a of p.added) out.push(`    ${localName(a)} [${where(a)}]`);
  }
  if (result.publishers.length === 0) out.push('', 'no local catalogue items outside the standard selection');
  return out.join('\n') + '\n';
}
