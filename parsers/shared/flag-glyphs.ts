/**
 * The one list of tick and box glyphs, for flag columns (公开对象/公开方式/公开层级) and channel checkboxes
 * (■政府网站 □政府公报). Symbol-font glyphs that PDF and Word conversions leave behind count too: in Wingdings
 * þ and R are a ticked box, ¨ and £ an empty one; ☒ is a crossed (= chosen) box.
 */
export const CHECKED_GLYPHS = ['√', '✓', '✔', '✅', '■', '▪', '☑', '☒', '●', '★', 'þ', 'R', '是', '有'] as const;
export const UNCHECKED_GLYPHS = ['□', '☐', '口', '£', '¨', '○', '×', '✗', '✘', '否', '无', '/', '／', '-', '—', '–'] as const;

export type FlagState = 'set' | 'unset' | 'unknown';

const CHECKED = new Set<string>(CHECKED_GLYPHS);
const UNCHECKED = new Set<string>(UNCHECKED_GLYPHS);

/**
 * Decodes one flag cell. Blank is unset; a cell of one glyph repeated (`√\n√`, two ticks from a merged cell) reads as
 * that glyph; anything else is 'unknown' (the caller reports it).
 */
export function decodeFlag(text: string): FlagState {
  const t = text.replace(/[\s\u3000]/g, '');
  if (t === '') return 'unset';
  const glyphs = new Set(t);
  if (glyphs.size !== 1 && !CHECKED.has(t) && !UNCHECKED.has(t)) return 'unknown';
  const one = glyphs.size === 1 ? [...glyphs][0]! : t;
  if (CHECKED.has(one)) return 'set';
  if (UNCHECKED.has(one)) return 'unset';
  return 'unknown';
}

/** True when the cell is a tick or box glyph (set or unset), i.e. it belongs in a flag column. */
export function isFlagGlyph(text: string): boolean {
  return text.trim() !== '' && decodeFlag(text) !== 'unknown';
}

/**
 * The subsets that mark options inside a channel list (`■政府网站 □政府公报`, `þ 政府网站`): boxes and ticks only,
 * not words (是/无) or bullets (●), which are ordinary text there.
 */
export const BOX_CHECKED = '■☑☒√✓✔▪þR';
export const BOX_UNCHECKED = '□☐口£¨';
/** Box glyphs that are also ordinary characters (窗口, RSS): they mark a box only at an option boundary. */
export const BOX_AMBIGUOUS = '口Rþ£¨';
