/**
 * 公开时限 → clauses. Pure; never throws: text it cannot read becomes an `unknown` clause that keeps it.
 * Each clause's `text` is its verbatim slice of the cell; `scope` and `qualifier` are normalised (Simplified, no
 * whitespace) so that equal meanings compare equal across Traditional and wrapped cells.
 */
import type { TimeClause, TimeLimit } from '../../schemas/catalog-item.js';
import { findTimeMatches, type TimeMatch } from './time-matches.js';
import { originalRange, splitSegments, tidyEdges, type Segment } from './time-segments.js';
import { ADVERB_QUALIFIER, DEFAULT_ACTIONS, DURATION_NOUNS, SCOPE_END, TRIGGERS } from './time-vocabulary.js';

type ClauseBody = Omit<TimeClause, 'text'>;
/** A clause and the original-text range it was read from (it may grow when a later segment extends it). */
interface Draft {
  body: ClauseBody;
  start: number;
  end: number;
}

export function parseTimeLimit(text: string): TimeLimit {
  if (text.trim() === '') return { text: '', clauses: [] };
  const drafts: Draft[] = [];
  try {
    for (const segment of splitSegments(text)) readSegment(segment, drafts);
  } catch {
    // Defensive only: one odd cell must not stop a whole ingest; the text is kept as an unknown clause.
    drafts.length = 0;
  }
  if (drafts.length === 0) return { text, clauses: [{ kind: 'unknown', text: text.trim() }] };
  // kind first, then the clause's own text, then the parsed values: the order readers see in items.jsonl.
  const clauses = drafts.map(({ body: { kind, ...values }, start, end }) => ({
    kind,
    text: tidyEdges(text.slice(start, end)),
    ...values,
  }));
  return { text, clauses };
}

/** Adds the segment's clauses to `previous`, or extends its last clause (`…;可延长7个工作日`). */
function readSegment(segment: Segment, previous: Draft[]): void {
  const matches = resolveBounds(findTimeMatches(segment.compact), previous.at(-1));
  const openers = matches.filter((m) => m.role === 'clause');
  const whole = originalRange(segment, 0, segment.compact.length);
  if (openers.length === 0) {
    const last = previous.at(-1);
    if (matches.length > 0 && last) {
      for (const m of matches) applyModifier(last.body, m);
      last.end = whole[1];
    } else if (tidy(segment.compact) !== '') {
      previous.push({ body: { kind: 'unknown' }, start: whole[0], end: whole[1] });
    }
    return;
  }
  const refiners = matches.filter((m) => m.role !== 'clause');
  let next = 0; // refiners and openers are both in text order: walk them together
  let from = 0;
  openers.forEach((opener, i) => {
    const split = i === openers.length - 1 ? undefined : cut(segment.compact, opener, openers[i + 1]!);
    const to = split ? split.end : segment.compact.length;
    const modifiers: TimeMatch[] = [];
    while (next < refiners.length && refiners[next]!.start < to) modifiers.push(refiners[next++]!);
    const [start, end] = originalRange(segment, from, to);
    previous.push({ body: buildClause(segment.compact, from, to, opener, modifiers), start, end });
    from = split ? split.nextStart : to;
  });
}

/** `不超过5个工作日` bounds a clause that has no amount of its own (`与文件同步发布,…`); otherwise it is the limit itself. */
function resolveBounds(matches: TimeMatch[], before: Draft | undefined): TimeMatch[] {
  let lastHasAmount = before ? before.body.amount !== undefined : true;
  return matches.map((m) => {
    if (m.role === 'bound' && lastHasAmount) m = { ...m, role: 'clause' };
    if (m.role === 'clause') lastHasAmount = m.amount !== undefined;
    return m;
  });
}

/**
 * Where the text between two clauses divides: after its last comma (`…举行新闻发布会,其他政务舆情在48小时内`), else at
 * 或 (`每年的12月或更改内容后一周内`), else the whole gap leads into the next clause (it names its trigger).
 */
function cut(compact: string, left: TimeMatch, right: TimeMatch): { end: number; nextStart: number } {
  const gap = compact.slice(left.end, right.start);
  const comma = gap.lastIndexOf(',');
  const or = gap.indexOf('或');
  const at = comma >= 0 ? comma : or;
  if (at < 0) return { end: left.end, nextStart: left.end };
  return { end: left.end + at, nextStart: left.end + at + 1 };
}

function buildClause(compact: string, from: number, to: number, opener: TimeMatch, modifiers: TimeMatch[]): ClauseBody {
  const prefix = compact.slice(from, opener.start);
  const trailing = trailingText(compact, opener.end, to, modifiers);
  let kind = opener.kind;
  // `预公开的时间一般为7天`: a period's length, not a deadline.
  if (kind === 'after_event' && !opener.within && DURATION_NOUNS.test(prefix) && prefix.endsWith('为')) kind = 'min_duration';
  const body: ClauseBody = { kind };
  if (opener.amount !== undefined) Object.assign(body, { amount: opener.amount, unit: opener.unit });
  if (opener.deadline) body.deadline = opener.deadline;
  if (opener.period) body.period = opener.period;
  for (const m of modifiers) applyModifier(body, m);
  if (kind === 'after_event') {
    const scopeEnd = prefix.search(SCOPE_END);
    const scope = scopeEnd > 0 ? caseName(prefix.slice(0, scopeEnd)) : '';
    if (scope) body.scope = scope;
    body.trigger = triggerOf(scopeEnd > 0 ? prefix.slice(scopeEnd) : prefix) ?? triggerOf(prefix) ?? eventOrUnknown(prefix);
  } else if (kind === 'min_duration') {
    const subject = caseName(prefix).replace(/(一般|应当|应|在|为)+$/, '');
    if (subject) body.qualifier = subject;
  } else if (kind !== 'ditto' && kind !== 'unknown') {
    const scope = caseName(prefix);
    if (scope) body.scope = scope;
  }
  const qualifier = opener.keyword ?? actionQualifier(trailing);
  if (qualifier && body.qualifier === undefined) body.qualifier = qualifier;
  return body;
}

function applyModifier(body: ClauseBody, m: TimeMatch): void {
  if (m.amount === undefined || m.unit === undefined) return;
  if (m.role === 'extension') body.maxExtension = { amount: m.amount, unit: m.unit };
  else if (m.role === 'bound' && body.amount === undefined) Object.assign(body, { amount: m.amount, unit: m.unit });
}

/** Text after the timed phrase, comma part by comma part, without the modifiers' own words. */
function trailingText(compact: string, from: number, to: number, modifiers: TimeMatch[]): string {
  const parts: string[] = [];
  let at = from;
  for (const part of compact.slice(from, to).split(',')) {
    const end = at + part.length;
    const inside = modifiers.find((m) => m.start >= at && m.start < end);
    parts.push(inside ? compact.slice(at, inside.start) : part);
    at = end + 1;
  }
  return parts.map(tidy).filter(Boolean).join(',');
}

function actionQualifier(trailing: string): string | undefined {
  const q = trailing.replace(/^的/, '');
  if (q === '' || DEFAULT_ACTIONS.has(q)) return undefined;
  return ADVERB_QUALIFIER.exec(q)?.[1] ?? q;
}

function triggerOf(text: string): string | undefined {
  return TRIGGERS.find((t) => t.pattern.test(text))?.trigger;
}

/** An event the vocabulary does not know (`自收到材料之日起`) is `other`; no event at all is `unknown`. */
function eventOrUnknown(prefix: string): string {
  return /(后|起|之日)/.test(prefix) ? 'other' : 'unknown';
}

/** The case a clause covers: `其中行政许可、行政处罚事项` → `行政许可、行政处罚事项`. */
function caseName(s: string): string {
  return tidy(tidy(s).replace(/^(其中|对于|对)/, ''));
}

function tidy(s: string): string {
  return s.replace(/^[\s,;:、。()…."“”'\u0000]+|[\s,;:、。()…."“”'\u0000]+$/g, '');
}
