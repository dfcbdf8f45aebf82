/**
 * Where a catalogue table sits on a page and where its columns are. A table starts at a header line (a line whose
 * pieces are catalogue labels, as parsers/shared/header-band.ts recognises them; a header whose labels wrap onto a
 * second line is read as the two lines joined column by column). Its columns come from the header's labels and the
 * body's text: the boundary between two columns lies in the gap between their labels, at a drawn vertical rule there,
 * else in the widest x-range of that gap that no body text covers. The body runs down from the header while no text
 * crosses a whole gap between two labels (a paragraph under the table does).
 */
import { matchLabel } from '../../schemas/field-labels.js';
import { isHeaderRow } from '../../parsers/shared/header-band.js';
import { joinRuns, joinWrapped, type PdfLine } from './page-lines.js';
import type { Rule, TextRun } from './read-pdf.js';

/** A piece of a line: runs closer than PIECE_GAP × the font size belong together. */
export interface Piece {
  text: string;
  x: number;
  right: number;
}

export interface Columns {
  /** The header's pieces, one per column, left to right. */
  labels: Piece[];
  /** x of the boundary between column i and i+1 (length = columns − 1). */
  bounds: number[];
}

const PIECE_GAP = 0.8;
/** Lines further apart than this many font sizes are not one header. */
const HEADER_PITCH = 1.8;
/** A gap this many font sizes tall ends a table body. */
const BODY_BREAK = 4;

export function pieces(runs: readonly TextRun[]): Piece[] {
  const out: { runs: TextRun[]; x: number; right: number }[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (last && run.x - last.right < PIECE_GAP * run.size) {
      last.runs.push(run);
      last.right = Math.max(last.right, run.right);
    } else out.push({ runs: [run], x: run.x, right: run.right });
  }
  return out.map((p) => ({ text: joinRuns(p.runs), x: p.x, right: p.right })).filter((p) => p.text !== '');
}

const asRow = (texts: readonly string[]) => texts.map((text) => ({ text, place: '' }));

/** The second line's pieces joined under the first line's by x-overlap; undefined when one of them has no piece above. */
function joinUnder(top: Piece[], below: Piece[]): Piece[] | undefined {
  const out = top.map((p) => ({ ...p }));
  for (const b of below) {
    const at = out.findIndex((p) => b.x < p.right && b.right > p.x);
    if (at < 0) return undefined;
    out[at] = { text: joinWrapped(out[at]!.text, b.text), x: Math.min(out[at]!.x, b.x), right: Math.max(out[at]!.right, b.right) };
  }
  return out;
}

/** The header that starts at `lines[i]`: its lines and its pieces as columns. */
export interface HeaderLines {
  lines: PdfLine[];
  /** One piece per column. */
  labels: Piece[];
  /** `joined`: the lines are one header row (wrapped labels); `rows`: each line is a header row of its own. */
  shape: 'joined' | 'rows';
}

export function headerAt(lines: readonly PdfLine[], i: number): HeaderLines | undefined {
  const line = lines[i]!;
  const own = pieces(line.runs);
  const next = lines[i + 1];
  const close = next && line.y - next.y <= HEADER_PITCH * line.size;
  if (close) {
    const nextPieces = pieces(next.runs);
    // Labels that wrap in narrow columns (公开 / 时限): the two lines joined per column read as labels.
    const joined = joinUnder(own, nextPieces);
    if (joined && !nextPieces.some((p) => /^\d+$/.test(p.text)) && labelCount(joined) > labelCount(own) && isHeaderRow(asRow(joined.map((p) => p.text)))) {
      return { lines: [line, next], labels: joined, shape: 'joined' };
    }
    // A group label (公开方式) over its flag columns (主动 | 依申请): two header rows; columns from the lower one.
    if (isHeaderRow(asRow(own.map((p) => p.text))) && nextPieces.length > own.length && nextPieces.every((p) => matchLabel(p.text))) {
      return { lines: [line, next], labels: nextPieces, shape: 'rows' };
    }
  }
  return isHeaderRow(asRow(own.map((p) => p.text))) ? { lines: [line], labels: own, shape: 'joined' } : undefined;
}

function labelCount(ps: readonly Piece[]): number {
  return ps.filter((p) => matchLabel(p.text)).length;
}

/** True when a run covers the whole gap between two neighbouring labels: the text is not inside one column. */
function crossesGap(run: TextRun, labels: readonly Piece[]): boolean {
  for (let c = 0; c + 1 < labels.length; c++) {
    const from = Math.min(labels[c]!.right, labels[c + 1]!.x);
    const to = Math.max(labels[c]!.right, labels[c + 1]!.x);
    if (run.x < from && run.right > to) return true;
  }
  return false;
}

/** The body lines under a header (or continuing a table from the page before): down to a crossing line, a new header or a wide gap. */
export function bodyFrom(lines: readonly PdfLine[], start: number, labels: readonly Piece[]): PdfLine[] {
  const body: PdfLine[] = [];
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = body.at(-1);
    if (prev && prev.y - line.y > BODY_BREAK * line.size) break;
    if (line.runs.some((r) => crossesGap(r, labels))) break;
    if (headerAt(lines, i)) break;
    body.push(line);
  }
  return body;
}

/** Column boundaries: a vertical rule in the gap between labels, else the widest stretch of it no body text covers. */
export function columnsOf(labels: Piece[], body: readonly PdfLine[], rules: readonly Rule[]): Columns {
  const runs = body.flatMap((l) => l.runs);
  const top = body[0]?.y ?? 0;
  const bottom = body.at(-1)?.y ?? 0;
  const verticals = rules.filter((r) => r.x1 - r.x0 <= 2 && r.y1 >= bottom && r.y0 <= top + 20);
  const bounds: number[] = [];
  for (let c = 0; c + 1 < labels.length; c++) {
    const from = Math.min(labels[c]!.right, labels[c + 1]!.x);
    const to = Math.max(labels[c]!.right, labels[c + 1]!.x);
    const rule = verticals.find((r) => r.x0 >= from - 2 && r.x0 <= to + 2);
    bounds.push(rule ? rule.x0 : widestFree(from, to, runs));
  }
  return { labels, bounds };
}

/** Middle of the widest part of [from, to] that no run covers (the middle of the whole range when runs cover it all). */
function widestFree(from: number, to: number, runs: readonly TextRun[]): number {
  const covered = runs.filter((r) => r.right > from && r.x < to).map((r) => [Math.max(from, r.x), Math.min(to, r.right)] as const).sort((a, b) => a[0] - b[0]);
  let best: [number, number] | undefined;
  let at = from;
  for (const [x0, x1] of [...covered, [to, to] as const]) {
    if (x0 > at && (!best || x0 - at > best[1] - best[0])) best = [at, x0];
    at = Math.max(at, x1);
  }
  return best ? (best[0] + best[1]) / 2 : (from + to) / 2;
}

/** The column a run starts in. */
export function columnOf(x: number, columns: Columns): number {
  let c = 0;
  while (c < columns.bounds.length && x >= columns.bounds[c]! - 1) c++;
  return c;
}
