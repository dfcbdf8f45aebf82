/** Per-character tables: a regex character class turned into one array lookup per BMP code unit. */

/** Han characters (CJK ideographs): the unit used for densities and script detection. */
export const HAN = /\p{Script=Han}/u;

/**
 * 1 for each BMP code unit matched by `pattern`, a character class (optionally repeated: `[…]+`) with flag `u`: a
 * per-character lookup that agrees with the regex. Surrogates are never matched on their own.
 */
export function bmpTable(pattern: RegExp): Uint8Array {
  const table = new Uint8Array(0x10000);
  const global = new RegExp(pattern.source, 'gu');
  const single = new RegExp(`^(?:${pattern.source})$`, 'u');
  // Scanned in blocks; surrogates are replaced by U+0000, which is then tested on its own.
  const block: number[] = [];
  for (let base = 0; base < 0x10000; base += 0x1000) {
    block.length = 0;
    for (let code = base; code < base + 0x1000; code += 1) block.push(code >= 0xd800 && code <= 0xdfff ? 0 : code);
    const text = String.fromCharCode(...block);
    for (const m of text.matchAll(global)) {
      for (let k = m.index; k < m.index + m[0].length; k += 1) if (text.charCodeAt(k) !== 0) table[base + k] = 1;
    }
  }
  table[0] = single.test('\u0000') ? 1 : 0;
  return table;
}
