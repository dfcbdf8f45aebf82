/**
 * Mojibake runs: `??|??` where characters were lost (removed), and UTF-8 bytes read as GBK
 * (`璁句负棣栭〉` → 设为首页). A GBK-misread run is put back when its bytes decode cleanly as UTF-8, so the chrome
 * pass can then recognise what it was; a run that lost bytes is removed. Runs before script conversion, which
 * would otherwise change the misread characters.
 */
import { DAMAGE_MARKERS, LOST_CHARACTERS, MAX_LOST_SHARE, MAX_MOJIBAKE_RUN, MIN_MOJIBAKE_RUN } from './lexicons/mojibake.js';
import { linePlace } from '../../parsers/shared/lines.js';
import { bmpTable } from '../../parsers/shared/char-table.js';
import { countHan, mapLines } from './lines.js';
import type { Pass } from './types.js';

/** GBK code of each BMP code unit: `lead << 8 | trail`, a single byte (`€` = 0x80) below 0x100, 0 for none. */
let gbkTable: Uint16Array | undefined;
const UTF8 = new TextDecoder('utf-8');

/** Character → GBK bytes, built once from the platform's GBK decoder (one decode call over all byte pairs). */
function gbk(): Uint16Array {
  if (gbkTable) return gbkTable;
  const pairs: number[][] = [];
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) if (trail !== 0x7f) pairs.push([lead, trail]);
  }
  // A space after each pair keeps the decoder aligned: an invalid pair decodes to U+FFFD (plus an ASCII trail).
  const bytes = new Uint8Array(pairs.length * 3);
  pairs.forEach(([lead, trail], i) => bytes.set([lead!, trail!, 0x20], i * 3));
  const decoded = new TextDecoder('gbk').decode(bytes).split(' ');
  const table = new Uint16Array(0x10000);
  table['€'.charCodeAt(0)] = 0x80;
  pairs.forEach(([lead, trail], i) => {
    const ch = decoded[i]!;
    // The first pair that reads as a character is its encoding (surrogates never come out of GBK on their own).
    if (ch.length === 1 && ch !== '\ufffd' && table[ch.charCodeAt(0)] === 0) table[ch.charCodeAt(0)] = (lead! << 8) | trail!;
  });
  gbkTable = table;
  return table;
}

/** Reused buffer for the first bytes of a run; two UTF-8 sequences take at most 8 bytes. */
const head = new Uint8Array(8);

/**
 * Whether the GBK bytes of `text[start, end)` begin with two well-formed UTF-8 sequences. Mojibake starts on a
 * character boundary of the UTF-8 it came from; ordinary Chinese words almost never do, so most runs are dismissed
 * after their first character or two, without copying them.
 */
function startsLikeMisreadUtf8(text: string, start: number, end: number): boolean {
  const table = gbk();
  let n = 0;
  for (let i = start; i < end && n < head.length; i += 1) {
    const code = text.charCodeAt(i);
    const bytes = code < 0x80 ? code : table[code]!;
    if (bytes === 0 && code !== 0) return false;
    if (bytes > 0xff) {
      head[n++] = bytes >> 8;
      if (n < head.length) head[n++] = bytes & 0xff;
    } else head[n++] = bytes;
    // A prefix that is already malformed stays malformed, so the test can stop early.
    if (!startsLikeUtf8(head, n, 2)) return false;
  }
  return true;
}

/** The GBK bytes of a string, or undefined when a character has no GBK encoding. */
function gbkBytes(run: string): Uint8Array | undefined {
  const table = gbk();
  const bytes = new Uint8Array(run.length * 2);
  let n = 0;
  for (let i = 0; i < run.length; i += 1) {
    const code = run.charCodeAt(i);
    const b = code < 0x80 ? code : table[code]!;
    if (b === 0 && code !== 0) return undefined;
    if (b > 0xff) {
      bytes[n++] = b >> 8;
      bytes[n++] = b & 0xff;
    } else bytes[n++] = b;
  }
  return bytes.subarray(0, n);
}

/**
 * What a run reads as when its GBK bytes are decoded as UTF-8, or undefined when the run is not mojibake.
 * `lost` counts characters that could not be recovered.
 */
export function decodeMisreadGbk(run: string): { text: string; lost: number } | undefined {
  if (run.length > MAX_MOJIBAKE_RUN || countHan(run) < MIN_MOJIBAKE_RUN) return undefined;
  if (!startsLikeMisreadUtf8(run, 0, run.length)) return undefined;
  const bytes = gbkBytes(run);
  if (!bytes) return undefined;
  const text = UTF8.decode(bytes);
  const lost = [...text].filter((c) => c === '\ufffd').length;
  const chars = [...text].length;
  // Real Chinese re-encoded this way yields mostly replacement characters; mojibake yields mostly Han.
  if (lost > chars * MAX_LOST_SHARE || countHan(text) < 2) return undefined;
  return { text: text.replace(/\ufffd/gu, ''), lost };
}

/** Whether the first `sequences` UTF-8 sequences of `bytes[0, length)` are well formed (missing bytes pass). */
function startsLikeUtf8(bytes: Uint8Array, length: number, sequences: number): boolean {
  let i = 0;
  for (let n = 0; n < sequences && i < length; n++) {
    const lead = bytes[i]!;
    const size = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (size === 0) return false;
    for (let k = 1; k < size && i + k < length; k++) {
      const b = bytes[i + k]!;
      if (b < 0x80 || b > 0xbf) return false;
    }
    i += size;
  }
  return true;
}

/** Separators between runs: spaces and pipes (`璁句负棣栭〉 | 鍔犲叆鏀惰棌`). */
const SEPARATOR = /[\s|｜]/u;
let separators: Uint8Array | undefined;

/**
 * Applies `edit` to each run between separators that may be mojibake (at most MAX_MOJIBAKE_RUN long and starting
 * like misread UTF-8); returns the line itself when nothing changed. Scans characters rather than matching runs,
 * because one regex match over a multi-megabyte run overflows the regex engine's stack.
 */
function mapRuns(line: string, edit: (run: string, start: number) => string): string {
  const separator = (separators ??= bmpTable(SEPARATOR));
  let out: string | undefined;
  let copied = 0;
  let start = 0;
  for (let i = 0; i <= line.length; i += 1) {
    if (i < line.length && separator[line.charCodeAt(i)] !== 1) continue;
    // A run needs MIN_MOJIBAKE_RUN Han characters, so it is at least that long.
    if (i - start >= MIN_MOJIBAKE_RUN && i - start <= MAX_MOJIBAKE_RUN && startsLikeMisreadUtf8(line, start, i)) {
      const run = line.slice(start, i);
      const next = edit(run, start);
      if (next !== run) {
        out = (out ?? '') + line.slice(copied, start) + next;
        copied = i;
      }
    }
    start = i + 1;
  }
  return out === undefined ? line : out + line.slice(copied);
}
export interface MojibakeHit {
  what: string;
  /** Offset of the damage in the text. */
  at: number;
}

const ANY_LOST = new RegExp(LOST_CHARACTERS.source, 'u');

/**
 * The first mojibake in a text: damage markers, a run of UTF-8 read as GBK, or lost characters. The same judgement
 * as the pass, for texts that never went through it (workbook cells) or that it could not mend (check/mojibake).
 */
export function findMojibake(text: string): MojibakeHit | undefined {
  for (const marker of DAMAGE_MARKERS) {
    const at = text.indexOf(marker);
    if (at >= 0) return { what: marker === '\uFFFD' ? 'U+FFFD replacement characters' : marker, at };
  }
  let misread: MojibakeHit | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    mapRuns(line, (run, start) => {
      const decoded = misread ? undefined : decodeMisreadGbk(run);
      if (decoded) misread = { what: `UTF-8 read as GBK (${run.slice(0, 6)} = ${decoded.text.slice(0, 6)})`, at: offset + start };
      return run;
    });
    if (misread) return misread;
    offset += line.length + 1;
  }
  const lost = ANY_LOST.exec(text);
  return lost ? { what: 'question marks in place of characters', at: lost.index } : undefined;
}

export const mojibake: Pass = {
  id: 'clean/mojibake',
  description: 'Removes lost-character runs (??|??) and repairs or removes UTF-8-read-as-GBK runs (璁句负棣栭〉 → 设为首页).',
  run(text, ctx) {
    return mapLines(text, (line, i) => {
      // Lost characters are at least two question marks.
      let next = !line.includes('??') ? line : line.replace(LOST_CHARACTERS, (run) => {
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
