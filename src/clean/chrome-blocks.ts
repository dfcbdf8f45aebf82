/**
 * Chrome that spans lines: a site's copyright/disclaimer notice (its heading and the lines that speak of this site
 * and of reprinting), portal menus (a bar of several menu labels on one line, or a side menu of one label a
 * line), the heading of an attachment box with no attachment under it, and labels in the head that echo the title
 * below them. Works on the chrome pass's output lines in place; a removed line becomes ''.
 */
import {
  ATTACHMENT_BOX_HEADING,
  FILE_NAME_HEADER,
  LINK_GRID_CELL,
  LINK_GRID_LINE,
  LINK_GRID_LINES,
  NAV_BAR_WORD,
  NAV_BAR_WORDS,
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
import { matchLabel } from '../../schemas/field-labels.js';

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

/** A side menu's sub-item (`·机构职责` under `法定主动公开内容`): a bullet and a short label. */
const SUB_ITEM = /^\s*[·•]\s*[\p{Script=Han}A-Za-z0-9]{2,12}\s*$/u;

/** The next non-blank line after `i`, or -1. */
function nextText(lines: readonly string[], i: number): number {
  for (let k = i + 1; k < lines.length; k += 1) if (!isBlank(lines[k]!)) return k;
  return -1;
}

/**
 * Removes menu bars and side menus; returns the number of lines removed. A side menu's label may be broken over two
 * lines (`政府信息` / `公开指南`), and its sub-items (`·机构职责`) go with it; only its labels are counted.
 */
export function removeMenus(lines: string[], remove: RemoveLine): number {
  let removed = 0;
  const bar = { ruleId: 'clean/chrome-menu', message: 'Removed a menu bar (portal menu labels only).' };
  const side = { ruleId: 'clean/chrome-menu', message: 'Removed a side menu (a run of portal menu labels, one a line).' };
  let run: { lines: number[]; label?: string }[] = [];
  const endRun = (): void => {
    // Distinct labels: a catalogue written one cell a line may repeat a label (item name, then content).
    if (new Set(run.flatMap((r) => (r.label ? [r.label] : []))).size >= MENU_RUN_LINES) {
      const ks = run.flatMap((r) => r.lines);
      for (const k of ks) if (lines[k] !== '') clear(lines, k, remove, side);
      removed += run.length + removeMenuEdges(lines, ks[0]!, ks[ks.length - 1]!, remove);
    }
    run = [];
  };
  for (let i = 0; i < lines.length; i += 1) {
    if (isBlank(lines[i]!)) continue;
    const labels = menuLabels(lines[i]!);
    if (labels && new Set(labels).size >= MENU_BAR_LABELS) {
      clear(lines, i, remove, bar);
      removed += 1;
      continue;
    }
    if (labels?.length === 1) {
      run.push({ lines: [i], label: labels[0]! });
      continue;
    }
    if (!labels && run.length > 0 && SUB_ITEM.test(lines[i]!)) {
      run.push({ lines: [i] });
      continue;
    }
    const next = labels ? -1 : nextText(lines, i);
    const joined = next < 0 ? undefined : menuLabels(lines[i]!.trim() + lines[next]!.trim());
    if (joined?.length === 1) {
      run.push({ lines: [i, next], label: joined[0]! });
      i = next;
      continue;
    }
    endRun();
  }
  endRun();
  return removed;
}

/** A menu's heading drawn letter-spaced (`政      策`): single characters with gaps between them. */
const SPACED_HEADING = /^\s*\p{Script=Han}(?:[\s\u3000]{2,}\p{Script=Han}){1,3}\s*$/u;
/** Longest edge line of a side menu, spaces aside (`国家、省、县区和部门政府信息公开平台`). */
const MENU_EDGE_MAX = 20;

/** The previous non-blank line before `i`, or -1. */
function previousText(lines: readonly string[], i: number): number {
  for (let k = i - 1; k >= 0; k -= 1) if (!isBlank(lines[k]!)) return k;
  return -1;
}

/**
 * The lines just above and below a removed side menu that belong to it: its letter-spaced heading (`政      策`),
 * or a short link that names a menu label within it (`国家、省、县区和部门政府信息公开平台`). A title (`…政府信息公开指南`)
 * or a sentence next to a menu is kept.
 */
function removeMenuEdges(lines: string[], first: number, last: number, remove: RemoveLine): number {
  const removal = { ruleId: 'clean/chrome-menu', message: 'Removed the heading or an extra link at the edge of a side menu.' };
  let removed = 0;
  for (const k of [previousText(lines, first), nextText(lines, last)]) {
    if (k < 0) continue;
    const s = lines[k]!.trim();
    const bare = s.replace(/[\s\u3000]/gu, '');
    if (bare.length > MENU_EDGE_MAX || /[。，,；;：:！？!?]/u.test(s) || isTitleLine(s)) continue;
    if (!SPACED_HEADING.test(s) && !MENU_LABELS.some((label) => label.length >= 4 && bare.includes(label))) continue;
    clear(lines, k, remove, removal);
    removed += 1;
  }
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

/**
 * Removes the page's first line when it is a site's header rather than the page's text: a menu bar of short words
 * (no catalogue column label among them, and no row of as many cells under it), or the name of the file a document site shows (`某某目录.doc`, when the
 * next line names no file: a list of attachments is kept). Returns the number of lines removed.
 */
export function removePageHeader(lines: string[], remove: RemoveLine): number {
  const first = nextText(lines, -1);
  if (first < 0) return 0;
  const s = lines[first]!.trim();
  const words = s.split(/[\s\u3000]+/u);
  const next = nextText(lines, first);
  // A header over rows of as many cells is a table's, whatever its labels.
  const rowCells = next < 0 ? 0 : lines[next]!.trim().split(/[\s\u3000]+/u).length;
  if (words.length >= NAV_BAR_WORDS && Math.abs(rowCells - words.length) > 1 && words.every((w) => NAV_BAR_WORD.test(w) && matchLabel(w) === undefined)) {
    clear(lines, first, remove, { ruleId: 'clean/chrome-menu', message: "Removed the site's menu bar at the top of the page (short words, no column labels)." });
    return 1;
  }
  if (FILE_NAME_HEADER.test(s) && !/^(?:\d{1,2}\s*[.、．]|附件)/u.test(s) && (next < 0 || !FILE_NAME.test(lines[next]!))) {
    clear(lines, first, remove, { ruleId: 'clean/chrome-docsite', message: "Removed a document site's header: the name of the file the page shows." });
    return 1;
  }
  return 0;
}

/** The cells of a line of a link grid (split at white space), or undefined when the line cannot be one. */
function gridCells(line: string): string[] | undefined {
  const s = line.trim();
  if (s.length > LINK_GRID_LINE || /[。！？!?]/u.test(s)) return undefined;
  // Cut titles between spaces; a tab-separated row (codes, figures) is a table's.
  if (s.includes('\t')) return undefined;
  const cells = s.split(/[ \u3000]+/u);
  const han = cells[0]!.match(/\p{Script=Han}/gu)?.length ?? 0;
  return cells.length >= 2 && han >= LINK_GRID_CELL ? cells : undefined;
}

/**
 * Removes lists of links cut to one width (related articles printed three to a line, each title cut at the same
 * length): LINK_GRID_LINES lines in a row whose first cells are equally long. Prose, a table's rows and a list of
 * documents have cells of many lengths. Returns the number of lines removed.
 */
export function removeLinkGrids(lines: string[], remove: RemoveLine): number {
  const removal = { ruleId: 'clean/chrome-links', message: 'Removed a list of links cut to one width (related articles).' };
  let removed = 0;
  let run: number[] = [];
  let firsts = new Set<string>();
  let width = -1;
  const endRun = (): void => {
    if (run.length >= LINK_GRID_LINES) for (const k of run) clear(lines, k, remove, removal);
    if (run.length >= LINK_GRID_LINES) removed += run.length;
    run = [];
    firsts = new Set();
    width = -1;
  };
  for (let i = 0; i < lines.length; i += 1) {
    if (isBlank(lines[i]!)) continue;
    const cells = gridCells(lines[i]!);
    // Each link names another article: a first cell repeated (a category filled down a table) is no link.
    if (!cells || (width >= 0 && cells[0]!.length !== width) || firsts.has(cells[0]!)) endRun();
    if (!cells) continue;
    if (width < 0) width = cells[0]!.length;
    firsts.add(cells[0]!);
    run.push(i);
  }
  endRun();
  return removed;
}
