/**
 * Checkbox and tick glyphs of flag columns (公开对象/公开方式/公开层级) and channel checkboxes.
 * þ, R and £ are Wingdings code points that PDF text extraction leaves behind (þ = ☑, R = ☑, £ = □).
 */
export const CHECKED_GLYPHS = ['√', '✓', '✔', '■', '☑', '☒', 'þ', 'R'] as const;
export const UNCHECKED_GLYPHS = ['□', '☐', '口', '£'] as const;

export type FlagState = 'set' | 'unset' | 'unknown';

/** Decodes one flag cell. Blank is unset; anything that is not a known glyph is 'unknown' (the caller reports it). */
export function decodeFlag(text: string): FlagState {
  const t = text.replace(/[\s\u3000]/g, '');
  if (t === '') return 'unset';
  if ((CHECKED_GLYPHS as readonly string[]).includes(t)) return 'set';
  if ((UNCHECKED_GLYPHS as readonly string[]).includes(t)) return 'unset';
  return 'unknown';
}
