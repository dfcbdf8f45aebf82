/**
 * The signature block of an official document: the issuing body on a short line, the date it signed on the next
 * (`国务院办公厅` / `2018年12月4日`, `二〇二三年三月五日`). A date line right after the last paragraph, with no issuer
 * above it, is a signature date too (the issuer is left out when the page already names it).
 */
import { findDates, isDateLine } from './dates.js';

export interface Signature {
  /** The issuing body, when printed above the date. */
  issuer?: string;
  date: string;
  /** 0-based index of the date line. */
  line: number;
}

const NOT_ISSUER = /[。；;，,：:|《》“”]/;
const MAX_ISSUER = 40;
/** A paragraph that ends a sentence: the body text right above a signature date. */
const SENTENCE_END = /[。！!]$/;

/** The first signature block at or after line `from`. */
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
