/**
 * The signature block of an official document: the issuing body on a short line, the date it signed on the next
 * (`国务院办公厅` / `2018年12月4日`, `二〇二三年三月五日`). A date line right after the last paragraph, with no issuer
 * above it, is a signature date too (the issuer is left out when the page already names it). One reader of a block
 * (`signatureAt`), searched two ways: the first block below a line (a notice's head → its end), and the block closing
 * a range (a regulation or report's last lines).
 */
import { findDates, isDateLine } from './dates.js';
import { isPageChrome } from './page-meta.js';

export interface Signature {
  /** The issuing body, when printed above the date. */
  issuer?: string;
  date: string;
  /** 1-based line of the date. */
  line: number;
}

const NOT_ISSUER = /[。；;，,：:|《》“”！!？?]/;
const MAX_ISSUER = 40;
/** A paragraph that ends a sentence: the body text right above a signature date. */
const SENTENCE_END = /[。！!]$/;

/** The date of a line that holds only a date (`2022年1月20日`, `二〇二二年一月二十日`, `2022-01-20`). */
export function dateLine(line: string): string | undefined {
  const s = line.trim();
  return s && isDateLine(s) ? findDates(s)[0]?.iso : undefined;
}

interface Block extends Signature {
  /** The text line right above the date (from line `first` on), whether or not it names the issuer. */
  above?: string;
}

/** The signature block whose date is on line `n` (1-based), reading the text above it no higher than line `first`. */
function signatureAt(lines: readonly string[], n: number, first: number): Block | undefined {
  const date = dateLine(lines[n - 1]!);
  if (!date) return undefined;
  const above = previousText(lines, n - 1, first);
  const issuer = above && above.length <= MAX_ISSUER && !NOT_ISSUER.test(above) && !dateLine(above) ? above : undefined;
  return { ...(issuer ? { issuer } : {}), date, line: n, ...(above !== undefined ? { above } : {}) };
}

/**
 * The first signature block below line `after` (1-based; 0 searches from the top). In the flow of a page a date line
 * is a signature only under an issuer or a finished sentence, and written with 年: a numeric date (`2022-01-20`)
 * there is page metadata.
 */
export function findSignature(lines: readonly string[], after = 0): Signature | undefined {
  const first = Math.max(0, after) + 1;
  for (let n = first; n <= lines.length; n++) {
    if (!/[年]/.test(lines[n - 1]!)) continue;
    const block = signatureAt(lines, n, first);
    if (block?.above === undefined) continue;
    if (block.issuer || SENTENCE_END.test(block.above)) return withoutAbove(block);
  }
  return undefined;
}

/** The signature among the last `within` text lines of lines [first, last] (1-based), or undefined. */
export function signatureAtEnd(lines: readonly string[], first: number, last: number, within = 3): Signature | undefined {
  let seen = 0;
  for (let n = last; n >= first && seen < within; n--) {
    const s = lines[n - 1]!.trim();
    if (!s || isPageChrome(s)) continue;
    seen++;
    const block = signatureAt(lines, n, first);
    if (block) return withoutAbove(block);
  }
  return undefined;
}

function withoutAbove({ above: _above, ...signature }: Block): Signature {
  return signature;
}

function previousText(lines: readonly string[], before: number, first: number): string | undefined {
  for (let n = before; n >= first; n--) {
    const s = lines[n - 1]!.trim();
    if (s) return s;
  }
  return undefined;
}
