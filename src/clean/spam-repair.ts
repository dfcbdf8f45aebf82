/**
 * Spam substitution repair. Hacked pages replace a word with a gambling brand:
 * - in a title slot (`《国务院办公厅365体育官网全面推行…》`) the brand stood for 关于 → put 关于 back;
 * - elsewhere the original is put back only when evidence proves it: the same sentence reads clean in a
 *   canonical legal text or elsewhere in the batch (`公开指南和365体育官网应当及时更新` → 条例 第十二条);
 * - otherwise the brand is removed and the text is flagged `clean/spam-substitution-unresolved`.
 * A brand never survives. Every repair and removal is reported with place, actual and expected.
 */
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import { CANONICAL_TEXTS } from './lexicons/canonical-texts.js';
import { TITLE_BRACKETS, TITLE_SLOT_WORD, TITLE_VERBS } from './lexicons/title-slot.js';
import { findBrands, type BrandMatch } from './spam-terms.js';

export const REPAIRED = 'clean/spam-substitution';
export const UNRESOLVED = 'clean/spam-substitution-unresolved';

export interface SpamFix {
  /** Offset of the brand in the text. */
  index: number;
  token: string;
  /** What replaces it ('' when removed). */
  replacement: string;
  how: 'title-slot' | 'evidence' | 'unresolved';
}

/** Context sizes (left, right) tried for evidence, longest first; shorter contexts prove less. */
const CONTEXTS: ReadonlyArray<readonly [number, number]> = [
  [10, 10],
  [8, 8],
  [6, 6],
  [4, 6],
  [6, 4],
  [4, 4],
  // A long context on one side makes a short one enough on the other (`《中华人民共和国` + ? + `条例》`).
  [8, 3],
  [3, 8],
  // A numbered heading has only its number on the left (`四、` + ? + `行政复议、行政诉讼情况`): a long right side proves it.
  [2, 10],
];
/** Longest word a brand may have replaced. */
const MAX_REPLACED = 20;
/** How far back a title bracket may open. */
const MAX_TITLE_REACH = 120;

const OPENERS = Object.keys(TITLE_BRACKETS);
const VERBS = [...TITLE_VERBS].sort((a, b) => b.length - a.length);
/** `厅365体育官网印发<…>`: a publishing verb followed by a bracketed title is a 关于-title even without 《. */
const PUBLISH_THEN_TITLE = /^(?:印发|转发|印發|轉發)[《〈<＜]/u;

/** The evidence corpus: canonical legal texts plus any batch texts (other items, other files). */
export function buildEvidence(...texts: readonly string[]): string[] {
  return [...CANONICAL_TEXTS, ...texts];
}

function inTitleSlot(text: string, m: BrandMatch): boolean {
  const after = text.slice(m.index + m.token.length);
  if (PUBLISH_THEN_TITLE.test(after)) return true;
  if (!VERBS.some((v) => after.startsWith(v))) return false;
  const lineStart = text.lastIndexOf('\n', m.index) + 1;
  const before = text.slice(Math.max(lineStart, m.index - MAX_TITLE_REACH), m.index);
  for (let i = before.length - 1; i >= 0; i -= 1) {
    const ch = before[i]!;
    if (OPENERS.includes(ch)) return true;
    // A closer met first means the brand stands after a finished title, not inside one.
    if (Object.values(TITLE_BRACKETS).includes(ch)) return false;
  }
  return false;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The word the evidence puts between the brand's neighbours, when the evidence agrees on exactly one. */
function provenWord(text: string, m: BrandMatch, evidence: readonly string[]): string | undefined {
  const lineStart = text.lastIndexOf('\n', m.index) + 1;
  const lineEndAt = text.indexOf('\n', m.index);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  // Indentation is no evidence: a brand at the start of an indented line has no left context.
  const left = text.slice(lineStart, m.index).trimStart();
  const right = text.slice(m.index + m.token.length, lineEnd).trimEnd();
  for (const [l, r] of CONTEXTS) {
    if (left.length < l || right.length < r) continue;
    const pattern = new RegExp(`${escape(left.slice(-l))}([^\\n]{1,${MAX_REPLACED}}?)${escape(right.slice(0, r))}`, 'gu');
    const words = new Set<string>();
    for (const source of evidence) {
      for (const hit of source.matchAll(pattern)) {
        const word = hit[1]!;
        if (findBrands(word).length === 0) words.add(word);
      }
    }
    if (words.size === 1) return [...words][0];
    if (words.size > 1) return undefined;
  }
  return undefined;
}

/**
 * Evidence searches scan the whole corpus; a page with thousands of substituted names must not take minutes.
 * Past this many searches the remaining brands are removed and flagged unresolved.
 */
const MAX_EVIDENCE_SEARCHES = 200;

/** Decides what each brand in the text becomes. The text itself is part of the evidence. */
export function planSpamFixes(text: string, evidence?: readonly string[]): SpamFix[] {
  const brands = findBrands(text);
  // Most cells hold no brand: no evidence corpus is built or copied for them (a workbook has tens of thousands).
  if (brands.length === 0) return [];
  const corpus = [...(evidence ?? buildEvidence()), text];
  let searches = 0;
  return brands.map((m) => {
    if (inTitleSlot(text, m)) return { ...m, replacement: TITLE_SLOT_WORD, how: 'title-slot' as const };
    searches += 1;
    const word = searches <= MAX_EVIDENCE_SEARCHES ? provenWord(text, m, corpus) : undefined;
    if (word !== undefined) return { ...m, replacement: word, how: 'evidence' as const };
    return { ...m, replacement: '', how: 'unresolved' as const };
  });
}

export interface SpamRepairOptions {
  report(diagnostic: DiagnosticInput): void;
  /** Where the text is: a fixed place (`L4 basis`) or a function of the brand's offset (`L<n>` in a page). */
  place: string | ((index: number) => string);
  /** Canonical texts + batch texts; defaults to the canonical texts only. */
  evidence?: readonly string[];
}

export interface SpamRepairResult {
  text: string;
  repaired: number;
  unresolved: number;
}

/** Repairs every brand in a running text and reports each fix. */
export function repairSpamText(text: string, options: SpamRepairOptions): SpamRepairResult {
  const fixes = planSpamFixes(text, options.evidence);
  let out = text;
  for (const fix of [...fixes].reverse()) {
    out = out.slice(0, fix.index) + fix.replacement + out.slice(fix.index + fix.token.length);
  }
  for (const fix of fixes) {
    const place = typeof options.place === 'string' ? options.place : options.place(fix.index);
    options.report(
      fix.how === 'unresolved'
        ? {
            ruleId: UNRESOLVED,
            severity: 'warning',
            message: `Removed gambling brand "${fix.token}"; no evidence shows the word it replaced (often a place or agency name). Check the original page.`,
            place,
            actual: fix.token,
            expected: '',
          }
        : {
            ruleId: REPAIRED,
            severity: 'warning',
            message:
              fix.how === 'title-slot'
                ? `Put back "${fix.replacement}" where gambling brand "${fix.token}" replaced it in a title.`
                : `Put back "${fix.replacement}" where gambling brand "${fix.token}" replaced it (the same text reads clean in the evidence).`,
            place,
            actual: fix.token,
            expected: fix.replacement,
          },
    );
  }
  const unresolved = fixes.filter((f) => f.how === 'unresolved').length;
  return { text: out, repaired: fixes.length - unresolved, unresolved };
}
