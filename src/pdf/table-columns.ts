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
/** A header cell; `copyOf` (row, column) when it is a spanning label's copy, as an HTML grid expands rowspan/colspan. */
export interface HeaderCell {
  text: string;
  copyOf?: [number, number];
}

export interface HeaderLines {
  lines: PdfLine[];
  /** One piece per column. */
  labels: Piece[];
  /** The header rows, one cell per column. */
  rows: HeaderCell[][];
}

export function headerAt(lines: readonly PdfLine[], i: number): HeaderLines | undefined {
  const line = lines[i]!;
  const own = pieces(line.runs);
  const band = closeLines(lines, i);
  const next = band[1];
  if (next) {
    const nextPieces = pieces(next.runs);
    // Labels that wrap in narrow columns (公开 / 时限): the two lines joined per column read as labels.
    const joined = joinUnder(own, nextPieces);
    if (joined && !nextPieces.some((p) => /^\d+$/.test(p.text)) && labelCount(joined) > labelCount(own) && isHeaderRow(asRow(joined.map((p) => p.text)))) {
      return { lines: [line, next], labels: joined, rows: [joined.map((p) => ({ text: p.text }))] };
    }
  }
  // Group labels (公开方式) over their flag columns (主动 | 依申请) on the band's last line. The labels that span both
  // header rows are centred between them, so they may sit on a baseline of their own: every line above the last is upper.
  for (let k = band.length - 1; k >= 1; k--) {
    const lower = pieces(band[k]!.runs);
    const upper = band.slice(0, k).flatMap((l) => pieces(l.runs)).sort((a, b) => a.x - b.x);
    if (lower.length < 2 || !lower.every((p) => matchLabel(p.text)) || !isHeaderRow(asRow(upper.map((p) => p.text)))) continue;
    const grouped = groupBand(upper, lower);
    if (grouped) return { lines: band.slice(0, k + 1), ...grouped };
  }
  return isHeaderRow(asRow(own.map((p) => p.text))) ? { lines: [line], labels: own, rows: [own.map((p) => ({ text: p.text }))] } : undefined;
}

/** The line at `i` and up to two more right under it, each within HEADER_PITCH font sizes of the one above. */
function closeLines(lines: readonly PdfLine[], i: number): PdfLine[] {
  const band = [lines[i]!];
  for (let j = i + 1; j < lines.length && band.length < 3; j++) {
    if (band.at(-1)!.y - lines[j]!.y > HEADER_PITCH * band.at(-1)!.size) break;
    band.push(lines[j]!);
  }
  return band;
}

/**
 * The columns of a two-row header: each upper label that has lower labels under it (between the midpoints to its
 * neighbours) is a group over them; an upper label with none spans both rows. Undefined when a lower label has no
 * upper label over it.
 */
function groupBand(upper: readonly Piece[], lower: readonly Piece[]): Pick<HeaderLines, 'labels' | 'rows'> | undefined {
  const centre = (p: Piece): number => (p.x + p.right) / 2;
  const labels: Piece[] = [];
  const top: HeaderCell[] = [];
  const bottom: HeaderCell[] = [];
  let used = 0;
  upper.forEach((u, k) => {
    const from = k === 0 ? -Infinity : (upper[k - 1]!.right + u.x) / 2;
    const to = k === upper.length - 1 ? Infinity : (u.right + upper[k + 1]!.x) / 2;
    const children = lower.filter((l) => centre(l) >= from && centre(l) < to);
    used += children.length;
    const column = labels.length;
    if (!children.length) {
      labels.push(u);
      top.push({ text: u.text });
      bottom.push({ text: u.text, copyOf: [0, column] });
      return;
    }
    children.forEach((child, j) => {
      labels.push(child);
      top.push(j === 0 ? { text: u.text } : { text: u.text, copyOf: [0, column] });
      bottom.push({ text: child.text });
    });
  });
  return used === lower.length ? { labels, rows: [top, bottom] } : undefined;
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
