/**
 * The signature block that closes an official text: the issuing body on a short line, then the date on a line of its
 * own (`某某局` / `2022年1月20日`, `二〇二二年一月二十日`).
 */
import { parseChineseDate } from './chinese-number.js';
import { isPageChrome } from './page-meta.js';

export interface SignatureBlock {
  date: string;
  /** The short line above the date, when it names a body rather than ending a sentence. */
  issuer?: string;
  /** 1-based line of the date. */
  line: number;
}

/** A line that is nothing but a date. */
const ONLY_DATE = /^[\d〇零一二三四五六七八九十年月日号\s\u3000./-]+$/;
const SENTENCE = /[。；;，,：:！!？?|]/;
const MAX_ISSUER = 40;

/** The date of a line that holds only a date. */
export function dateLine(line: string): string | undefined {
  const s = line.trim();
  return s && ONLY_DATE.test(s) ? parseChineseDate(s) : undefined;
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
    const issuer = above && above.length <= MAX_ISSUER && !SENTENCE.test(above) && !dateLine(above) ? above : undefined;
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
