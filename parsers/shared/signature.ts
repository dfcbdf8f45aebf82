/**
 * The signature block of an official document: the issuing body on a short line, the date it signed on the next
 * (`国务院办公厅` / `2018年12月4日`, `二〇二三年三月五日`). A date line right after the last paragraph, with no issuer
 * above it, is a signature date too (the issuer is left out when the page already names it). Two readings: the first
 * block after a line (a notice's head → its end), and the block closing a range (a regulation or report's last lines).
 */
import { findDates, isDateLine } from './dates.js';
import { isPageChrome } from './page-meta.js';

export interface Signature {
  /** The issuing body, when printed above the date. */
  issuer?: string;
  date: string;
  /** 0-based index of the date line. */
  line: number;
}

export interface SignatureBlock {
  date: string;
  /** The short line above the date, when it names a body rather than ending a sentence. */
  issuer?: string;
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

/** The first signature block at or after line `from` (0-based). */
export function findSignature(lines: readonly string[], from = 0): Signature | undefined {
  let previous: string | undefined;
  for (let i = Math.max(0, from); i < lines.length; i++) {
    const s = lines[i]!.trim();
    if (!s) continue;
    if (isDateLine(s) && /[年]/.test(s) && previous !== undefined) {
      const date = findDates(s)[0]!.iso;
      if (previous.length <= MAX_ISSUER && !NOT_ISSUER.test(previous) && !isDateLine(previous)) return { issuer: previous, date, line: i };
      if (SENTENCE_END.test(previous)) return { date, line: i };
    }
    previous = s;
  }
  return undefined;
}

/** The signature among the last `within` text lines of lines [first, last] (1-based), or undefined. */
export function signatureAtEnd(lines: readonly string[], first: number, last: number, within = 3): SignatureBlock | undefined {
  let seen = 0;
  for (let n = last; n >= first && seen < within; n--) {
    const s = lines[n - 1]!.trim();
    if (!s || isPageChrome(s)) continue;
    seen++;
    const date = dateLine(s);
    if (!date) continue;
    const above = previousText(lines, n - 1, first);
    const issuer = above && above.length <= MAX_ISSUER && !NOT_ISSUER.test(above) && !dateLine(above) ? above : undefined;
    return issuer ? { date, issuer, line: n } : { date, line: n };
  }
  return undefined;
}

function previousText(lines: readonly string[], before: number, first: number): string | undefined {
  for (let n = before; n >= first; n--) {
    const s = lines[n - 1]!.trim();
    if (s) return s;
  }
  return undefined;
}
