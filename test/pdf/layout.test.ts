/** Lines, page furniture, columns and rows rebuilt from hand-placed text runs (no PDF needed). */
import { describe, expect, it } from 'vitest';
import { joinRuns, joinWrapped, pageLines, type PdfLine } from '../../src/pdf/page-lines.js';
import { runningLines } from '../../src/pdf/running-lines.js';
import { columnsOf, headerAt } from '../../src/pdf/table-columns.js';
import { rowsOf } from '../../src/pdf/table-rows.js';
import type { PdfPageText, Rule, TextRun } from '../../src/pdf/read-pdf.js';

/** A run of CJK text (each glyph `size` wide, Latin half) at x, y. */
function run(text: string, x: number, y: number, size = 10): TextRun {
  const width = [...text].reduce((w, ch) => w + (ch.codePointAt(0)! < 0x2e80 ? size / 2 : size), 0);
  return { text, x, right: x + width, y, size };
}

function page(runs: TextRun[], number = 1, rules: Rule[] = []): PdfPageText {
  return { number, width: 595, height: 842, runs, rules };
}

describe('lines', () => {
  it('groups runs by baseline and reads them left to right, whatever order the PDF drew them in', () => {
    const lines = pageLines(page([run('第二行', 50, 700), run('右', 200, 720.5), run('左', 50, 720)]));
    expect(lines.map((l) => l.text)).toEqual(['左 右', '第二行']);
    expect(lines.map((l) => l.line)).toEqual([1, 2]);
  });

  it('runs CJK glyphs on without spaces and keeps one space between Latin words', () => {
    // Justified CJK text: glyphs placed one by one with small gaps; pdf.js's spaces inside a run between CJK glyphs too.
    expect(joinRuns([run('政', 50, 700), run('务', 62, 700), run('公 开', 74, 700)])).toBe('政务公开');
    expect(joinRuns([run('Open', 50, 700), run('Data', 75, 700)])).toBe('Open Data');
    expect(joinRuns([run('2024', 50, 700), run('年', 70, 700)])).toBe('2024年');
  });

  it('keeps a space where CJK pieces stand far apart (columns of one line)', () => {
    expect(joinRuns([run('序号', 50, 700), run('事项名称', 120, 700)])).toBe('序号 事项名称');
  });

  it('joins wrapped pieces of a cell without a space, except between Latin words', () => {
    expect(joinWrapped('信息形成或变更之日起', '20个工作日内')).toBe('信息形成或变更之日起20个工作日内');
    expect(joinWrapped('Government', 'Information')).toBe('Government Information');
  });
});

describe('page furniture', () => {
  const noHeader = (): boolean => false;
  const pages = [1, 2, 3].map((n) => {
    const p = page([run('某某县人民政府文件', 50, 815, 7), run(`正文第${n}页内容`, 50, 500), run(`- ${n} -`, 280, 30, 9)], n);
    return { page: p, lines: pageLines(p) };
  });

  it('drops page numbers and a line repeated in the margin of every page, and records them', () => {
    const reported: string[] = [];
    const drop = runningLines(pages, (d) => reported.push(`${d.ruleId} ${d.place}`), noHeader);
    expect([...drop].sort()).toEqual(['1:1', '1:3', '2:1', '2:3', '3:1', '3:3']);
    expect(reported).toEqual(['pdf/page-number p1 L3', 'pdf/running-line p1 L1']);
  });

  it('keeps a margin line printed on one page only, and body lines that repeat', () => {
    const once = pages.map(({ page: p }, i) => {
      const q = { ...p, runs: i === 0 ? [run('XX县就业领域标准目录', 50, 815, 14), run('正文', 50, 500)] : [run('正文', 50, 500)] };
      return { page: q, lines: pageLines(q) };
    });
    expect(runningLines(once, () => {}, noHeader).size).toBe(0);
  });

  it('keeps a table header repeated at the top of each page: it is the table\'s', () => {
    expect(runningLines(pages, () => {}, (lines, i) => lines[i]!.text.includes('文件')).has('1:1')).toBe(false);
  });
});

describe('table columns and rows', () => {
  // 序号 | 事项名称 | 公开内容 | 公开时限, labels centred over columns starting at x = 40, 80, 200, 320.
  const header = [run('序号', 45, 700), run('事项名称', 110, 700), run('公开内容', 230, 700), run('公开时限', 340, 700)];

  it('reads a header line of catalogue labels, and one whose labels wrap over two lines', () => {
    const one = pageLines(page(header));
    expect(headerAt(one, 0)?.labels.map((p) => p.text)).toEqual(['序号', '事项名称', '公开内容', '公开时限']);
    const wrapped = pageLines(page([run('序号', 45, 700), run('事项名称', 110, 700), run('公开', 240, 700), run('公开', 350, 700),
      run('内容', 240, 688), run('时限', 350, 688)]));
    const found = headerAt(wrapped, 0);
    expect(found?.lines.length).toBe(2);
    expect(found?.labels.map((p) => p.text)).toEqual(['序号', '事项名称', '公开内容', '公开时限']);
  });

  it('puts a boundary in the widest stretch of the gap between labels that no body text covers', () => {
    const body = pageLines(page([run('1', 45, 680), run('事项甲', 82, 680), run('甲的内容写得很长很长', 202, 680), run('实时', 322, 680)]));
    const columns = columnsOf(headerAt(pageLines(page(header)), 0)!.labels, body, []);
    // Between 事项名称 (ends 150) and 公开内容 (starts 230): body text covers 82–112 and 202–302, so 150–202 is free.
    expect(columns.bounds[1]).toBeCloseTo(176);
  });

  it('takes a drawn vertical rule inside the gap as the boundary', () => {
    const body = pageLines(page([run('1', 45, 680), run('事项甲', 82, 680)]));
    const columns = columnsOf(headerAt(pageLines(page(header)), 0)!.labels, body, [{ x0: 195, y0: 600, x1: 195, y1: 710 }]);
    expect(columns.bounds[1]).toBe(195);
  });

  const labels = headerAt(pageLines(page(header)), 0)!.labels;
  const cells = (lines: PdfLine[], rules: Rule[] = []) => rowsOf(lines, columnsOf(labels, lines, rules), rules).map((r) => r.cells);

  it('starts a row at each row number of a 序号 column; wrapped lines join their cell', () => {
    const body = pageLines(page([
      run('1', 45, 680), run('事项甲', 82, 680), run('甲的内容', 202, 680), run('实时', 322, 680),
      run('续写', 202, 670),
      run('2', 45, 660), run('事项乙', 82, 660), run('乙的内容', 202, 660), run('每年', 322, 660),
    ]));
    expect(cells(body)).toEqual([['1', '事项甲', '甲的内容续写', '实时'], ['2', '事项乙', '乙的内容', '每年']]);
  });

  it('without row numbers, starts a row after a gap taller than the line pitch', () => {
    const body = pageLines(page([
      run('事项甲', 82, 680), run('甲的内容', 202, 680), run('续写', 202, 670),
      run('事项乙', 82, 650), run('乙的内容', 202, 650),
    ]));
    expect(cells(body)).toEqual([['', '事项甲', '甲的内容续写', ''], ['', '事项乙', '乙的内容', '']]);
  });

  it('in a ruled table, starts a row at each horizontal rule, whatever the spacing', () => {
    const body = pageLines(page([
      run('事项甲', 82, 680), run('甲的内容', 202, 680), run('续写', 202, 670),
      run('事项乙', 82, 660), run('乙的内容', 202, 660),
    ]));
    const rules = [{ x0: 40, y0: 692, x1: 400, y1: 692 }, { x0: 40, y0: 667, x1: 400, y1: 667 }];
    expect(cells(body, rules)).toEqual([['', '事项甲', '甲的内容续写', ''], ['', '事项乙', '乙的内容', '']]);
  });

  it('splits a run that pdf.js drew across a column boundary at its space', () => {
    const body = pageLines(page([run('1', 45, 680), run('事项甲 甲的内容', 82, 680), run('2', 45, 660), run('事项乙', 82, 660), run('乙的内容', 202, 660)]));
    // The joined run covers 82–157 across the boundary at 115: its second word starts at about 117.
    const rows = rowsOf(body, { labels, bounds: [75, 115, 315] }, []);
    expect(rows.map((r) => r.cells)).toEqual([['1', '事项甲', '甲的内容', ''], ['2', '事项乙', '乙的内容', '']]);
  });
});
