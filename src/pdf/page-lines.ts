/**
 * Text runs → lines in reading order: runs whose baselines lie within a fraction of the font size are one line, read
 * left to right. Text is joined as it reads: CJK glyphs run on without spaces (a PDF often places each glyph or each
 * justified group on its own, and pdf.js puts a space where it sees a gap), Latin words and numbers keep one space.
 */
import type { PdfPageText, TextRun } from './read-pdf.js';

export interface PdfLine {
  page: number;
  /** 1-based line on its page: the `p2 L14` of diagnostics. */
  line: number;
  /** Baseline of the line's first run; size is the largest run's. */
  y: number;
  size: number;
  runs: TextRun[];
  text: string;
}

/** Baselines closer than this share of the font size are one line (sub- and superscripts, slightly uneven cells). */
const SAME_BASELINE = 0.4;

export function pageLines(page: PdfPageText): PdfLine[] {
  const runs = [...page.runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of runs) {
    const last = groups.at(-1);
    if (last && Math.abs(last[0]!.y - run.y) <= SAME_BASELINE * Math.min(last[0]!.size, run.size)) last.push(run);
    else groups.push([run]);
  }
  return groups.map((group, i) => {
    group.sort((a, b) => a.x - b.x);
    return { page: page.number, line: i + 1, y: group[0]!.y, size: Math.max(...group.map((r) => r.size)), runs: group, text: joinRuns(group) };
  });
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Spaces inside a run between two CJK characters are dropped: pdf.js's reading of letter-spacing, not words. */
export function runText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/(?<=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]) (?=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f])/g, '').trim();
}

/** Runs of one line (left to right) → its text; a gap wider than a glyph keeps a space unless both sides are CJK and close. */
export function joinRuns(runs: readonly TextRun[]): string {
  let out = '';
  let prev: TextRun | undefined;
  for (const run of runs) {
    const text = runText(run.text);
    if (!text) continue;
    if (prev && out) {
      const gap = run.x - prev.right;
      const cjk = CJK.test(out.at(-1)!) && CJK.test(text[0]!);
      const wide = gap > 2 * Math.min(prev.size, run.size);
      if (wide || (!cjk && gap > 0.15 * run.size)) out += ' ';
    }
    out += text;
    prev = run;
  }
  return out;
}

/** Two pieces of one cell or paragraph printed on successive lines: CJK runs on, Latin words get a space. */
export function joinWrapped(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return /[A-Za-z,.;:]$/.test(a) && /^[A-Za-z(]/.test(b) ? `${a} ${b}` : a + b;
}
