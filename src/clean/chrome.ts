/**
 * Removes site chrome: breadcrumbs (the trail is kept in `ctx.facts.breadcrumb`), pagers, lines
 * made only of widget/share/navigation tokens, lines of a chrome shape (document-site chrome, accessibility bars,
 * image credits), server-template markup printed as text, app/social blocks, disclaimer notices and portal menus
 * (chrome-blocks.ts), the heading of an empty attachment box, labels that echo the title below them, and the widget tail of metadata lines (`发布时间:2019-06-03 14:29 文字大小: [ ] 浏览次数:` keeps
 * `发布时间:2019-06-03 14:29`). Every rule looks at a whole line's shape, never at one word in it: catalogue cells
 * hold 联系电话, 办公地址, 依申请公开 too. Footers are a separate pass.
 */
import {
  BLOCK_LINE_MAX,
  CHROME_DEBRIS,
  CHROME_LINE_SHAPES,
  CHROME_TOKENS,
  HEAD_LINES,
  HEAD_ONLY_TOKENS,
  LIST_MARKER,
  MAX_CHROME_LINE,
  MAX_SHAPE_LINE,
  MAX_WIDGET_LINE,
  WIDGET_HINT,
  META_LINE,
  META_WIDGET_FRAGMENTS,
  PAGER_LINE,
  TEMPLATE_MARKUP,
} from './lexicons/chrome.js';
import { removeEmptyAttachmentBoxes, removeMenus, removeNotices, removeTitleEchoes } from './chrome-blocks.js';
import { SENTENCE_PUNCTUATION } from './lexicons/spam-terms.js';
import { linePlace } from '../../parsers/shared/lines.js';
import { bmpTable, isBlank, passLines } from './lines.js';
import type { Pass, PassContext } from './types.js';
import { breadcrumbTrail } from '../../parsers/shared/breadcrumb.js';
import { metaLabelRole } from '../../parsers/shared/meta-lines.js';

type Kind = keyof typeof CHROME_TOKENS;
const TOKENS: ReadonlyArray<readonly [string, Kind]> = (Object.keys(CHROME_TOKENS) as Kind[])
  .flatMap((kind) => CHROME_TOKENS[kind].map((t) => [t, kind] as const))
  .sort((a, b) => b[0].length - a[0].length);
const HEAD_TOKENS = [...HEAD_ONLY_TOKENS];

/**
 * Characters a chrome-only line can hold: token characters and debris (plus the head-only tokens in the head).
 * Any other character survives token removal, so a line holding one is not chrome; most lines are dismissed
 * at their first character or two.
 */
function tokenCharacters(extra: readonly string[]): Uint8Array {
  const table = bmpTable(CHROME_DEBRIS);
  for (const token of [...TOKENS.map(([t]) => t), ...extra]) for (let i = 0; i < token.length; i += 1) table[token.charCodeAt(i)] = 1;
  return table;
}
let bodyCharacters: Uint8Array | undefined;
let headCharacters: Uint8Array | undefined;

function onlyTokenCharacters(line: string, inHead: boolean): boolean {
  const allowed = inHead ? (headCharacters ??= tokenCharacters(HEAD_TOKENS)) : (bodyCharacters ??= tokenCharacters([]));
  for (let i = 0; i < line.length; i += 1) if (allowed[line.charCodeAt(i)] !== 1) return false;
  return true;
}

/** The token kinds a line is made of, or undefined when anything but tokens and debris is left. */
export function chromeTokenKinds(line: string, inHead: boolean): Kind[] | undefined {
  if (!onlyTokenCharacters(line, inHead)) return undefined;
  let rest = ` ${line} `;
  const kinds = new Set<Kind>();
  for (const [token, kind] of TOKENS) {
    if (rest.includes(token)) {
      kinds.add(kind);
      rest = rest.split(token).join(' ');
    }
  }
  if (inHead) {
    const words = rest.replace(CHROME_DEBRIS, ' ').trim().split(' ');
    if (words.length > 0 && words.every((w) => HEAD_TOKENS.includes(w as (typeof HEAD_TOKENS)[number]))) {
      kinds.add('nav');
      rest = '';
    }
  }
  if (kinds.size === 0) return undefined;
  return rest.replace(CHROME_DEBRIS, '') === '' ? [...kinds].sort() : undefined;
}

export type ChromeLineKind = 'breadcrumb' | 'pager' | Kind | (typeof CHROME_LINE_SHAPES)[number]['kind'] | 'widget' | 'meta-empty';

/**
 * What kind of chrome a whole line (Simplified) is: a breadcrumb, a pager link, or a line made only of widget, share,
 * navigation or app-block tokens; undefined for any other line. The one recogniser of chrome lines, for this pass and
 * for the document parsers, which must skip chrome on text the passes did not clean.
 */
export function chromeLineKind(line: string, inHead: boolean): ChromeLineKind | undefined {
  if (line.length > MAX_CHROME_LINE || isBlank(line)) return undefined;
  if (breadcrumbTrail(line)) return 'breadcrumb';
  const bare = line.replace(LIST_MARKER, '');
  if (bare === '') return undefined;
  if (PAGER_LINE.test(bare)) return 'pager';
  return chromeTokenKinds(bare, inHead)?.[0] ?? chromeShape(bare)?.kind ?? (isWidgetOnly(bare) ? 'widget' : isEmptyMetaLine(bare) ? 'meta-empty' : undefined);
}

/** Any word a shape needs, as one regex: a line it does not match has no shape (one scan instead of one a word). */
const SHAPE_HINT = new RegExp(
  [...new Set(CHROME_LINE_SHAPES.flatMap((shape) => shape.needs))].map((n) => n.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')).join('|'),
  'u',
);

/** The chrome shape a whole line has (document-site, accessibility, credit …), or undefined. */
export function chromeShape(line: string): (typeof CHROME_LINE_SHAPES)[number] | undefined {
  if (line.length > MAX_SHAPE_LINE || !SHAPE_HINT.test(line)) return undefined;
  return CHROME_LINE_SHAPES.find((shape) => shape.needs.some((n) => line.includes(n)) && shape.pattern.test(line));
}

/** A short line that is nothing but widget fragments (`字号:【`, `阅读量:`, `浏览次数: 次`). */
export function isWidgetOnly(line: string): boolean {
  if (line.length > MAX_WIDGET_LINE || !WIDGET_HINT.test(line)) return false;
  let rest = line;
  for (const fragment of META_WIDGET_FRAGMENTS) rest = rest.replace(fragment, ' ');
  return rest !== line && rest.replace(CHROME_DEBRIS, '') === '';
}

/** Longest line that can be nothing but metadata labels (`主题词:`, `文号 浏览量`). */
const MAX_EMPTY_META_LINE = 40;
const WIDGET_WORDS = new Set<string>(CHROME_TOKENS.widget);

/**
 * A line of metadata labels with no value after any of them (`主题词:`, `文号 浏览量`): the template printed the
 * labels of fields this page left empty, and there is nothing to read. One value anywhere keeps the line, and so
 * does one label word alone without its colon (`标题`, `时间`: a heading or a column name).
 */
export function isEmptyMetaLine(line: string): boolean {
  if (line.length > MAX_EMPTY_META_LINE) return false;
  const words = line.split(CHROME_DEBRIS).filter((w) => w !== '');
  if (words.length === 1 && !/[:：]/u.test(line)) return false;
  return words.length > 0 && words.some((w) => metaLabelRole(w) !== undefined) && words.every((w) => metaLabelRole(w) !== undefined || WIDGET_WORDS.has(w));
}

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
      const line = stripTemplateMarkup(original);
      if (line !== original) {
        out[i] = line;
        changed = true;
        remove(ctx, i, original, { ruleId: 'clean/chrome-template', message: 'Removed server-template markup the page printed as text.' }, line);
        if (isBlank(line)) return;
      }
      if (line.length > MAX_CHROME_LINE) return;
      const trail = breadcrumbTrail(line);
      // Lines are judged without a list marker in front (`2. 浏览次数: 次`); a marker alone is not chrome.
      const bare = line.replace(LIST_MARKER, '');
      if (bare === '') return;
      if (trail) {
        if (trail.length > 0) ctx.facts.breadcrumb ??= trail;
        out[i] = '';
        changed = true;
        remove(ctx, i, line, {
          ruleId: 'clean/chrome-breadcrumb',
          message: trail.length > 0 ? `Removed the breadcrumb; its trail is kept as page metadata: ${trail.join(' > ')}.` : 'Removed a breadcrumb label without its trail.',
        });
        return;
      }
      if (PAGER_LINE.test(bare)) {
        out[i] = '';
        changed = true;
        remove(ctx, i, line, { ruleId: 'clean/chrome-pager', message: 'Removed a previous/next-article link.' });
        return;
      }
      const kinds = chromeTokenKinds(bare, nonBlank <= HEAD_LINES);
      if (kinds) {
        tokenLine[i] = true;
        out[i] = '';
        changed = true;
        remove(ctx, i, line, { ruleId: `clean/chrome-${kinds[0]}`, message: `Removed a ${kinds.join('/')} chrome line.` });
        return;
      }
      const shape = chromeShape(bare);
      const emptyMeta = !shape && isEmptyMetaLine(bare);
      if (shape || isWidgetOnly(bare) || emptyMeta) {
        out[i] = '';
        changed = true;
        const [kind, why] = shape ? [shape.kind, shape.why] : emptyMeta ? ['meta-empty', 'metadata labels without values'] : ['widget', 'widget labels without values'];
        remove(ctx, i, line, { ruleId: `clean/chrome-${kind}`, message: `Removed a chrome line: ${why}.` });
        return;
      }
      const stripped = stripMetaWidgets(line);
      if (stripped !== line) {
        out[i] = stripped;
        changed = true;
        remove(ctx, i, line, { ruleId: 'clean/chrome-meta-widget', message: 'Kept the metadata, removed the widget tail.' }, stripped.trim());
      }
    });
    // Leftovers sit between token lines, so there are none when no line was a token line.
    if (changed) removeBlockLeftovers(lines, out, tokenLine, ctx);
    // Notices and menus span lines: judged on what is left.
    const report = (k: number, r: Removal): void => remove(ctx, k, out[k]!, r);
    const blocks = removeNotices(out, report) + removeMenus(out, report) + removeEmptyAttachmentBoxes(out, report) + removeTitleEchoes(out, report);
    return changed || blocks > 0 ? join(out) : text;
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
