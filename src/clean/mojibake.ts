/**
 * Mojibake runs (domain.md §5): `??|??` where characters were lost (removed), and UTF-8 bytes read as GBK
 * (`璁句负棣栭〉` → 设为首页). A GBK-misread run is put back when its bytes decode cleanly as UTF-8, so the chrome
 * pass can then recognise what it was; a run that lost bytes is removed. Runs before script conversion, which
 * would otherwise change the misread characters.
 */
import { LOST_CHARACTERS, MAX_LOST_SHARE, MAX_MOJIBAKE_RUN, MIN_MOJIBAKE_RUN } from './lexicons/mojibake.js';
import { linePlace } from '../../parsers/shared/lines.js';
import { countHan, mapLines } from './lines.js';
import type { Pass } from './types.js';

let gbkTable: Map<string, number[]> | undefined;
const UTF8 = new TextDecoder('utf-8');

/** Character → GBK bytes, built once from the platform's GBK decoder (one decode call over all byte pairs). */
function gbk(): Map<string, number[]> {
  if (gbkTable) return gbkTable;
  const pairs: number[][] = [];
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) if (trail !== 0x7f) pairs.push([lead, trail]);
  }
  // A space after each pair keeps the decoder aligned: an invalid pair decodes to U+FFFD (plus an ASCII trail).
  const bytes = new Uint8Array(pairs.length * 3);
  pairs.forEach(([lead, trail], i) => bytes.set([lead!, trail!, 0x20], i * 3));
  const decoded = new TextDecoder('gbk').decode(bytes).split(' ');
  const table = new Map<string, number[]>([['€', [0x80]]]);
  pairs.forEach((pair, i) => {
    const ch = decoded[i]!;
    if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, pair);
  });
  gbkTable = table;
  return table;
}

/**
 * What a run reads as when its GBK bytes are decoded as UTF-8, or undefined when the run is not mojibake.
 * `lost` counts characters that could not be recovered.
 */
export function decodeMisreadGbk(run: string): { text: string; lost: number } | undefined {
  if (run.length > MAX_MOJIBAKE_RUN || countHan(run) < MIN_MOJIBAKE_RUN) return undefined;
  const table = gbk();
  const bytes: number[] = [];
  let checked = false;
  for (const ch of run) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const b = table.get(ch);
      if (!b) return undefined;
      bytes.push(...b);
    }
    // Mojibake starts on a character boundary of the UTF-8 it came from; ordinary Chinese words almost never do,
    // so most runs are dismissed after their first few characters.
    if (!checked && bytes.length >= 8) {
      if (!startsLikeUtf8(bytes, 2)) return undefined;
      checked = true;
    }
  }
  if (!checked && !startsLikeUtf8(bytes, 2)) return undefined;
  const text = UTF8.decode(new Uint8Array(bytes));
  const lost = [...text].filter((c) => c === '\ufffd').length;
  const chars = [...text].length;
  // Real Chinese re-encoded this way yields mostly replacement characters; mojibake yields mostly Han.
  if (lost > chars * MAX_LOST_SHARE || countHan(text) < 2) return undefined;
  return { text: text.replace(/\ufffd/gu, ''), lost };
}

/** Whether the first `sequences` UTF-8 sequences of `bytes` are well formed (a cheap test before decoding). */
function startsLikeUtf8(bytes: readonly number[], sequences: number): boolean {
  let i = 0;
  for (let n = 0; n < sequences && i < bytes.length; n++) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return false;
    for (let k = 1; k < length; k++) {
      const b = bytes[i + k];
      if (b !== undefined && (b < 0x80 || b > 0xbf)) return false;
    }
    i += length;
  }
  return true;
}

/** Separators between runs: spaces and pipes (`璁句负棣栭〉 | 鍔犲叆鏀惰棌`). */
const SEPARATOR = /[\s|｜]+/gu;

/**
 * Applies `edit` to each run between separators. Scans for the (short) separators rather than matching the runs,
 * because one regex match over a multi-megabyte run overflows the regex engine's stack.
 */
function mapRuns(line: string, edit: (run: string) => string): string {
  let out = '';
  let start = 0;
  const separator = new RegExp(SEPARATOR.source, SEPARATOR.flags);
  for (;;) {
    const m = separator.exec(line);
    const end = m ? m.index : line.length;
    if (end > start) out += edit(line.slice(start, end));
    if (!m) return out;
    out += m[0];
    start = m.index + m[0].length;
  }
}

export const mojibake: Pass = {
  id: 'clean/mojibake',
  description: 'Removes lost-character runs (??|??) and repairs or removes UTF-8-read-as-GBK runs (璁句负棣栭〉 → 设为首页).',
  run(text, ctx) {
    return mapLines(text, (line, i) => {
      let next = line.replace(LOST_CHARACTERS, (run) => {
        ctx.report({
          ruleId: 'clean/mojibake',
          severity: 'info',
          message: 'Removed characters lost in decoding (question marks).',
          place: linePlace(i + 1),
          actual: run,
          expected: '',
        });
        return '';
      });
      next = mapRuns(next, (run) => {
        const decoded = decodeMisreadGbk(run);
        if (!decoded) return run;
        const repaired = decoded.lost === 0;
        ctx.report({
          ruleId: repaired ? 'clean/mojibake-repaired' : 'clean/mojibake',
          severity: 'info',
          message: repaired
            ? 'Re-read UTF-8 text that had been decoded as GBK.'
            : `Removed UTF-8 text decoded as GBK that lost bytes (it read about "${decoded.text}").`,
          place: linePlace(i + 1),
          actual: run,
          expected: repaired ? decoded.text : '',
        });
        return repaired ? decoded.text : '';
      });
      return next === line ? line : next.replace(/(\S)\s{2,}(?=\S)/gu, '$1 ').trimEnd();
    });
  },
};
