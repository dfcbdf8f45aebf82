/**
 * Line helpers only the passes use. Splitting and places come from parsers/shared/lines.ts so that `L<n>` means
 * the same line to a pass and to a parser. Passes must keep the line count: a removed line becomes ''.
 */
import { editLines } from '../../parsers/shared/lines.js';

/** Applies `edit` to every line; `edit` returns the new line (or the same one). */
export function mapLines(text: string, edit: (line: string, index: number) => string): string {
  const { lines, join } = editLines(text);
  return join(lines.map(edit));
}

/** True when the line has nothing but whitespace. */
export function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** Han characters (CJK ideographs): the unit used for densities and script detection. */
export const HAN = /\p{Script=Han}/u;
const HAN_GLOBAL = /\p{Script=Han}/gu;

export function countHan(text: string): number {
  return text.match(HAN_GLOBAL)?.length ?? 0;
}
