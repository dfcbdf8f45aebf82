/**
 * Checks and repairs on the inflated sheet XML, before and after the spreadsheet library reads it. The library drops
 * a whole sheet without a word when one cell names a shared string that does not exist, when the shared-strings
 * part is missing, or when the sheet part itself is missing; it reads an unclosed sheet as empty; and it builds every
 * cell, whatever its size, before a cell limit could stop it. Here each of these becomes a diagnostic, and the sheet is repaired so that
 * what can be read is read.
 *
 * The XML is handled as latin1 text (one character per byte), so UTF-8 content passes through unchanged.
 */
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import type { ZipPart } from './unzip.js';
import { MAX_TAG, type PartBounds } from './bounded-inflate.js';
import { leadingText, MAX_CELL_TEXT, MAX_WORKBOOK_TEXT, elementScanner, type Element } from './cell-text.js';

type Report = (d: DiagnosticInput) => void;

/** The prefix of a sheet's elements (`x:` in `<x:sheetData>`), or '' — undefined when the part is not a sheet. */
function sheetPrefix(xml: Buffer): string | undefined {
  const at = xml.indexOf('sheetData');
  if (at < 1) return undefined;
  const open = xml.lastIndexOf('<', at);
  if (open < 0 || at - open > 40) return undefined;
  return xml.toString('latin1', open + 1, at);
}

const isBoundary = (b: number | undefined) => b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;

/** The next start tag `<name …>` (`needle` is `<name`, prefix included) at or after `from`, or -1. */
function nextStartTag(xml: Buffer, needle: Buffer, from: number): number {
  let at = xml.indexOf(needle, from);
  while (at >= 0 && !isBoundary(xml[at + needle.length])) at = xml.indexOf(needle, at + needle.length);
  return at;
}

/** Start of the `<row>` element holding position `at`, and its row number. */
function rowAt(xml: Buffer, prefix: string, at: number): { start: number; row?: number } {
  const needle = Buffer.from(`<${prefix}row`, 'latin1');
  let start = xml.lastIndexOf(needle, at);
  while (start >= 0 && !isBoundary(xml[start + needle.length])) start = xml.lastIndexOf(needle, start - 1);
  if (start < 0) return { start: at };
  const tag = xml.toString('latin1', start, Math.min(xml.indexOf(0x3e, start) + 1 || start + 200, start + 200));
  const r = /\br="(\d+)"/.exec(tag)?.[1];
  return r === undefined ? { start } : { start, row: Number(r) };
}

/** The part's bytes with `edits` (in order, not overlapping) applied and, from `cut` on, only its closing tags. */
function rewrite(xml: Buffer, prefix: string, edits: Edit[], cut?: number): Buffer {
  const pieces: Buffer[] = [];
  let at = 0;
  for (const edit of edits) {
    if (cut !== undefined && edit.start >= cut) break;
    pieces.push(xml.subarray(at, edit.start), edit.bytes);
    at = edit.end;
  }
  if (cut === undefined) pieces.push(xml.subarray(at));
  else {
    const close = xml.indexOf(`</${prefix}sheetData>`, cut, 'latin1');
    pieces.push(xml.subarray(at, cut), close >= 0 ? xml.subarray(close) : Buffer.from(`</${prefix}sheetData></${prefix}worksheet>`, 'latin1'));
  }
  return Buffer.concat(pieces);
}

interface Edit {
  start: number;
  end: number;
  bytes: Buffer;
}

/**
 * What inflating may drop of each part before prepareSheets sees it (see bounded-inflate.ts): text runs past the
 * cell-text limit (a margin kept, so that the cell is still seen as over it), and, in a sheet, everything after the
 * cells pass the limits that prepareSheets cuts at.
 */
export function sheetPartBounds(limits: SheetLimits): (name: string) => PartBounds | undefined {
  const { maxCells, maxCellText = MAX_CELL_TEXT, maxWorkbookText = MAX_WORKBOOK_TEXT } = limits;
  const keepRun = maxCellText + 4096;
  return (name) => {
    const lower = name.toLowerCase();
    if (lower.endsWith('sharedstrings.xml')) return { keepRun };
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(lower)) return { keepRun, maxCells, maxText: maxWorkbookText, maxCellText };
    return undefined;
  };
}

/** Bytes cut from the text runs between `from` and `to` while inflating. */
function squeezedWithin(part: ZipPart, from: number, to: number): number {
  let removed = 0;
  for (const squeeze of part.squeezed ?? []) if (squeeze.at >= from && squeeze.at <= to) removed += squeeze.removed;
  return removed;
}

/** Sheet name of each sheet part (`xl/worksheets/sheet1.xml` → `Sheet1`), from the workbook and its relationships. */
export function sheetNamesByPart(parts: readonly ZipPart[]): Map<string, string> {
  const find = (name: string) => parts.find((p) => p.name.toLowerCase() === name.toLowerCase())?.data.toString('utf8') ?? '';
  const targets = new Map<string, string>();
  for (const tag of find('xl/_rels/workbook.xml.rels').match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id !== undefined && target !== undefined) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^(?:\.\/)?(?:xl\/)?/, '')}`);
  }
  const names = new Map<string, string>();
  for (const tag of find('xl/workbook.xml').match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const name = attribute(tag, 'name');
    const id = attribute(tag, 'r:id') ?? /\b\w+:id="([^"]*)"/.exec(tag)?.[1];
    const part = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && part !== undefined) names.set(part.toLowerCase(), unescapeXml(name));
  }
  return names;
}

const attribute = (tag: string, name: string): string | undefined => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(tag)?.[1];
const unescapeXml = (s: string) => s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);

/** The text of each shared string, in bytes (after the cut), and the indexes of the strings that were cut. */
interface SharedText {
  bytes: number[];
  cut: Set<number>;
}

/** Cuts each shared string longer than MAX_CELL_TEXT (the cells that use it are named when the sheets are read). */
function boundSharedStrings(parts: ZipPart[], maxCellText: number): SharedText {
  const shared: SharedText = { bytes: [], cut: new Set() };
  const part = parts.find((p) => p.name.toLowerCase().endsWith('sharedstrings.xml'));
  if (!part) return shared;
  const xml = part.data;
  const prefix = /<(\w+:)?sst\b/.exec(xml.toString('latin1', 0, 4096))?.[1] ?? '';
  const needle = Buffer.from(`<${prefix}si`, 'latin1');
  const scan = elementScanner(`${prefix}si`, [`<${prefix}si>`, `<${prefix}si `, `</${prefix}sst>`]);
  const edits: Edit[] = [];
  for (let at = nextStartTag(xml, needle, 0); at >= 0; ) {
    const item = scan(xml, at);
    const index = shared.bytes.length;
    shared.bytes.push(Math.min(item?.text ?? 0, maxCellText));
    if (item && item.text > maxCellText) {
      shared.cut.add(index);
      edits.push({ start: at, end: item.end, bytes: Buffer.concat([Buffer.from(`<${prefix}si><${prefix}t xml:space="preserve">`, 'latin1'), leadingText(xml, item, maxCellText), Buffer.from(`</${prefix}t></${prefix}si>`, 'latin1')]) });
    }
    at = nextStartTag(xml, needle, Math.max(item?.end ?? 0, at + needle.length));
  }
  if (edits.length > 0) part.data = rewrite(xml, prefix, edits);
  return shared;
}

/** The bounds prepareSheets holds; the text bounds are fixed (MAX_CELL_TEXT, MAX_WORKBOOK_TEXT) but for tests. */
export interface SheetLimits {
  maxCells: number;
  maxCellText?: number;
  maxWorkbookText?: number;
}

/**
 * Before reading: closes sheet XML that ends early (the rows that arrived are read); cuts a cell or shared string
 * longer than MAX_CELL_TEXT to its first MAX_CELL_TEXT bytes of text; and cuts the sheets at the row where the
 * workbook's value cells pass `maxCells`, or their text passes MAX_WORKBOOK_TEXT. The spreadsheet library never
 * builds more cells or holds more text than the limits.
 */
export function prepareSheets(parts: ZipPart[], limits: SheetLimits, names: Map<string, string>, report: Report): void {
  const { maxCells, maxCellText = MAX_CELL_TEXT, maxWorkbookText = MAX_WORKBOOK_TEXT } = limits;
  const shared = boundSharedStrings(parts, maxCellText);
  /** Cells whose shared string was cut: the first one and how many. */
  const usesOfCut = new Map<number, { place: string; count: number }>();
  let cells = maxCells;
  let text = maxWorkbookText;
  let cutReported = false;
  for (const part of parts) {
    const prefix = sheetPrefix(part.data);
    if (prefix === undefined) continue;
    const sheet = names.get(part.name.toLowerCase()) ?? part.name;
    if (part.stopped !== 'limits' && part.data.indexOf(`</${prefix}sheetData>`, 0, 'latin1') < 0) {
      const rows = Buffer.from(`</${prefix}row>`, 'latin1');
      const last = part.data.lastIndexOf(rows);
      const kept = last < 0 ? 0 : last + rows.length;
      const open = part.data.indexOf(`<${prefix}sheetData`, 0, 'latin1');
      const head = last < 0 ? part.data.subarray(0, part.data.indexOf(0x3e, open) + 1) : part.data.subarray(0, kept);
      part.data = Buffer.concat([head, Buffer.from(`</${prefix}sheetData></${prefix}worksheet>`, 'latin1')]);
      report(
        part.stopped === 'overlong-tag'
          ? { ruleId: 'parse/xlsx-sheet-truncated', severity: 'error', place: sheet, actual: `a tag longer than ${MAX_TAG} bytes`,
              message: `Sheet ${sheet} holds a tag longer than ${MAX_TAG} bytes, which no spreadsheet program writes: the complete rows before it were read, the rest is lost. Check where the workbook came from.` }
          : { ruleId: 'parse/xlsx-sheet-truncated', severity: 'error', place: sheet, actual: 'sheet XML ends before </sheetData>',
              message: `Sheet ${sheet} is cut short (its XML ends inside the cell data): the complete rows before the cut were read, the rest is lost. Download the workbook again.` },
      );
    }
    const xml = part.data;
    const needle = Buffer.from(`<${prefix}c`, 'latin1');
    const scan = elementScanner(`${prefix}c`, [`<${prefix}c `, `<${prefix}c>`, `</${prefix}row>`, `</${prefix}sheetData>`]);
    const edits: Edit[] = [];
    let cut: { at: number; limit: 'cells' | 'text' } | undefined;
    for (let at = nextStartTag(xml, needle, 0); at >= 0; ) {
      const cell = scan(xml, at);
      // `<c …/>`: an empty styled cell, not a value.
      if (cell) {
        const tag = xml.toString('latin1', at, cell.content);
        const place = () => `${sheet}!${/\br="([A-Z]+\d+)"/.exec(tag)?.[1] ?? `A${rowAt(xml, prefix, at).row ?? '?'}`}`;
        let size = cell.text;
        let shownShared: number | undefined;
        if (/\st="s"/.test(tag)) {
          shownShared = Number(/^\s*(?:<(?:\w+:)?v>)?\s*(\d+)/.exec(xml.toString('latin1', cell.content, Math.min(cell.contentEnd, cell.content + 64)))?.[1]);
          size = shared.bytes[shownShared] ?? 0;
        } else size = Math.min(size, maxCellText);
        if (cells === 0 || size > text) {
          cut = { at, limit: cells === 0 ? 'cells' : 'text' };
          break;
        }
        if (shownShared !== undefined && shared.cut.has(shownShared)) {
          const uses = usesOfCut.get(shownShared);
          if (uses) uses.count++;
          else usesOfCut.set(shownShared, { place: place(), count: 1 });
        } else if (shownShared === undefined && cell.text > maxCellText) {
          edits.push({ start: at, end: cell.end, bytes: cutCell(xml, cell, tag, prefix, maxCellText) });
          const bytes = cell.text + squeezedWithin(part, cell.content, cell.contentEnd);
          report({ ruleId: 'parse/xlsx-cell-text-limit', severity: 'error', place: place(), actual: `${bytes} bytes of text`,
            expected: `at most ${maxCellText} bytes in a cell`,
            message: `Cell ${place()} holds ${bytes} bytes of text, more than a catalogue cell needs: its first ${maxCellText} bytes were read, the rest is cut. The rest of the sheet was read. Check the source cell.` });
        }
        cells--;
        text -= size;
      }
      at = nextStartTag(xml, needle, Math.max(cell?.end ?? 0, at + needle.length));
    }
    if (edits.length === 0 && !cut) continue;
    const row = cut && rowAt(xml, prefix, cut.at);
    part.data = rewrite(xml, prefix, edits, row?.start);
    if (!cut || !row || cutReported) continue;
    cutReported = true;
    const where = row.row === undefined ? sheet : `${sheet}!A${row.row}`;
    const inRow = row.row === undefined ? '' : ` (row ${row.row})`;
    report(
      cut.limit === 'cells'
        ? { ruleId: 'parse/xlsx-cell-limit', severity: 'error', place: where, actual: `more than ${maxCells} cells`, expected: `at most ${maxCells} cells per workbook`,
            message: `Stopped reading at the cell limit in sheet ${sheet}${inRow}; later cells and sheets were not read. Raise --max-cells if the file is trusted.` }
        : { ruleId: 'parse/xlsx-text-limit', severity: 'error', place: where, actual: `more than ${maxWorkbookText} bytes of cell text`,
            expected: `at most ${maxWorkbookText} bytes of text in a workbook's cells`,
            message: `Stopped reading in sheet ${sheet}${inRow}: with this row the cells would hold more than ${maxWorkbookText} bytes of text, far more than a catalogue holds; later cells and sheets were not read. Split the workbook if its text is real.` },
    );
  }
  for (const [index, uses] of usesOfCut) {
    report({ ruleId: 'parse/xlsx-cell-text-limit', severity: 'error', place: uses.place, actual: `shared string ${index} holds more than ${maxCellText} bytes of text`,
      expected: `at most ${maxCellText} bytes in a cell`,
      message: `Cell ${uses.place}${uses.count > 1 ? ` (and ${uses.count - 1} other cell(s))` : ''} shows shared string ${index}, which holds more text than a catalogue cell needs: its first ${maxCellText} bytes were read, the rest is cut. Check the source cell.` });
  }
}

/** A cell cut to its first `max` bytes of text: an inline-string cell at the same reference. */
function cutCell(xml: Buffer, cell: Element, tag: string, prefix: string, max: number): Buffer {
  const ref = /\br="([A-Z]+\d+)"/.exec(tag)?.[1];
  const open = `<${prefix}c${ref ? ` r="${ref}"` : ''} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">`;
  return Buffer.concat([Buffer.from(open, 'latin1'), leadingText(xml, cell, max), Buffer.from(`</${prefix}t></${prefix}is></${prefix}c>`, 'latin1')]);
}

/**
 * After a read that lost sheet `sheet` (part `partName`): removes the cells that name a shared string the workbook
 * does not have (`strings` of them), reports them, and says whether the part changed (then it is read again).
 */
export function repairSharedStrings(part: ZipPart, sheet: string, strings: number, report: Report): boolean {
  const prefix = sheetPrefix(part.data) ?? '';
  const xml = part.data.toString('latin1');
  const bad: string[] = [];
  const cell = new RegExp(`<${prefix}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${prefix}c>)`, 'g');
  const repaired = xml.replace(cell, (whole, attrs: string, body: string | undefined) => {
    if (!/\bt="s"/.test(attrs)) return whole;
    const index = Number(/<(?:\w+:)?v>\s*([^<]*?)\s*<\//.exec(body ?? '')?.[1]);
    if (Number.isInteger(index) && index >= 0 && index < strings) return whole;
    bad.push(/\br="([A-Z]+\d+)"/.exec(attrs)?.[1] ?? '?');
    return '';
  });
  if (bad.length === 0) return false;
  part.data = Buffer.from(repaired, 'latin1');
  const shown = bad.slice(0, 5).map((ref) => `${sheet}!${ref}`).join(', ') + (bad.length > 5 ? ', …' : '');
  report(
    strings === 0
      ? { ruleId: 'parse/xlsx-shared-strings-missing', severity: 'error', place: `${sheet}!${bad[0]}`, actual: `${bad.length} text cell(s) without a shared-strings part`,
          message: `Sheet ${sheet} has ${bad.length} text cell(s) (${shown}) whose text is kept in a shared-strings part the workbook does not contain; those cells are empty, the rest of the sheet was read. Save the workbook again from a spreadsheet program.` }
      : { ruleId: 'parse/xlsx-shared-string-index', severity: 'error', place: `${sheet}!${bad[0]}`, actual: `${bad.length} cell(s) name a shared string past the ${strings} the workbook has`,
          message: `Sheet ${sheet}: ${bad.length} cell(s) (${shown}) name a shared string that does not exist; those cells are empty, the rest of the sheet was read. Save the workbook again from a spreadsheet program.` },
  );
  return true;
}
