/**
 * Removes site chrome: breadcrumbs (the trail is kept in `ctx.facts.breadcrumb`), pagers, lines
 * made only of widget/share/navigation tokens, lines of a chrome shape (document-site chrome, accessibility bars,
 * image credits), server-template markup printed as text, app/social blocks, disclaimer notices and portal menus
 * (chrome-blocks.ts), the heading of an empty attachment box, labels that echo the title below them, the page's metadata block (set apart: the
 * readers still read it, meta-block.ts), and the widget tail of metadata lines (`发布时间:2019-06-03 14:29 文字大小: [ ] 浏览次数:` keeps
 * `发布时间:2019-06-03 14:29`). Every rule looks at a whole line's shape, never at one word in it: catalogue cells
 * hold 联系电话, 办公地址, 依申请公开 too. Footers are a separate pass.
 */
import { BLOCK_LINE_MAX, HEAD_LINES, LIST_MARKER, MAX_CHROME_LINE, META_LINE, META_WIDGET_FRAGMENTS, PAGER_LINE, TEMPLATE_MARKUP } from '../../parsers/shared/lexicons/chrome.js';
import { removeEmptyAttachmentBoxes, removeLinkGrids, removeMenus, removeNotices, removePageHeader, removeTitleEchoes } from './chrome-blocks.js';
import { SENTENCE_PUNCTUATION } from './lexicons/spam-terms.js';
import { linePlace } from '../../parsers/shared/lines.js';
import { chromeShape, chromeTokenKinds, isEmptyMetaLine, isWidgetOnly } from '../../parsers/shared/chrome-line.js';
import { isBlank } from '../../parsers/shared/lines.js';
import { passLines } from './lines.js';
import { remember } from '../../parsers/shared/remember.js';
import { setMetaBlocksApart } from './meta-block.js';
import type { Pass, PassContext } from './types.js';
import { breadcrumbTrail } from '../../parsers/shared/breadcrumb.js';

/** The line without server-template markup printed as text (same line when there is none). */
export function stripTemplateMarkup(line: string): string {
  // Markup opens with `<%`, or is a comment end or start alone on its line.
  if (!line.includes('<%') && (line.length > 8 || !line.includes('--'))) return line;
  const out = line.replace(TEMPLATE_MARKUP, ' ');
  return out === line ? line : out.replace(/\s{2,}/gu, ' ').trim();
}

/** The metadata line without its widget fragments (same line when there are none). */
export function stripMetaWidgets(line: string): string {
  // A sentence that mentions 来源 (`转载时必须注明来源。`) is prose, not a metadata line.
  if (!META_LINE.test(line) || SENTENCE_PUNCTUATION.test(line)) return line;
  let out = line;
  // replace() starts a global regex from the beginning of the string, so the shared regexes need no copy.
  for (const fragment of META_WIDGET_FRAGMENTS) out = out.replace(fragment, ' ');
  if (out === line) return line;
  const indent = /^\s*/u.exec(line)![0];
  const body = out
    .replace(/\s*([•|｜])(?:\s*[•|｜])+/gu, ' $1')
    .replace(/^[\s•|｜]+|[\s•|｜]+$/gu, '')
    .replace(/\s{2,}/gu, ' ');
  return body === '' ? '' : indent + body;
}

interface Removal {
  ruleId: string;
  message: string;
}

function remove(ctx: PassContext, i: number, line: string, r: Removal, expected = ''): void {
  ctx.report({ ruleId: r.ruleId, severity: 'info', message: r.message, place: linePlace(i + 1), actual: line.trim(), expected });
}

/** What the per-line rules make of one line: the line as it stays, and each removal with what it removed. */
interface LineVerdict {
  line: string;
  removals: Array<Removal & { actual: string; expected?: string }>;
  /** The breadcrumb's trail, when the line was one. */
  trail?: string[];
  /** A line of widget/share/navigation tokens (an app block's leftovers sit between such lines). */
  token?: boolean;
}

/** The verdict on most lines: nothing removed (one shared object, so that remembering it costs no memory). */
const UNCHANGED: LineVerdict = Object.freeze({ line: '', removals: [] }) as LineVerdict;

/** The per-line rules, in order; `head`: the line is among the page's first HEAD_LINES non-blank lines. */
function judgeLine(original: string, head: boolean): LineVerdict {
  const removals: LineVerdict['removals'] = [];
  const line = stripTemplateMarkup(original);
  if (line !== original) {
    removals.push({ ruleId: 'clean/chrome-template', message: 'Removed server-template markup the page printed as text.', actual: original, expected: line });
    if (isBlank(line)) return { line, removals };
  }
  const kept: LineVerdict = removals.length > 0 ? { line, removals } : UNCHANGED;
  if (line.length > MAX_CHROME_LINE) return kept;
  const trail = breadcrumbTrail(line);
  // Lines are judged without a list marker in front (`2. 浏览次数: 次`); a marker alone is not chrome.
  const bare = line.replace(LIST_MARKER, '');
  if (bare === '') return kept;
  const removed = (r: Removal, more: Partial<LineVerdict> = {}): LineVerdict => ({ line: '', removals: [...removals, { ...r, actual: line }], ...more });
  if (trail) {
    return removed({
      ruleId: 'clean/chrome-breadcrumb',
      message: trail.length > 0 ? `Removed the breadcrumb; its trail is kept as page metadata: ${trail.join(' > ')}.` : 'Removed a breadcrumb label without its trail.',
    }, { trail });
  }
  if (PAGER_LINE.test(bare)) return removed({ ruleId: 'clean/chrome-pager', message: 'Removed a previous/next-article link.' });
  const kinds = chromeTokenKinds(bare, head);
  if (kinds) return removed({ ruleId: `clean/chrome-${kinds[0]}`, message: `Removed a ${kinds.join('/')} chrome line.` }, { token: true });
  const shape = chromeShape(bare);
  const emptyMeta = !shape && isEmptyMetaLine(bare);
  if (shape || isWidgetOnly(bare) || emptyMeta) {
    const [kind, why] = shape ? [shape.kind, shape.why] : emptyMeta ? ['meta-empty', 'metadata labels without values'] : ['widget', 'widget labels without values'];
    return removed({ ruleId: `clean/chrome-${kind}`, message: `Removed a chrome line: ${why}.` });
  }
  const stripped = stripMetaWidgets(line);
  if (stripped === line) return kept;
  return { line: stripped, removals: [...removals, { ruleId: 'clean/chrome-meta-widget', message: 'Kept the metadata, removed the widget tail.', actual: line, expected: stripped.trim() }] };
}

/**
 * A line's verdict depends on the line and on whether it is in the head: each is judged once (the next cleaning round
 * sees most lines again, and a site prints the same chrome on every page). Verdicts are shared: never mutated. The
 * memo keeps remember's default size (see isPageChrome: a larger one costs memory across a long run).
 */
const MEMO = { maxLength: MAX_CHROME_LINE };
const judgeInHead = remember((line: string) => judgeLine(line, true), MEMO);
const judgeBelow = remember((line: string) => judgeLine(line, false), MEMO);

export const chrome: Pass = {
  id: 'clean/chrome',
  description: 'Removes breadcrumbs, pagers, widget/share/navigation lines, app blocks and metadata widget tails.',
  run(text, ctx) {
    const { lines, join } = passLines(text);
    const out = [...lines];
    let changed = false;
    const tokenLine: boolean[] = lines.map(() => false);
    let nonBlank = 0;
    lines.forEach((original, i) => {
      if (isBlank(original)) return;
      nonBlank += 1;
      const verdict = (nonBlank <= HEAD_LINES ? judgeInHead : judgeBelow)(original);
      if (verdict.removals.length === 0) return;
      out[i] = verdict.line;
      changed = true;
      if (verdict.trail?.length) ctx.facts.breadcrumb ??= verdict.trail;
      if (verdict.token) tokenLine[i] = true;
      for (const r of verdict.removals) remove(ctx, i, r.actual, r, r.expected);
    });
    // Leftovers sit between token lines, so there are none when no line was a token line.
    if (changed) removeBlockLeftovers(lines, out, tokenLine, ctx);
    // Notices and menus span lines: judged on what is left.
    const report = (k: number, r: Removal): void => remove(ctx, k, out[k]!, r);
    const blocks = removeNotices(out, report) + removeMenus(out, report) + removeEmptyAttachmentBoxes(out, report) + removeTitleEchoes(out, report) + removePageHeader(out, report) + removeLinkGrids(out, report);
    // The metadata block last: judged on the head that the chrome above it left.
    const metaLines = setMetaBlocksApart(out, report);
    if (metaLines.length > 0) ctx.facts.metaLines = [...(ctx.facts.metaLines ?? []), ...metaLines];
    return changed || blocks + metaLines.length > 0 ? join(out) : text;
  },
};

/**
 * In an app/social block (`微信公众号 / 扫码关注我们 / … / 灵锡APP / 锡企服务平台 / 回到顶部 / 收起`), short lines
 * sandwiched between token lines are chrome too. Only sandwiched lines go, so a heading next to a block stays.
 */
function removeBlockLeftovers(lines: string[], out: string[], tokenLine: boolean[], ctx: PassContext): void {
  let i = 0;
  while (i < lines.length) {
    if (isBlank(lines[i]!)) {
      i += 1;
      continue;
    }
    let end = i;
    let first = -1;
    let last = -1;
    let tokens = 0;
    for (; end < lines.length && !isBlank(lines[end]!); end += 1) {
      if (!tokenLine[end]) continue;
      if (first < 0) first = end;
      last = end;
      tokens += 1;
    }
    if (tokens >= 3 && tokens * 2 >= end - i && blockIsShort(lines, i, end)) {
      for (let k = first + 1; k < last; k += 1) {
        if (!tokenLine[k]) {
          out[k] = '';
          remove(ctx, k, lines[k]!, { ruleId: 'clean/chrome-block', message: 'Removed a line inside an app/social chrome block.' });
        }
      }
    }
    i = end;
  }
}

function blockIsShort(lines: readonly string[], start: number, end: number): boolean {
  for (let k = start; k < end; k += 1) if (lines[k]!.trim().length > BLOCK_LINE_MAX || SENTENCE_PUNCTUATION.test(lines[k]!)) return false;
  return true;
}
