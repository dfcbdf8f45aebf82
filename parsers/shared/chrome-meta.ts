/**
 * The lines of a page's metadata block (`发布日期:…`, `[ 发布机构 ] …`, `索  引  号 … 公开方式 …`, a date alone, and
 * the unlabelled lines printed among them). The chrome pass sets the block apart from the page's text: the readers
 * still take the page's facts from it, but it is no text of the page.
 */
import { META_BLOCK_LINE, META_BLOCK_PROSE, META_BLOCK_SHAPES, LIST_MARKER } from './lexicons/chrome.js';
import { metaLabelRole, readMetaLines } from './meta-lines.js';
import { isLoneDateLine } from './page-meta.js';
import { matchLabel } from '../../schemas/field-labels.js';

/**
 * How a line belongs to a metadata block: `labelled` (the readers read a fact from it), `dated` (a date alone, maybe
 * after a source word), `label-first` (a metadata label and its value without a colon, letters maybe spaced:
 * `索  引  号 1137…/2021-00027`), or the unlabelled shape it has (`index number`, `office name` …), which counts only
 * beside a line of the first three kinds. Undefined for any other line.
 */
export function metaBlockLine(line: string): { kind: string; strong: boolean } | undefined {
  const s = line.replace(LIST_MARKER, '').trim();
  if (s === '' || s.replace(/\s/gu, '').length > META_BLOCK_LINE || META_BLOCK_PROSE.test(s)) return undefined;
  if (readMetaLines([s]).lines.length > 0) return { kind: 'labelled', strong: true };
  if (isLoneDateLine(s)) return { kind: 'dated', strong: true };
  if (labelFirst(s)) return { kind: 'label-first', strong: true };
  const shape = META_BLOCK_SHAPES.find((x) => x.pattern.test(s));
  return shape ? { kind: shape.name, strong: false } : undefined;
}

/**
 * A `label: value` line whose label is a catalogue column (`公开时限: 20个工作日`): a catalogue printed as blocks of
 * labelled lines, not the page's metadata. A block holding one is left as it is.
 */
export function isCatalogueFieldLine(line: string): boolean {
  const label = /^\s*(\p{Script=Han}{2,8})\s*[:：]/u.exec(line.replace(LIST_MARKER, ''))?.[1];
  return label !== undefined && metaLabelRole(label) === undefined && matchLabel(label) !== undefined;
}

/** A metadata label (its letters maybe spaced out) followed by a value: `索引号 0152…`, `索  引  号 1137…`. */
function labelFirst(line: string): boolean {
  const words = line.split(/[\s\u3000]+/u);
  for (let n = 1; n <= 5 && n < words.length; n += 1) {
    // Spaced letters are one character each; a label of several words is no label.
    if (n > 1 && words[n - 1]!.length !== 1) return false;
    const label = words.slice(0, n).join('');
    if (metaLabelRole(label) !== undefined) return metaLabelRole(words[n]!) === undefined;
  }
  return false;
}
