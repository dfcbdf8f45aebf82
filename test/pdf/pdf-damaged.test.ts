/**
 * PDFs that cannot be read, or only partly: each gives a diagnostic naming the problem and what to do, never a crash and
 * never an empty success; the work on one file is bounded by its cell budget (--max-cells: 100 per page, 1 per text run).
 */
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/ingest-file.js';
import { writePdf } from '../helpers/pdf-writer.js';
import { referencePdf } from '../formats/make-pdf.js';

const problems = (r: Awaited<ReturnType<typeof ingestFile>>) =>
  r.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.severity} ${d.ruleId}${d.place ? ` ${d.place}` : ''}`);

describe('damaged and unreadable PDFs', () => {
  it('a scanned PDF (page images, no text layer) is an error, not an empty success', async () => {
    const result = await ingestFile('scan.pdf', writePdf([{ image: true }, { image: true }]));
    expect(problems(result)).toEqual(['error pdf/no-text-layer p1']);
    expect(result.items).toEqual([]);
  });

  it('scanned pages among text pages are named in a warning; the text pages are read', async () => {
    const text = { texts: [{ x: 72, y: 760, text: 'XX县人民政府办公室关于做好政务公开工作的通知', size: 16 }, { x: 96, y: 700, text: '各单位要按照要求做好政务公开工作，及时更新政务公开事项目录。' }] };
    const result = await ingestFile('mixed.pdf', writePdf([text, { image: true }]));
    expect(problems(result)).toEqual(['warning pdf/no-text-layer p2']);
    expect(result.record.cleanedText).toContain('各单位要按照要求做好政务公开工作');
  });

  it('an encrypted PDF is an error that says to decrypt it', async () => {
    const result = await ingestFile('locked.pdf', writePdf([{ texts: [{ x: 72, y: 700, text: '通知' }] }], { encrypted: true }));
    expect(problems(result)).toEqual(['error pdf/encrypted']);
    expect(result.diagnostics[0]!.message).toMatch(/password.*decrypt/);
  });

  it('a PDF cut before its page objects is an error; cut only at its end marker, it is read with a warning', async () => {
    const whole = referencePdf();
    const cut = await ingestFile('cut.pdf', whole.subarray(0, Math.floor(whole.length * 0.6)));
    expect(problems(cut)).toEqual(['error pdf/truncated']);
    const tail = await ingestFile('tail.pdf', whole.subarray(0, whole.length - 7));
    expect(problems(tail)).toEqual(['warning pdf/truncated']);
    expect(tail.items).toHaveLength(24);
  });

  it('a file that only starts like a PDF is an error, and so is a page the page tree points to but the file lacks', async () => {
    const junk = await ingestFile('junk.pdf', new TextEncoder().encode('%PDF-1.7\nnot a PDF after all\n%%EOF\n'));
    expect(problems(junk)).toEqual(['error pdf/unreadable']);
    const missing = await ingestFile('missing.pdf', writePdf([{ texts: [{ x: 72, y: 700, text: '第一页正文内容' }] }], { missingPages: 1 }));
    expect(problems(missing)).toEqual(['error pdf/page-unreadable p2']);
    expect(missing.record.cleanedText).toContain('第一页正文内容');
  });

  it('a page tree that claims a million pages is read as the pages it has', async () => {
    const result = await ingestFile('lying.pdf', writePdf([{ texts: [{ x: 72, y: 700, text: '第一页正文内容' }] }], { claimedPages: 1_000_000 }));
    expect(result.record.decision).toMatch(/1 of 1 page/);
  });
});

describe('the cell budget bounds the work on one PDF', () => {
  const page = (n: number) => ({ texts: Array.from({ length: 5 }, (_, i) => ({ x: 72, y: 700 - 20 * i, text: `第${n}页第${i + 1}行` })) });

  it('each page costs 100 cells and each text run one: the pages past the budget are not read, with an error', async () => {
    const pdf = writePdf(Array.from({ length: 12 }, (_, i) => page(i + 1)));
    const result = await ingestFile('long.pdf', pdf, { limits: { maxCells: 1000 } });
    // 9 pages cost 9 × 105 = 945 cells; page 10 needs 100 more than the 55 left.
    expect(problems(result)).toEqual(['error pdf/limit p10']);
    expect(result.record.decision).toMatch(/9 of 12 page/);
    expect(result.record.cleanedText).toContain('第9页第5行');
    expect(result.record.cleanedText).not.toContain('第10页');
  });

  it('text runs past the budget on a page are cut there', async () => {
    const result = await ingestFile('dense.pdf', writePdf([page(1), page(2)]), { limits: { maxCells: 103 } });
    expect(problems(result)).toEqual(['error pdf/limit p1']);
    expect(result.record.cleanedText.split('\n')).toEqual(['第1页第1行', '第1页第2行', '第1页第3行']);
  });
});
