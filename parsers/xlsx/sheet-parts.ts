/**
 * Checks and repairs on the inflated sheet XML, before and after the spreadsheet library reads it. The library drops
 * a whole sheet without a word when one cell names a shared string that does not exist, when the shared-strings
 * part is missing, or when the sheet part itself is missing; it reads an unclosed sheet as empty; and it builds every
 * cell before a cell limit could stop it. Here each of these becomes a diagnostic, and the sheet is repaired so that
 * what can be read is read.
 *
 * The XML is handled as latin1 text (one character per byte), so UTF-8 content passes through unchanged.
 */
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import type { ZipPart } from './unzip.js';

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

/** Positions of the start tags `<c …>` of cells that hold something (`<c …/>` is an empty styled cell). */
function* valueCells(xml: Buffer, prefix: string): Generator<number> {
  const needle = Buffer.from(`<${prefix}c`, 'latin1');
  for (let at = xml.indexOf(needle); at >= 0; at = xml.indexOf(needle, at + needle.length)) {
    if (!isBoundary(xml[at + needle.length])) continue;
    const end = xml.indexOf(0x3e, at);
    if (end < 0) return;
    if (xml[end - 1] !== 0x2f) yield at;
  }
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

/** The sheet cut at `cut` (a row start): the rows before it, then the part's closing tags and what follows them. */
function cutAt(xml: Buffer, prefix: string, cut: number): Buffer {
  const closing = Buffer.from(`</${prefix}sheetData>`, 'latin1');
  const close = xml.indexOf(closing, cut);
  const tail = close >= 0 ? xml.subarray(close) : Buffer.from(`</${prefix}sheetData></${prefix}worksheet>`, 'latin1');
  return Buffer.concat([xml.subarray(0, cut), tail]);
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

/**
 * Before reading: closes sheet XML that ends early (the rows that arrived are read), and cuts the sheets at the row
 * where the workbook's value cells pass `maxCells`, so that the library never builds more cells than the limit.
 */
export function prepareSheets(parts: ZipPart[], maxCells: number, names: Map<string, string>, report: Report): void {
  let budget = maxCells;
  let cutReported = false;
  for (const part of parts) {
    const prefix = sheetPrefix(part.data);
    if (prefix === undefined) continue;
    const sheet = names.get(part.name.toLowerCase()) ?? part.name;
    if (part.data.indexOf(`</${prefix}sheetData>`, 0, 'latin1') < 0) {
      const rows = Buffer.from(`</${prefix}row>`, 'latin1');
      const last = part.data.lastIndexOf(rows);
      const kept = last < 0 ? 0 : last + rows.length;
      const open = part.data.indexOf(`<${prefix}sheetData`, 0, 'latin1');
      const head = last < 0 ? part.data.subarray(0, part.data.indexOf(0x3e, open) + 1) : part.data.subarray(0, kept);
      part.data = Buffer.concat([head, Buffer.from(`</${prefix}sheetData></${prefix}worksheet>`, 'latin1')]);
      report({ ruleId: 'parse/xlsx-sheet-truncated', severity: 'error', place: sheet, actual: 'sheet XML ends before </sheetData>',
        message: `Sheet ${sheet} is cut short (its XML ends inside the cell data): the complete rows before the cut were read, the rest is lost. Download the workbook again.` });
    }
    let cut: number | undefined;
    for (const at of valueCells(part.data, prefix)) {
      if (budget > 0) {
        budget--;
        continue;
      }
      cut = at;
      break;
    }
    if (cut === undefined) continue;
    const row = rowAt(part.data, prefix, cut);
    part.data = cutAt(part.data, prefix, row.start);
    if (cutReported) continue;
    cutReported = true;
    report({ ruleId: 'parse/xlsx-cell-limit', severity: 'error', place: row.row === undefined ? sheet : `${sheet}!A${row.row}`,
      actual: `more than ${maxCells} cells`, expected: `at most ${maxCells} cells per workbook`,
      message: `Stopped reading at the cell limit in sheet ${sheet}${row.row === undefined ? '' : ` (row ${row.row})`}; later cells and sheets were not read. Raise --max-cells if the file is trusted.` });
  }
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
