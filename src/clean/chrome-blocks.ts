/**
 * Chrome that spans lines: a site's copyright/disclaimer notice (its heading and the lines that speak of this site
 * and of reprinting), portal menus (a bar of several menu labels on one line, or a side menu of one label a
 * line), the heading of an attachment box with no attachment under it, and labels in the head that echo the title
 * below them. Works on the chrome pass's output lines in place; a removed line becomes ''.
 */
import {
  ATTACHMENT_BOX_HEADING,
  HEAD_LINES,
  MENU_BAR_LABELS,
  MENU_LABELS,
  MENU_RUN_LINES,
  NOTICE_HEADING,
  NOTICE_LINE,
  NOTICE_MAX_LINES,
  TITLE_ECHO_GAP,
  TITLE_ECHO_MAX,
} from '../../parsers/shared/lexicons/chrome.js';
import { attachmentOf, FILE_NAME } from '../../parsers/shared/attachment-lines.js';
import { isTitleLine } from '../../parsers/shared/title-line.js';
import { isBlank } from '../../parsers/shared/lines.js';

export type RemoveLine = (index: number, removal: { ruleId: string; message: string }) => void;

function clear(lines: string[], k: number, remove: RemoveLine, removal: { ruleId: string; message: string }): void {
  remove(k, removal);
  lines[k] = '';
}

/** A text that is part of a site's copyright/disclaimer notice (its heading or one of its lines). */
export function isSiteNotice(text: string): boolean {
  return NOTICE_HEADING.test(text) || NOTICE_LINE.test(text);
}

/** Removes notice blocks; returns the number of lines removed. */
export function removeNotices(lines: string[], remove: RemoveLine): number {
  let removed = 0;
  for (let i = 0; i < lines.length; i += 1) {
    if (!NOTICE_HEADING.test(lines[i]!)) continue;
    const body: number[] = [];
    for (let k = i + 1; k < lines.length && body.length < NOTICE_MAX_LINES; k += 1) {
      if (isBlank(lines[k]!)) continue;
      if (!NOTICE_LINE.test(lines[k]!)) break;
      body.push(k);
    }
    // A heading with no notice under it may be a section of the document (a guide's 免责声明 chapter).
    if (body.length === 0) continue;
    const removal = { ruleId: 'clean/chrome-notice', message: "Removed the site's copyright/disclaimer notice." };
    for (const k of [i, ...body]) clear(lines, k, remove, removal);
    removed += body.length + 1;
    i = body[body.length - 1]!;
  }
  return removed;
}

const LABELS = new Set<string>(MENU_LABELS);
/** Separators between labels on a menu bar (not `|`: a row of cells is a table, whatever its cells say). */
const BAR_SEPARATOR = /[\s•·/]+/u;

/** Longest line a menu bar can be (all its labels with their separators). */
const MAX_BAR_LINE = 120;

/** Characters a menu line can hold: those of the labels and the separators. Most lines fail at their first character. */
const MENU_CHARACTERS = new Set([...MENU_LABELS.join(''), ' ', '\t', '\u3000', '\u00a0', '•', '·', '/']);

function onlyMenuCharacters(line: string): boolean {
  for (const ch of line) if (!MENU_CHARACTERS.has(ch)) return false;
  return true;
}

/** The labels of a line made of menu labels only, or undefined. */
function menuLabels(line: string): string[] | undefined {
  if (line.length > MAX_BAR_LINE || !onlyMenuCharacters(line)) return undefined;
  const words = line.trim().split(BAR_SEPARATOR).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => LABELS.has(w)) ? words : undefined;
}

/** Removes menu bars and side menus; returns the number of lines removed. */
export function removeMenus(lines: string[], remove: RemoveLine): number {
  let removed = 0;
  const bar = { ruleId: 'clean/chrome-menu', message: 'Removed a menu bar (portal menu labels only).' };
  const side = { ruleId: 'clean/chrome-menu', message: 'Removed a side menu (a run of portal menu labels, one a line).' };
  let run: number[] = [];
  // Distinct labels: a catalogue written one cell a line may repeat a label (item name, then content).
  const distinct = (ks: readonly number[]): number => new Set(ks.map((k) => lines[k]!.trim())).size;
  const endRun = (): void => {
    if (distinct(run) >= MENU_RUN_LINES) {
      for (const k of run) if (lines[k] !== '') clear(lines, k, remove, side);
      removed += run.length;
    }
    run = [];
  };
  for (let i = 0; i < lines.length; i += 1) {
    if (isBlank(lines[i]!)) continue;
    const labels = menuLabels(lines[i]!);
    if (!labels) {
      endRun();
      continue;
    }
    if (new Set(labels).size >= MENU_BAR_LABELS) {
      clear(lines, i, remove, bar);
      removed += 1;
      continue;
    }
    if (labels.length === 1) run.push(i);
    else endRun();
  }
  endRun();
  return removed;
}

/** A line that names an attached file: a file name or a link, numbered or not. */
function namesAttachment(line: string): boolean {
  const a = attachmentOf(line.replace(/^\s*\d{1,2}\s*[.、．:：]\s*/u, ''));
  return a !== undefined && (a.href !== undefined || FILE_NAME.test(a.name));
}

/** Removes attachment-box headings that no attachment follows; returns the number of lines removed. */
export function removeEmptyAttachmentBoxes(lines: string[], remove: RemoveLine): number {
  let removed = 0;
  const removal = { ruleId: 'clean/chrome-attachment-box', message: "Removed the heading of the page's attachment box: no attachment follows it." };
  for (let i = 0; i < lines.length; i += 1) {
    if (!ATTACHMENT_BOX_HEADING.test(lines[i]!)) continue;
    let next = i + 1;
    while (next < lines.length && isBlank(lines[next]!)) next += 1;
    if (next < lines.length && namesAttachment(lines[next]!)) continue;
    clear(lines, i, remove, removal);
    removed += 1;
  }
  return removed;
}

/** A short label line with no punctuation: a column name or the last crumb of a trail. */
const LABEL_LINE = /^[\p{Script=Han}A-Za-z0-9]+$/u;

/**
 * Removes the column and breadcrumb labels printed above a page's title that only repeat part of it; returns the
 * number of lines removed. The title itself and any label that says something the title does not are kept.
 */
export function removeTitleEchoes(lines: string[], remove: RemoveLine): number {
  const head: number[] = [];
  for (let i = 0; i < lines.length && head.length < HEAD_LINES + TITLE_ECHO_GAP; i += 1) if (!isBlank(lines[i]!)) head.push(i);
  let removed = 0;
  const removal = { ruleId: 'clean/chrome-title-echo', message: 'Removed a column or breadcrumb label that repeats part of the title printed below it.' };
  head.slice(0, HEAD_LINES).forEach((k, at) => {
    const label = lines[k]!.trim();
    if (label.length > TITLE_ECHO_MAX || !LABEL_LINE.test(label)) return;
    const below = head.slice(at + 1, at + 1 + TITLE_ECHO_GAP).map((j) => lines[j]!.trim());
    if (!below.some((t) => t.length > label.length && t.includes(label) && isTitleLine(t))) return;
    clear(lines, k, remove, removal);
    removed += 1;
  });
  return removed;
}
