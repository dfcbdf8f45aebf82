/** A deterministic order for diagnostics: by file, then position in the file, then rule, then message. */
import type { Diagnostic } from '../../schemas/diagnostic.js';

/** Sort key of a place: `L12-L14` → [12], `Sheet1!B7` → sheet, row 7, column B; other places sort as text. */
function placeKey(place: string | undefined): [string, number, string] {
  if (!place) return ['', 0, ''];
  const line = /^L(\d+)/.exec(place);
  if (line) return ['', Number(line[1]), place];
  const cell = /^(.*)!([A-Z]+)(\d+)$/.exec(place);
  if (cell) return [cell[1]!, Number(cell[3]), cell[2]!.padStart(3, ' ')];
  const numbered = /^(.*?)(\d+)/.exec(place);
  if (numbered) return [numbered[1]!, Number(numbered[2]), place];
  return [place, 0, ''];
}

const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const [as, an, ar] = placeKey(a.place);
  const [bs, bn, br] = placeKey(b.place);
  return (
    cmp(a.file, b.file) || cmp(as, bs) || cmp(an, bn) || cmp(ar, br) || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message)
  );
}
