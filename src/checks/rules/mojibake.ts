/** check/mojibake: text decoded with the wrong encoding (UTF-8 read as GBK, lost characters). */
import { excerpt, itemTexts } from '../item-texts.js';
import { MOJIBAKE_CHARS, MOJIBAKE_MARKERS, MOJIBAKE_THRESHOLD } from '../lexicon.js';
import type { CheckRule } from '../types.js';

const MOJIBAKE = new Set(MOJIBAKE_CHARS);
/** `??` standing in for lost CJK characters (seed 001 line 3: `??|??`). */
const LOST_CHARS = /\?{2,}/;

export function findMojibake(text: string): { what: string; at: number } | undefined {
  for (const marker of MOJIBAKE_MARKERS) {
    const at = text.indexOf(marker);
    if (at >= 0) return { what: marker === '\uFFFD' ? 'U+FFFD replacement characters' : marker, at };
  }
  const chars = [...new Set([...text].filter((ch) => MOJIBAKE.has(ch)))];
  if (chars.length >= MOJIBAKE_THRESHOLD) return { what: `GBK-decoded UTF-8 (${chars.slice(0, 6).join('')})`, at: text.indexOf(chars[0]!) };
  const lost = LOST_CHARS.exec(text);
  if (lost) return { what: 'question marks in place of characters', at: lost.index };
  return undefined;
}

export const mojibakeRule: CheckRule = {
  id: 'check/mojibake',
  defaultSeverity: 'error',
  description: 'No field holds mojibake: replacement characters, 锟斤拷, UTF-8 read as GBK (璁句负棣栭〉), or ?? for lost characters.',
  create(ctx) {
    return {
      item(item) {
        for (const { field, text } of itemTexts(item)) {
          const hit = findMojibake(text);
          if (!hit) continue;
          ctx.report({
            item,
            message: `Mojibake in ${field}: ${hit.what}. Re-decode the source with the right encoding (see files.jsonl).`,
            actual: excerpt(text, hit.at),
          });
        }
      },
    };
  },
};
