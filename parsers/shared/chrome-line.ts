/**
 * What kind of chrome a whole line is: a breadcrumb, a pager, a line made only of widget, share or navigation
 * tokens, a line of a chrome shape (document-site, accessibility, credit …) or of widget fragments. The chrome pass
 * removes such lines; document parsers skip them on text the passes did not clean, so both ask this one recogniser.
 */
import { bmpTable } from './char-table.js';
import { breadcrumbTrail } from './breadcrumb.js';
import {
  CHROME_DEBRIS,
  CHROME_LINE_SHAPES,
  CHROME_TOKENS,
  HEAD_ONLY_TOKENS,
  LIST_MARKER,
  MAX_CHROME_LINE,
  MAX_SHAPE_LINE,
  MAX_WIDGET_LINE,
  META_WIDGET_FRAGMENTS,
  PAGER_LINE,
  WIDGET_HINT,
} from './lexicons/chrome.js';
import { isBlank } from './lines.js';
import { metaLabelRole } from './meta-lines.js';

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
