/**
 * One item per line, fields separated by single spaces, under a header line of space-separated labels
 * (seed 001 layout A). Fields themselves contain spaces, so columns are found by anchors: short leading columns
 * take one token each; 公开渠道/公开时限/公开责任 are read from the end with the channel vocabulary as anchor;
 * the long middle splits into 公开内容/公开依据/条款内容 by the shape of legal citations. The split rows go to the shared
 * table decoder under the header line, like every other table rendering.
 */
import type { DraftItem, ItemField } from '../../schemas/draft-item.js';
import type { Parser, ParseContext, SourceFile } from '../types.js';
import type { CellGrid } from '../shared/cell-grid.js';
import { decodeGrid } from '../shared/decode-grid.js';
import { readHeaderBand, type ColumnSpec } from '../shared/header-band.js';
import { linePlace } from '../shared/lines.js';
import { looksLikeChannelList } from '../shared/cell-shape.js';
import { splitContentBasisClauses } from '../shared/citation-split.js';
import { matchLabel } from '../../schemas/field-labels.js';

const MAX_HEADER_LENGTH = 400;
const LONG_FIELDS: ItemField[] = ['content', 'basis', 'clauses'];
const fieldOf = (c: ColumnSpec): ItemField | undefined => ('field' in c.target ? c.target.field : undefined);

interface HeaderLine {
  line: number;
  /** The header cells as printed: the first row of the grid given to the decoder. */
  labels: string[];
  /** The columns as the decoder reads those cells, which the rows are split into. */
  columns: ColumnSpec[];
}

/** The first line of four or more space-separated words that are all known labels: a word that is not would be a cell. */
function findHeader(lines: string[]): HeaderLine | undefined {
  for (let i = 0; i < lines.length; i++) {
    // A header row is short; long lines (body text, minified pages) are not worth tokenising.
    if (lines[i]!.length > MAX_HEADER_LENGTH) continue;
    const labels = lines[i]!.trim().split(/\s+/);
    if (labels.length < 4 || !labels.every((label) => matchLabel(label))) continue;
    const place = linePlace(i + 1);
    const header: CellGrid = { name: '', rows: [labels.map((text) => ({ text, place }))], rowPlaces: [place] };
    return { line: i, labels, columns: readHeaderBand(header, 0).columns };
  }
  return undefined;
}

/** A `label value` line starts a key/value block: the table ends there. */
const startsKeyValue = (line: string) => {
  const first = line.trim().split(/[\s:：]/)[0] ?? '';
  return first.length > 0 && matchLabel(first) !== undefined && line.trim().length > first.length;
};

export const textRows: Parser = {
  name: 'text-rows',
  description: 'One item per line, fields separated by spaces, under a header line of labels',
  input: 'text',
  format: 'text',
  kind: 'catalogue',
  detect(file: SourceFile): number {
    const hit = findHeader(file.lines.slice(0, 200));
    if (!hit) return 0;
    const next = file.lines.slice(hit.line + 1).find((l) => l.trim());
    // A row may lack its long columns (empty 公开依据/条款内容), so half the header's width is enough.
    return next && !startsKeyValue(next) && next.trim().split(/\s+/).length >= hit.columns.length / 2 ? 0.8 : 0.2;
  },
  parse(file: SourceFile, ctx: ParseContext): DraftItem[] {
    const hit = findHeader(file.lines);
    if (!hit) return [];
    // The header and the split rows make one table for the shared decoder.
    const header = linePlace(hit.line + 1);
    const grid: CellGrid = { name: file.path, rows: [hit.labels.map((text) => ({ text, place: header }))], rowPlaces: [header] };
    for (let i = hit.line + 1; i < file.lines.length; i++) {
      const line = file.lines[i]!;
      if (!line.trim()) continue;
      if (startsKeyValue(line)) break;
      const place = linePlace(i + 1);
      const values = splitRow(line, hit.columns, (problem) =>
        ctx.report({ ruleId: problem.ruleId, severity: problem.severity, message: problem.message, place, actual: problem.actual }),
      );
      if (!values) {
        ctx.report({
          ruleId: 'parse/row-rejected',
          severity: 'error',
          message: `Line has fewer fields than the ${hit.columns.length} header columns; fix the row or convert the table to CSV.`,
          place,
          actual: line,
        });
        continue;
      }
      grid.rows.push(values.map((text) => ({ text, place })));
      grid.rowPlaces.push(place);
    }
    return decodeGrid(grid, ctx.report).items;
  },
};

interface Problem {
  ruleId: string;
  severity: 'warning' | 'info';
  message: string;
  actual?: string;
}

/** Splits one row into the header's columns, or undefined when it has too few tokens. */
export function splitRow(line: string, columns: ColumnSpec[], report: (p: Problem) => void): string[] | undefined {
  const tokens = [...line.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const fields = columns.map(fieldOf);
  const firstLong = fields.findIndex((f) => f !== undefined && LONG_FIELDS.includes(f));
  const lastLong = fields.findLastIndex((f) => f !== undefined && LONG_FIELDS.includes(f));
  const leading = firstLong < 0 ? columns.length : firstLong;
  const trailing = firstLong < 0 ? 0 : columns.length - lastLong - 1;
  if (tokens.length < leading + trailing) return undefined;

  const values: string[] = new Array(columns.length).fill('');
  for (let c = 0; c < leading; c++) values[c] = tokens[c]!.text;
  if (firstLong < 0) {
    // No long columns: surplus tokens belong to the last column.
    values[columns.length - 1] = tokens.slice(columns.length - 1).map((t) => t.text).join(' ');
    return values;
  }

  // Trailing columns, read from the end. 公开时限 may hold spaces: it spans from after 公开渠道 to before 公开责任.
  let end = tokens.length;
  const tailFields = fields.slice(lastLong + 1);
  const channelAt = tailFields.indexOf('channels');
  const timeAt = tailFields.indexOf('timeLimit');
  if (channelAt >= 0 && timeAt === channelAt + 1) {
    const after = tailFields.length - timeAt - 1; // columns after the time limit: one token each
    const searchFrom = end - after - 1;
    let channelToken = -1;
    for (let t = searchFrom - 1; t >= Math.max(leading, searchFrom - 4); t--) {
      if (looksLikeChannelList(tokens[t]!.text)) {
        channelToken = t;
        break;
      }
    }
    if (channelToken < 0) {
      channelToken = searchFrom - 1;
      report({ ruleId: 'parse/channel-anchor-missing', severity: 'warning', message: 'No 公开渠道 value recognised near the end of the row; columns were assigned by position. Check 公开渠道/公开时限.' });
    }
    for (let k = 0; k < after; k++) values[columns.length - 1 - k] = tokens[end - 1 - k]!.text;
    values[lastLong + 1 + timeAt] = tokens.slice(channelToken + 1, end - after).map((t) => t.text).join(' ');
    // Columns before the channel within the tail take one token each, leftwards.
    let t = channelToken;
    for (let c = lastLong + 1 + channelAt; c > lastLong; c--) values[c] = tokens[t--]!.text;
    end = t + 1;
  } else {
    for (let c = columns.length - 1; c > lastLong; c--) values[c] = tokens[--end]!.text;
  }

  const middleStart = tokens[leading - 1]?.end ?? 0;
  const middleEnd = tokens[end - 1] && end > leading ? tokens[end - 1]!.end : middleStart;
  const middle = line.slice(middleStart, middleEnd).trim();
  const longColumns = fields.slice(firstLong, lastLong + 1);
  if (longColumns.length === 1) {
    values[firstLong] = middle;
  } else {
    const split = splitContentBasisClauses(middle);
    if (split.unbalancedQuote) report({ ruleId: 'parse/unbalanced-quote', severity: 'info', message: 'A quoted cell has no closing quote; the opening quote was dropped.' });
    if (split.basisNotFound) report({ ruleId: 'parse/basis-not-found', severity: 'warning', message: 'The row cites documents but no 公开依据 run was recognised; everything went to 公开内容. Check the row.', actual: middle });
    const byField: Partial<Record<ItemField, string>> = { content: split.content, basis: split.basis, clauses: split.clauses };
    longColumns.forEach((f, k) => (values[firstLong + k] = f ? (byField[f] ?? '') : ''));
  }
  return values;
}
