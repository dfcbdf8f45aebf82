/** check/mojibake: text decoded with the wrong encoding (UTF-8 read as GBK, lost characters), judged as the clean pass judges it. */
import { findMojibake } from '../../clean/mojibake.js';
import { excerpt, itemTexts } from '../item-texts.js';
import type { CheckRule } from '../types.js';

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
