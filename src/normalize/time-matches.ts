/**
 * Finds the timed expressions of one compact segment: dates, amounts with units, extensions, bounds and keywords.
 * Patterns run from most to least specific; each claims its text so that later patterns cannot reuse it
 * (`每年1月31日前` is a date, not `每年` + `31日`).
 */
import type { TimeClause, TimeUnit } from '../../schemas/catalog-item.js';
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from '../../parsers/shared/chinese-number.js';
import {
  BOUND_BEFORE,
  EXTENSION_BEFORE,
  KEYWORD_CLAUSES,
  MIN_AFTER,
  MIN_BEFORE,
  UNIT_WORDS,
} from './time-vocabulary.js';

export interface TimeMatch {
  start: number;
  end: number;
  /** `clause` opens a clause; `extension` and `bound` refine the clause before them. */
  role: 'clause' | 'extension' | 'bound';
  kind: TimeClause['kind'];
  amount?: number;
  unit?: TimeUnit;
  /** The amount was followed by 内/以内/之内. */
  within?: boolean;
  deadline?: NonNullable<TimeClause['deadline']>;
  period?: TimeClause['period'];
  /** Keyword kept as the qualifier (`及时`, `任期内`). */
  keyword?: string;
}

const CN = CHINESE_NUMERAL_CHARS;
// A numeral must not continue another numeral or follow 第 (`第二周` is an ordinal, not two weeks).
const NUM = `(?<![第\\d])\\d+(?:\\.\\d+)?|(?<![第${CN}])[${CN}]+`;
const UNIT = UNIT_WORDS.map((u) => u.pattern).join('|');
const AMOUNT = `(${NUM})(${UNIT})(以内|之内|内)?`;
const AMOUNT_NO_UNIT = `(?<![第\\d])(\\d+)(以内|之内|内)`;
const ANNUAL = `(每年度?的?)?(${NUM})月(${NUM}|底)(?:日|号)?(之前|以前|前)?`;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

type Build = (m: RegExpExecArray) => Omit<TimeMatch, 'start' | 'end'> | undefined;

const UNIT_EXACT = UNIT_WORDS.map((u) => ({ pattern: new RegExp(`^(?:${u.pattern})`), unit: u.unit }));

function amountOf(m: RegExpExecArray, at: number): Pick<TimeMatch, 'amount' | 'unit' | 'within'> | undefined {
  const amount = parseChineseNumber(m[at]!);
  if (amount === undefined) return undefined;
  // The unit text was captured without its lookahead (`年` of `年(?=以?内)`), so test its start only.
  const unitText = m[at + 1]!;
  const unit = UNIT_EXACT.find((u) => u.pattern.exec(unitText)?.[0] === unitText)?.unit ?? 'unknown';
  return { amount, unit, within: m[at + 2] !== undefined };
}

const PATTERNS: readonly [RegExp, Build][] = [
  [new RegExp(ANNUAL, 'g'), annualDate],
  [new RegExp(`${EXTENSION_BEFORE}${AMOUNT}`, 'g'), (m) => withAmount(m, 'extension', 'unknown')],
  [new RegExp(`${MIN_BEFORE}${AMOUNT}|${AMOUNT}${MIN_AFTER}`, 'g'), (m) =>
    m[1] !== undefined ? withAmount(m, 'clause', 'min_duration') : withAmount(m, 'clause', 'min_duration', 4)],
  [new RegExp(`${BOUND_BEFORE}${AMOUNT}`, 'g'), (m) => withAmount(m, 'bound', 'after_event')],
  [new RegExp(AMOUNT, 'g'), (m) => withAmount(m, 'clause', 'after_event')],
  // `批准后20内`: the unit is missing; keep the amount and say the unit is unknown.
  [new RegExp(AMOUNT_NO_UNIT, 'g'), (m) => {
    const amount = parseChineseNumber(m[1]!);
    return amount === undefined ? undefined : { role: 'clause', kind: 'after_event', amount, unit: 'unknown', within: true };
  }],
  ...KEYWORD_CLAUSES.map((k): [RegExp, Build] => [new RegExp(k.pattern, 'g'), (m) => ({
    role: 'clause',
    kind: k.kind,
    ...(k.period ? { period: k.period } : {}),
    ...(k.qualifier ? { keyword: m[0] } : {}),
  })]),
];

function withAmount(m: RegExpExecArray, role: TimeMatch['role'], kind: TimeClause['kind'], at = 1) {
  const a = amountOf(m, at);
  return a && { role, kind, ...a };
}

function annualDate(m: RegExpExecArray): Omit<TimeMatch, 'start' | 'end'> | undefined {
  const [, everyYear, monthText, dayText, before] = m;
  // A bare `3月5日` is a date only when it is a deadline (前) or recurs (每年).
  if (everyYear === undefined && before === undefined) return undefined;
  const month = parseChineseNumber(monthText!);
  if (month === undefined || month < 1 || month > 12) return undefined;
  const day = dayText === '底' ? MONTH_DAYS[month - 1]! : parseChineseNumber(dayText!);
  if (day === undefined || day < 1 || day > 31) return undefined;
  // `1月31日前` includes the 31st; `4月1日之前` means before the 1st.
  const inclusive = before !== '之前';
  return { role: 'clause', kind: 'annual_date', deadline: { month, day, inclusive } };
}

export function findTimeMatches(compact: string): TimeMatch[] {
  const chars = compact.split('');
  let work = compact;
  const found: TimeMatch[] = [];
  for (const [pattern, build] of PATTERNS) {
    const before = found.length;
    for (const m of work.matchAll(pattern)) {
      if (m[0] === '' || m[0].includes('\u0000')) continue;
      const built = build(m as RegExpExecArray);
      if (!built) continue;
      found.push({ start: m.index!, end: m.index! + m[0].length, ...built });
    }
    if (found.length === before) continue;
    for (const f of found.slice(before)) chars.fill('\u0000', f.start, f.end);
    work = chars.join('');
  }
  // `20个工作日内及时公开`: 及时 qualifies the amount; it is a clause of its own only where no amount or date is given.
  const timed = found.some((f) => f.amount !== undefined || f.deadline !== undefined);
  return found
    .filter((f) => !(timed && f.kind === 'immediate'))
    .sort((a, b) => a.start - b.start);
}
