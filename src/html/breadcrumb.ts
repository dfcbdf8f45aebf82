/**
 * The breadcrumb (`当前位置:首页 > 政府信息公开 > … > 政府信息公开制度`): found by its label or by a crumb/position
 * class, split into segments without 首页. Its line is chrome in the text, its segments are the category of a document.
 */
import { BREADCRUMB_LABEL, categoryCrumbs, crumbsOf } from '../../parsers/shared/breadcrumb.js';
import { compact, rawText, shortTexts, type AnyNode, type Element } from './dom.js';

const CLASS_PARTS = ['crumb', 'position', 'location', 'weizhi', 'dqwz', 'mbx'];
const ID_PARTS = ['crumb', 'position', 'dqwz'];

/** A breadcrumb by its class or id (values compared case-sensitively, as the CSS attribute selectors do). */
function isCrumbBlock(el: Element): boolean {
  const { class: cls, id } = el.attribs;
  return (cls !== undefined && CLASS_PARTS.some((p) => cls.includes(p))) || (id !== undefined && ID_PARTS.some((p) => id.includes(p)));
}
/** A label block must also hold a separator. */
const SEP = /(?:>|＞|»|›|→|\/|\\)/u;

export interface Breadcrumb {
  segments: string[];
  /** The breadcrumb as one line of text (to recognise it among rendered lines). */
  text: string;
}

/** `elements`: every element of the page in document order; `body`: the <body> (or the document root). */
export function breadcrumb(elements: readonly Element[], body: AnyNode): Breadcrumb | undefined {
  const texts = shortTexts(body, 400);
  // Every label holds 位 and 置 (spaces apart at most): other texts are not compacted and tested.
  const byLabel = [...texts].filter(([, raw]) => raw.includes('位') && raw.includes('置') && BREADCRUMB_LABEL.test(compact(raw)) && SEP.test(raw)).map(([el]) => el);
  // The smallest element holding the label: one with no matching child.
  const matching = new Set(byLabel);
  const labelled = byLabel.filter((el) => !el.children.some((c) => matching.has(c as Element))).reverse();
  const candidates = [...labelled, ...elements.filter(isCrumbBlock)];
  for (const el of candidates) {
    const text = rawText(el).replace(/[\s\u00a0]+/g, ' ').trim();
    const segments = categoryCrumbs(crumbsOf(text));
    if (segments.length >= 1 && text.length <= 300) return { segments, text };
  }
  return undefined;
}
