/** The Word readers on small hand-built documents: what each rule reads, fills and reports. */
import { describe, expect, it } from 'vitest';
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import { ingestFile } from '../../src/ingest/ingest-file.js';
import { readDoc, compoundKind } from '../../src/word/doc.js';
import { readDocx } from '../../src/word/docx.js';
import { looksLikeDocx } from '../../src/word/docx-sniff.js';
import { prepareWord } from '../../src/word/prepare-word.js';
import { wordGrid, type WordBlock } from '../../src/word/word-blocks.js';
import { doc97, docx, documentXml, encryptedOoxml, type BlockSpec } from '../helpers/word-files.js';
import { docxParts } from '../../bench/word-xml.js';
import { zip } from '../hostile/zip.js';
import { backwardChains } from '../hostile/compound.js';

const grid = (rows: { text: string; filledFrom?: string }[][]) => rows.map((r) => r.map((c) => (c.filledFrom ? `${c.text}<${c.filledFrom}` : c.text)));

function docxBlocks(blocks: BlockSpec[]): WordBlock[] {
  const read = readDocx(docx(blocks), 10_000_000, 10_000);
  if (!('blocks' in read)) throw new Error(JSON.stringify(read));
  return read.blocks;
}

async function docBlocks(blocks: BlockSpec[], options = {}): Promise<WordBlock[]> {
  const read = await readDoc(doc97(blocks, options), 10_000);
  if (!('blocks' in read)) throw new Error(JSON.stringify(read));
  return read.blocks;
}

function prepared(blocks: WordBlock[], maxCells = 10_000) {
  const diagnostics: DiagnosticInput[] = [];
  const page = prepareWord(blocks, { encoding: 'utf-8', decision: 'test' }, (d) => diagnostics.push(d), maxCells);
  return { page, rules: diagnostics.map((d) => [d.ruleId, d.place]) };
}

describe('.docx', () => {
  it('is recognised by its word/ parts, and a workbook is not', () => {
    expect(looksLikeDocx(docx([{ text: '正文' }]))).toBe(true);
    expect(looksLikeDocx(Buffer.from('<html></html>'))).toBe(false);
  });

  it('fills a gridSpan across its columns and a vMerge down its rows, each copy naming its origin', () => {
    const [table] = docxBlocks([{ rows: [
      [{ text: 'A', span: 2 }, { text: 'B', vMerge: 'restart' }],
      [{ text: 'c' }, { text: 'd' }, { text: '', vMerge: 'continue' }],
      [{ text: 'e' }, { text: 'f' }, { text: '', vMerge: 'continue' }],
    ] }]);
    expect(table!.kind).toBe('table');
    expect(grid(wordGrid(table as Extract<WordBlock, { kind: 'table' }>, 1, { cells: 100 }).rows)).toEqual([
      ['A', 'A<table 1 R1C1', 'B'],
      ['c', 'd', 'B<table 1 R1C3'],
      ['e', 'f', 'B<table 1 R1C3'],
    ]);
  });

  it("joins a cell's paragraphs with a line break", () => {
    const { page } = prepared(docxBlocks([{ rows: [[{ text: ['第一段', '第二段'] }, { text: 'x' }]] }]));
    expect(page.html!.tables[0]!.rows[0]![0]!.text).toBe('第一段\n第二段');
  });

  it('reads a table nested in a cell as the data table, and the outer one as layout', () => {
    const { page } = prepared(docxBlocks([{ rows: [[{ text: '版头', table: [[{ text: '内1' }, { text: '内2' }]] }]] }]));
    expect(page.html!.tables.map((t) => grid(t.rows))).toEqual([[['内1', '内2']]]);
    expect(page.text.split('\n')).toEqual(['版头', '内1 | 内2']);
  });

  it('leaves out deleted text and field codes, keeps tabs and line breaks', () => {
    const xml = Buffer.from(`<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del>`
      + `<w:r><w:instrText>HYPERLINK "x"</w:instrText></w:r><w:r><w:tab/><w:t>A</w:t><w:br/><w:t>B</w:t></w:r></w:p></w:body></w:document>`);
    const read = readDocx(docx([], xml), 1_000_000, 100);
    expect('blocks' in read && read.blocks).toEqual([{ kind: 'paragraph', text: '保留\tA\nB' }]);
  });

  it('takes a Title-styled paragraph as the title, and the metadata lines beside it into the head', () => {
    const { page } = prepared(docxBlocks([{ text: '文号：X政发〔2023〕1号' }, { text: '关于做好某项工作的通知', title: true }, { text: '发布日期：2023-05-06' }, { text: '各单位：' }]));
    expect(page.text.split('\n')).toEqual(['关于做好某项工作的通知', '文号：X政发〔2023〕1号', '发布日期：2023-05-06', '各单位：']);
    expect(page.html!.meta).toMatchObject({ title: '关于做好某项工作的通知', publishedAt: '2023-05-06' });
    expect(page.html!.bodyStart).toBe(3);
  });

  it('does not take an attachment label above the title for the title', () => {
    expect(prepared(docxBlocks([{ text: '附件2：' }, { text: 'XX县政务公开工作方案' }, { text: '一、总体要求' }])).page.html!.meta.title).toBe('XX县政务公开工作方案');
  });

  it('takes a short first paragraph as the title, but not a sentence', () => {
    expect(prepared(docxBlocks([{ text: '某某办法' }, { text: '第一条 正文。' }])).page.html!.meta.title).toBe('某某办法');
    expect(prepared(docxBlocks([{ text: '为了做好工作，特制定本办法。' }])).page.html!.meta.title).toBeUndefined();
  });

  it('reports a truncated file, a zip bomb, and tables past the cell limit', () => {
    const whole = docx([{ text: '正文' }]);
    expect(readDocx(whole.subarray(0, Math.floor(whole.length * 0.6)), 1_000_000, 100)).toHaveProperty('unreadable');
    const bomb = docx([], [Buffer.from('<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>'), Buffer.alloc(3_000_000, 0x41), Buffer.from('</w:t></w:r></w:p></w:body></w:document>')]);
    expect(readDocx(bomb, 1_000_000, 100)).toEqual({ overLimit: 'word/document.xml' });
    const wide = Array.from({ length: 50 }, () => [{ text: '格', span: 1_000_000 }]);
    const { page, rules } = prepared(docxBlocks([{ rows: wide }]), 640);
    expect(page.html!.tables[0]!.rows).toHaveLength(10);
    expect(page.html!.tables[0]!.rows[0]).toHaveLength(64);
    expect(rules).toEqual([['word/table-cell-limit', 'table 1 R11']]);
  });
});

describe('.doc', () => {
  const rows: BlockSpec = { rows: [
    [{ text: '一级' }, { text: '二级' }, { text: '内容' }],
    [{ text: '甲', vMerge: 'restart' }, { text: 'a' }, { text: ['第一段', '第二段'] }],
    [{ text: '', vMerge: 'continue' }, { text: '' }, { text: 'c' }],
  ] };

  it('is a compound file with a WordDocument stream; an encrypted package is told apart', () => {
    expect(compoundKind(doc97([{ text: '正文' }]))).toBe('word');
    expect(compoundKind(encryptedOoxml())).toBe('encrypted');
    expect(compoundKind(docx([{ text: '正文' }]))).toBeUndefined();
  });

  it('recovers paragraphs and tables: cell marks end cells, row-end marks end rows, merges are filled', async () => {
    const blocks = await docBlocks([{ text: '标题' }, rows, { text: '后记' }]);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph', 'paragraph']);
    const { page } = prepared(blocks);
    expect(grid(page.html!.tables[0]!.rows)).toEqual([
      ['一级', '二级', '内容'],
      ['甲', 'a', '第一段\n第二段'],
      ['甲<table 1 R2C1', '', 'c'],
    ]);
  });

  it("reads a row end's properties from the Data stream when they are stored there (sprmPHugePapx)", async () => {
    const { page } = prepared(await docBlocks([{ text: '标题' }, rows], { hugeRowEnds: true }));
    expect(grid(page.html!.tables[0]!.rows)).toEqual([
      ['一级', '二级', '内容'],
      ['甲', 'a', '第一段\n第二段'],
      ['甲<table 1 R2C1', '', 'c'],
    ]);
  });

  it('without paragraph properties, still ends a cell at each cell mark and a row at an empty mark after one', async () => {
    const blocks = await docBlocks([{ text: '标题' }, { rows: [[{ text: 'a' }, { text: 'b' }], [{ text: 'c' }, { text: 'd' }]] }], { noProperties: true });
    const { page } = prepared(blocks);
    expect(grid(page.html!.tables[0]!.rows)).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it("keeps a field's shown result and drops its code", async () => {
    const blocks = await docBlocks([{ text: '见\x13 HYPERLINK "http://x" \x14网站\x15。' }]);
    expect(blocks).toEqual([{ kind: 'paragraph', text: '见网站。' }]);
  });

  it("reads the root's WordDocument stream, and lets a workbook that embeds a Word object go", async () => {
    const XLSX = await import('xlsx');
    const embed = (outer: string) => {
      const container = XLSX.CFB.utils.cfb_new();
      XLSX.CFB.utils.cfb_add(container, outer, Buffer.alloc(600, 1));
      XLSX.CFB.utils.cfb_add(container, 'ObjectPool/_1/WordDocument', Buffer.alloc(600, 2));
      return Buffer.from(XLSX.CFB.write(container, { type: 'buffer' }) as Uint8Array);
    };
    expect(compoundKind(embed('Workbook'))).toBe('word');
    expect(await readDoc(embed('Workbook'), 100)).toEqual({ other: true });
    expect(await readDoc(embed('Other'), 100)).toEqual({ unreadable: 'the compound file has no WordDocument stream' });
  });

  it('says a password-protected file is one, and a truncated file is unreadable', async () => {
    expect(await readDoc(doc97([{ text: '正文' }], { encrypted: true }), 100)).toEqual({ encrypted: true });
    expect(await readDoc(encryptedOoxml(), 100)).toEqual({ encrypted: true });
    const whole = doc97([{ text: '正文'.repeat(3000) }]);
    expect(await readDoc(whole.subarray(0, Math.floor(whole.length / 2)), 100)).toHaveProperty('unreadable');
  });

  it('reads a .doc through the same compound-file reader as an .xls: sector chains that run backwards are refused, not copied', () => {
    const doc = backwardChains(doc97([{ text: '正文'.repeat(20_000) }]));
    expect(readDoc(doc, 100)).toEqual({ unreadable: expect.stringMatching(/^the compound file cannot be read \(the sector chain of .* is broken/) });
  });
});

describe('Word documents without a catalogue table are read as documents', () => {
  const notice: BlockSpec[] = [
    { text: 'XX县人民政府办公室关于印发就业领域基层政务公开标准目录的通知', title: true, centered: true },
    { text: '各乡镇人民政府，县直各单位：' },
    { text: '现将《XX县就业领域基层政务公开标准目录》印发给你们，请认真贯彻执行。' },
    { text: '附件：1.XX县就业领域基层政务公开标准目录.xlsx' },
    { text: '2.XX县社会保险领域基层政务公开标准目录.xlsx' },
    { text: 'XX县人民政府办公室' },
    { text: '2023年5月6日' },
  ];
  const regulation: BlockSpec[] = [
    { text: 'XX县政府信息公开管理办法', title: true, centered: true },
    { text: '第一章 总则' },
    { text: '第一条 为了规范政府信息公开工作，根据《中华人民共和国政府信息公开条例》，制定本办法。' },
    { text: '第二条 本办法适用于本县各级行政机关。' },
    { text: '第二章 主动公开' },
    { text: '第三条 行政机关应当主动公开本机关的机构职能。' },
    { text: '第四条 本办法自2023年6月1日起施行。' },
  ];

  for (const [format, write] of [['docx', docx], ['doc', doc97]] as const) {
    it(`${format}: a notice with 附件 lines`, async () => {
      const result = await ingestFile(`notice.${format}`, write(notice));
      expect(result.record.format).toBe(format);
      expect(result.record.pageKind?.kind).toBe('notice');
      expect(result.items).toHaveLength(1);
      const [item] = result.items;
      expect(item!.kind).toBe('document');
      expect(item!.name).toBe('XX县人民政府办公室关于印发就业领域基层政务公开标准目录的通知');
      expect(item!.source.format).toBe(format);
      expect(item!.attachments!.map((a) => a.name)).toEqual(['XX县就业领域基层政务公开标准目录.xlsx', 'XX县社会保险领域基层政务公开标准目录.xlsx']);
    });

    it(`${format}: a regulation of 章 and 条`, async () => {
      const result = await ingestFile(`rules.${format}`, write(regulation));
      expect(result.record.pageKind?.kind).toBe('regulation');
      const [item] = result.items;
      expect(item!.name).toBe('XX县政府信息公开管理办法');
      expect(item!.sections!.map((s) => [s.number, s.heading, s.children.map((c) => c.number)])).toEqual([['第一章', '总则', ['第一条', '第二条']], ['第二章', '主动公开', ['第三条', '第四条']]]);
    });
  }

  it('a docx catalogue table names its place and source format', async () => {
    const xml = documentXml([{ text: 'XX局政府信息主动公开目录' }, { rows: [[{ text: '事项名称' }, { text: '公开内容' }, { text: '公开时限' }], [{ text: '机构职能' }, { text: '职责' }, { text: '20个工作日内' }]] }]);
    const result = await ingestFile('c.docx', docx([], xml));
    expect(result.items.map((i) => [i.name, i.source.format, i.source.place])).toEqual([['机构职能', 'docx', 'table 1 row 2']]);
  });
});

describe('damaged Word files are reported, never thrown', () => {
  /** Deterministic byte damage: every `step`-th cut, and bytes flipped at spread offsets. */
  function* damaged(bytes: Buffer, step: number): Generator<Buffer> {
    for (let cut = 0; cut < bytes.length; cut += step) yield bytes.subarray(0, cut);
    for (let k = 1; k < 40; k++) {
      const copy = Buffer.from(bytes);
      for (let j = 0; j < 8; j++) copy[(k * 7919 + j * 104729) % copy.length] ^= 0xff;
      yield copy;
    }
  }
  const catalogue: BlockSpec[] = [{ text: '标题' }, { rows: [[{ text: '事项名称' }, { text: '公开内容' }], [{ text: '甲', vMerge: 'restart' }, { text: ['一', '二'] }], [{ text: '', vMerge: 'continue' }, { text: '三' }]] }];

  it('.docx: cut anywhere or with bytes flipped', () => {
    for (const bytes of damaged(docx(catalogue), 97)) {
      const read = readDocx(bytes, 1_000_000, 1000);
      expect(['blocks', 'unreadable', 'overLimit'].some((k) => k in read)).toBe(true);
    }
  });

  it('.doc: cut anywhere or with bytes flipped', async () => {
    for (const bytes of damaged(doc97(catalogue), 509)) {
      const read = await readDoc(bytes, 1000);
      expect(['blocks', 'unreadable', 'encrypted'].some((k) => k in read)).toBe(true);
    }
  });
});

describe('.docx automatic numbering', () => {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const lvl = (ilvl: number, format: string, text: string, start = 1) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:suff w:val="space"/></w:lvl>`;
  const numbering = Buffer.from(`<w:numbering xmlns:w="${W}">`
    + `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '第%1章')}${lvl(1, 'chineseCounting', '第%2条')}</w:abstractNum>`
    + `<w:abstractNum w:abstractNumId="1">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.')}</w:abstractNum>`
    + `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`);
  const read = (blocks: BlockSpec[]) => {
    const bytes = zip([...docxParts(documentXml(blocks)), ['word/numbering.xml', numbering]]);
    const result = readDocx(bytes, 1_000_000, 100);
    return 'blocks' in result ? result.blocks.map((b) => (b.kind === 'paragraph' ? b.text : 'table')) : result;
  };

  it('writes each numbered paragraph\'s label: levels count on, and a new higher number restarts the levels below', () => {
    expect(read([
      { text: '总则', list: { numId: 1 } },
      { text: '为了规范工作，制定本办法。', list: { numId: 1, level: 1 } },
      { text: '本办法适用于本县。', list: { numId: 1, level: 1 } },
      { text: '附则', list: { numId: 1 } },
      { text: '本办法自公布之日起施行。', list: { numId: 1, level: 1 } },
      { text: '不编号的段落' },
      { text: '工作要求', list: { numId: 2 } },
      { text: '加强领导', list: { numId: 2, level: 1 } },
      { text: '细则', list: { numId: 2, level: 2 } },
      { text: '落实责任', list: { numId: 2, level: 1 } },
    ])).toEqual([
      '第一章 总则', '第一条 为了规范工作，制定本办法。', '第二条 本办法适用于本县。', '第二章 附则', '第一条 本办法自公布之日起施行。',
      '不编号的段落', '一、 工作要求', '（一） 加强领导', '1. 细则', '（二） 落实责任',
    ]);
  });

  it('numbers a level on through higher levels when it never restarts (w:lvlRestart 0)', () => {
    const onward = Buffer.from(numbering.toString().replace('第%2条"/>', '第%2条"/><w:lvlRestart w:val="0"/>'));
    const bytes = zip([...docxParts(documentXml([{ text: '甲', list: { numId: 1, level: 1 } }, { text: '章', list: { numId: 1 } }, { text: '乙', list: { numId: 1, level: 1 } }])), ['word/numbering.xml', onward]]);
    const result = readDocx(bytes, 1_000_000, 100);
    expect('blocks' in result && result.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(['第一条 甲', '第一章 章', '第二条 乙']);
  });

  it('leaves a paragraph of an unknown list as written', () => {
    expect(read([{ text: '正文', list: { numId: 9 } }])).toEqual(['正文']);
  });
});
