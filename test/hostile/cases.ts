/**
 * The hostile corpus, built at test time (nothing large is committed). Each case names its file, how to build its
 * bytes, and what the batch must say about it: the rule ids reported for that file and how many items it yields.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { book, sheetRow, workbook } from './zip.js';
import { doc97, documentXml, docx, encryptedOoxml, type BlockSpec } from '../helpers/word-files.js';
import { backwardChains, loopedChain, passwordProtected, xls } from './compound.js';
import { fods, odfCell, odfRow, ods, odsBombContent } from './odf.js';

export interface HostileCase {
  /** File name in the batch directory; also the case's title. */
  file: string;
  why: string;
  build(): Buffer;
  /** Rule ids that must be reported for this file (each diagnostic names the file). */
  rules: string[];
  /** Items the file must still yield. */
  items: number;
}

const repo = join(import.meta.dirname, '../..');
export const GOOD_FILE = 'samples/000_009c419fc4f033b9.txt';
export const goodBytes = (): Buffer => readFileSync(join(repo, GOOD_FILE));

const HEADER = '| 事项名称 | 公开内容 | 公开依据 | 公开渠道 | 公开时限 | 公开责任 |';
const row = (k: number, content = `第${k}项的公开内容。`) => `| 事项${k} | ${content} | 《中华人民共和国政府信息公开条例》 | 政府网站 | 20个工作日内 | 办公室 |`;
/** A pipe table of `n` rows, lines joined by `eol`. */
export const pipeTable = (n: number, eol: string | ((i: number) => string) = '\n', content?: (k: number) => string): string => {
  const lines = [HEADER, '|---|---|---|---|---|---|', ...Array.from({ length: n }, (_, k) => row(k + 1, content?.(k + 1)))];
  return lines.map((l, i) => l + (i === lines.length - 1 ? '' : typeof eol === 'string' ? eol : eol(i))).join('');
};

/** Bytes of `text` in a legacy two-byte encoding (gb18030, big5), through a table of every two-byte code decoded once. */
function legacyBytes(text: string, encoding: 'gb18030' | 'big5'): Buffer {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.from([lead, trail]));
      if ([...ch].length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else for (const b of table.get(ch) ?? [0x3f]) out.push(b);
  }
  return Buffer.from(out);
}
const gb18030 = (text: string) => legacyBytes(text, 'gb18030');

/** `npm run fuzz` builds the inputs at the size the problems were found at; the normal suite at a size that runs fast. */
export const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const big = SCALE > 1;
/** The batch's cell limit: the default in the long run; lower in the normal suite, so that floods reach it fast. */
export const BATCH_MAX_CELLS = big ? 2_000_000 : 300_000;

const LABELS = ['事项名称', '公开内容', '公开依据', '公开渠道', '公开时限', '公开责任'];
const rowCells = (k: number) => [`事项${k}`, `第${k}项的公开内容。`, '《中华人民共和国政府信息公开条例》', '政府网站', '20个工作日内', '办公室'];
const page = (body: string, charset = 'utf-8') => `<!DOCTYPE html><html><head><meta charset="${charset}"><title>目录</title></head><body>${body}</body></html>`;
const htmlTable = (n: number) =>
  `<table><tr>${LABELS.map((l) => `<th>${l}</th>`).join('')}</tr>${Array.from({ length: n }, (_, k) => `<tr>${rowCells(k + 1).map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
/** A sheet of the catalogue header and `n` rows (inline strings), cells of row k built by `cells`. */
const catalogueRows = (n: number, cells: (k: number) => (string | { s: number } | { n: number } | undefined)[] = rowCells) =>
  [sheetRow(1, LABELS), ...Array.from({ length: n }, (_, k) => sheetRow(k + 2, cells(k + 1)))].join('');
/** Sheet XML that inflates to `bytes`: one inline-string cell of that many A's. */
const bombSheet = (bytes: number) => [Buffer.from('<row r="1"><c r="A1" t="inlineStr"><is><t>'), Buffer.alloc(bytes, 0x41), Buffer.from('</t></is></c></row>')];

export const CASES: HostileCase[] = [
  {
    file: 'empty.txt',
    why: 'an empty file',
    build: () => Buffer.alloc(0),
    rules: ['parse/navigation-only'],
    items: 0,
  },
  {
    file: 'mixed-line-ends.txt',
    why: 'CR, LF and CRLF mixed in one table',
    build: () => Buffer.from(pipeTable(30, (i) => ['\n', '\r\n', '\r'][i % 3]!)),
    rules: [],
    items: 30,
  },
  {
    file: 'nul-bytes.txt',
    why: 'NUL bytes inside a text table',
    build: () => Buffer.from(pipeTable(10, '\n', (k) => (k === 3 ? '内容\u0000\u0000含空字节' : `第${k}项的公开内容。`))),
    rules: ['decode/nul-bytes'],
    items: 10,
  },
  {
    file: 'enormous-cell.txt',
    why: 'a 5 MB cell in a pipe table',
    build: () => Buffer.from(pipeTable(5, '\n', (k) => (k === 2 ? '很长的内容'.repeat(350_000) : `第${k}项的公开内容。`))),
    rules: [],
    items: 5,
  },
  {
    file: 'invalid-utf8.txt',
    why: 'a UTF-8 table with a run of invalid bytes',
    build: () => {
      const [head, tail] = pipeTable(10).split('第5项');
      return Buffer.concat([Buffer.from(head!), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe, 0x80]), Buffer.from('第5项' + tail!)]);
    },
    rules: ['decode/invalid-bytes'],
    items: 10,
  },
  {
    file: 'invalid-gb18030.txt',
    why: 'a GB18030 table with a run of bytes GB18030 cannot map',
    build: () => {
      const [head, tail] = pipeTable(10).split('第5项');
      return Buffer.concat([gb18030(head!), Buffer.from([0xff, 0xff, 0x80, 0xff]), gb18030('第5项' + tail!)]);
    },
    rules: ['decode/invalid-bytes'],
    items: 10,
  },
  {
    file: 'proto-header.txt',
    why: '__proto__, constructor and prototype as header cells',
    build: () =>
      Buffer.from(
        [
          `${HEADER} __proto__ | constructor | prototype |`,
          '|---|---|---|---|---|---|---|---|---|',
          `${row(1)} {"polluted":1} | 构造 | 原型 |`,
          `${row(2)} polluted | c2 | p2 |`,
        ].join('\n'),
      ),
    rules: [],
    items: 2,
  },
  {
    file: 'single-line-20mb.txt',
    why: 'a 20 MB file on one line',
    build: () => {
      const line = goodBytes().toString('utf8').replace(/\r?\n/g, ' ');
      return Buffer.from(line.repeat(Math.ceil(20_000_000 / Buffer.byteLength(line))));
    },
    rules: [],
    items: 0,
  },
  {
    file: 'deep-nesting.html',
    why: 'a table inside <div> nested 10,000 deep',
    build: () => {
      const rows = Array.from({ length: 5 }, (_, k) => `<tr><td>事项${k + 1}</td><td>第${k + 1}项的公开内容。</td><td>《中华人民共和国政府信息公开条例》</td><td>政府网站</td><td>20个工作日内</td><td>办公室</td></tr>`);
      const table = `<table><tr><th>事项名称</th><th>公开内容</th><th>公开依据</th><th>公开渠道</th><th>公开时限</th><th>公开责任</th></tr>${rows.join('')}</table>`;
      return Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>目录</title></head><body>${'<div>'.repeat(10_000)}${table}${'</div>'.repeat(10_000)}</body></html>`);
    },
    rules: [],
    items: 5,
  },
  // The long run only (`npm run fuzz`): 100 MB takes a while to build, write and read on a CI machine.
  ...(Number(process.env.FUZZ_SCALE ?? 1) > 1
    ? [
        {
          file: 'single-line-100mb.txt',
          why: 'a 100 MB file on one line',
          build: () => {
            const line = goodBytes().toString('utf8').replace(/\r?\n/g, ' ');
            return Buffer.from(line.repeat(Math.ceil(100_000_000 / Buffer.byteLength(line))));
          },
          rules: [],
          items: 0,
        },
      ]
    : []),
  {
    file: 'not-a-zip.xlsx',
    why: 'an .xlsx name on bytes that are not a zip',
    build: () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    rules: ['decode/binary'],
    items: 0,
  },
  {
    file: 'corrupt-zip.xlsx',
    why: 'the zip signature and an xl/ part name followed by garbage',
    build: () => Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('xl/worksheets/sheet1.xml'), Buffer.alloc(2000, 0xa5)]),
    rules: ['parse/xlsx-unreadable'],
    items: 0,
  },
  {
    file: 'truncated.xlsx',
    why: 'a workbook cut at 60% of its bytes (an interrupted download)',
    build: () => {
      const bytes = catalogueWorkbook();
      return bytes.subarray(0, Math.floor(bytes.length * 0.6));
    },
    rules: ['parse/xlsx-unreadable'],
    items: 0,
  },
  {
    file: 'zip-bomb.xlsx',
    why: 'a 1 MB workbook whose sheet XML inflates to 300 MB',
    build: () =>
      workbook([Buffer.from('<row r="1"><c r="A1" t="inlineStr"><is><t>'), Buffer.alloc(300_000_000, 0x41), Buffer.from('</t></is></c></row>')]),
    rules: ['parse/xlsx-unzipped-limit'],
    items: 0,
  },
  {
    file: 'inflated-dimension.xlsx',
    why: 'a sheet declared A1:XFD1048576 holding 3 cells',
    // Written by hand: the library's own writer would walk the declared range.
    build: () => {
      const cells = ['事项名称', '公开内容', '公开时限'].map((t, i) => `<c r="${'ABC'[i]}1" t="inlineStr"><is><t>${t}</t></is></c>`);
      return workbook([Buffer.from(`<row r="1">${cells.join('')}</row>`)], 'A1:XFD1048576');
    },
    rules: [],
    items: 0,
  },
  {
    file: 'span-bomb.html',
    why: 'a 40 KB table of rowspan=1000 colspan=100 cells (billions of cells once expanded)',
    build: () => Buffer.from(page(`<table>${`<tr>${'<td rowspan="1000" colspan="100">格</td>'.repeat(25)}</tr>`.repeat(40)}</table>`)),
    rules: ['html/table-cell-limit'],
    // No catalogue header: the page's one document item.
    items: 1,
  },
  {
    file: 'stored-claim-bomb.xlsx',
    why: 'a sheet whose central directory says "stored" while its local header says deflate (inflates to 450 MB)',
    build: () => workbook(bombSheet(big ? 450_000_000 : 50_000_000), undefined, { centralMethod: { 'xl/worksheets/sheet1.xml': 0 } }),
    rules: ['parse/xlsx-unreadable'],
    items: 0,
  },
  {
    file: 'bomb-behind-junk.xlsx',
    why: 'a 300 MB zip bomb whose end record hides behind 70,000 junk bytes',
    build: () => workbook(bombSheet(300_000_000), undefined, { trailing: Buffer.alloc(70_000, 0x20) }),
    rules: ['parse/xlsx-unzipped-limit'],
    items: 0,
  },
  {
    file: 'huge-cell.xlsx',
    why: 'one cell holding 220 MB of text, under the unzipped cap (20 MB in the normal suite)',
    build: () => {
      const [head, tail] = catalogueRows(2, (k) => (k === 1 ? ['事项1', '\u0000', '条例'] : rowCells(k))).split('\u0000');
      return workbook([Buffer.from(head!), Buffer.alloc(big ? 220_000_000 : 20_000_000, 0x41), Buffer.from(tail!)]);
    },
    rules: ['parse/xlsx-cell-text-limit'],
    items: 2,
  },
  {
    file: 'huge-attribute.xlsx',
    why: 'a cell tag with a 200 MB attribute after two catalogue rows (20 MB in the normal suite)',
    build: () => workbook([Buffer.from(`${catalogueRows(2)}<row r="4"><c r="A4" t="inlineStr" x="`), Buffer.alloc(big ? 200_000_000 : 20_000_000, 0x41), Buffer.from('"><is><t>x</t></is></c></row>')]),
    rules: ['parse/xlsx-sheet-truncated'],
    items: 2,
  },
  {
    file: 'huge-shared-string.xlsx',
    why: 'a shared string of 220 MB shown by two cells (20 MB in the normal suite)',
    build: () => book({ sheets: [{ rows: catalogueRows(3, (k) => [`事项${k}`, { s: k === 3 ? 1 : 0 }]) }], strings: ['长'.repeat(big ? 73_000_000 : 7_000_000), '内容'] }),
    rules: ['parse/xlsx-cell-text-limit'],
    items: 3,
  },
  {
    file: 'text-flood.xlsx',
    why: 'a thousand cells of 200 KB each: 200 MB of text, no cell over the cell limit (40 MB in the normal suite)',
    build: () => {
      const text = Buffer.alloc(200_000, 0x41);
      const rows = [Buffer.from(sheetRow(1, LABELS))];
      for (let k = 1; k <= (big ? 1000 : 200); k++) {
        const [head, tail] = sheetRow(k + 1, [`事项${k}`, '\u0000', '条例']).split('\u0000');
        rows.push(Buffer.from(head!), text, Buffer.from(tail!));
      }
      return workbook(rows);
    },
    rules: ['parse/xlsx-text-limit'],
    // 32 MiB of text holds 167 rows of 200 KB.
    items: 167,
  },
  {
    file: 'cell-flood.xlsx',
    why: 'more tiny cells than the cell limit (13 M in the long run)',
    build: () => {
      const rows: Buffer[] = [];
      const cells = big ? 13_000_000 : BATCH_MAX_CELLS + 100_000;
      const row = '<c><v>1</v></c>'.repeat(100);
      for (let r = 1; r <= cells / 100; r++) rows.push(Buffer.from(`<row r="${r}">${row}</row>`));
      return workbook(rows);
    },
    rules: ['parse/xlsx-cell-limit'],
    items: 0,
  },
  {
    file: 'shared-string-out-of-range.xlsx',
    why: 'one cell names shared string 99 of 3',
    build: () => book({ sheets: [{ rows: catalogueRows(3, (k) => [`事项${k}`, { s: k === 2 ? 99 : k - 1 }]) }], strings: ['内容一', '内容二', '内容三'] }),
    rules: ['parse/xlsx-shared-string-index'],
    items: 3,
  },
  {
    file: 'no-shared-strings.xlsx',
    why: 'cells name shared strings, but the workbook has no shared-strings part',
    build: () => book({ sheets: [{ rows: catalogueRows(3, (k) => [`事项${k}`, { s: 0 }, undefined, '政府网站']) }] }),
    rules: ['parse/xlsx-shared-strings-missing'],
    items: 3,
  },
  {
    file: 'missing-sheet-part.xlsx',
    why: 'the workbook lists two sheets; the first one\'s part is not in the zip',
    build: () => book({ sheets: [{ rows: catalogueRows(2) }, { rows: catalogueRows(3) }], omit: ['xl/worksheets/sheet1.xml'] }),
    rules: ['parse/xlsx-sheet-missing'],
    items: 3,
  },
  {
    file: 'unclosed-sheet.xlsx',
    why: 'sheet XML cut inside its fifth row (no </sheetData>)',
    build: () => book({ sheets: [{ rows: catalogueRows(3) + '<row r="5"><c r="A5" t="inlineStr"><is><t>事项', unclosed: true }] }),
    rules: ['parse/xlsx-sheet-truncated'],
    items: 3,
  },
  {
    file: 'gb-under-big5.html',
    why: 'GB18030 bytes under <meta charset="big5">',
    build: () => gb18030(page(htmlTable(5), 'big5')),
    rules: ['decode/charset-mismatch'],
    items: 5,
  },
  {
    file: 'big5-invalid-bytes.html',
    why: 'a Big5 page with bytes Big5 cannot map (0x80, 0xFF)',
    build: () => {
      const [head, tail] = page('<p>政府資訊公開年報。本機關依法公開政府資訊。</p>', 'big5').split('本機關');
      return Buffer.concat([legacyBytes(head!, 'big5'), Buffer.from([0x80, 0xff, 0x80]), legacyBytes('本機關' + tail!, 'big5')]);
    },
    rules: ['decode/invalid-bytes'],
    // Two short sentences under the title 目录: too little text of its own for a document (parse/navigation-only).
    items: 0,
  },
  {
    file: 'far-right-cells.xlsx',
    why: 'every row also holds one cell in the last column (XFD)',
    build: () => {
      const n = big ? 60_000 : 10_000;
      const rows = [sheetRow(1, LABELS)];
      for (let k = 1; k <= n; k++) rows.push(sheetRow(k + 1, rowCells(k)).replace('</row>', `<c r="XFD${k + 1}"><v>${k}</v></c></row>`));
      return workbook(rows.map((r) => Buffer.from(r)));
    },
    rules: [],
    items: big ? 60_000 : 10_000,
  },
  {
    file: 'deep-nesting-100k.html',
    why: 'a table inside <div> nested 100,000 deep',
    build: () => Buffer.from(page(`${'<div>'.repeat(100_000)}${htmlTable(5)}${'</div>'.repeat(100_000)}`)),
    rules: ['html/too-large-for-dom'],
    items: 5,
  },
  {
    file: 'many-spans.html',
    why: 'a page of a million <span>s (16 MB; 320,000 in the normal suite)',
    build: () => Buffer.from(page(`<p>${'<span>字</span>'.repeat(big ? 1_000_000 : 320_000)}</p>`)),
    rules: ['html/too-large-for-dom'],
    // Read as text, the run of 字 is the page's own content: one article document.
    items: 1,
  },
  {
    file: 'truncated.docx',
    why: 'a Word catalogue cut at 60% of its bytes (an interrupted download)',
    build: () => {
      const bytes = docx(wordCatalogue());
      return bytes.subarray(0, Math.floor(bytes.length * 0.6));
    },
    rules: ['word/unreadable'],
    items: 0,
  },
  {
    file: 'zip-bomb.docx',
    why: 'a 1 MB .docx whose document.xml inflates to 300 MB',
    build: () => docx([], [Buffer.from('<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>'), Buffer.alloc(300_000_000, 0x41), Buffer.from('</w:t></w:r></w:p></w:body></w:document>')]),
    rules: ['word/unzipped-limit'],
    items: 0,
  },
  {
    file: 'password.docx',
    why: 'a password-protected .docx (a compound file holding an EncryptedPackage stream)',
    build: () => encryptedOoxml(),
    rules: ['office/password-protected'],
    items: 0,
  },
  {
    file: 'truncated.doc',
    why: 'a Word 97 catalogue cut in half',
    build: () => {
      const bytes = doc97(wordCatalogue());
      return bytes.subarray(0, Math.floor(bytes.length / 2));
    },
    rules: ['word/unreadable'],
    items: 0,
  },
  {
    file: 'span-bomb.docx',
    why: 'a table of cells spanning a billion columns, merged down every row (w:gridSpan, w:vMerge)',
    build: () => docx([{ rows: Array.from({ length: big ? 40_000 : 6_000 }, (_, r) => [{ text: '格', vMerge: r === 0 ? 'restart' as const : 'continue' as const }, { text: '格', span: 1_000_000_000 }]) }]),
    rules: ['word/table-cell-limit'],
    // No catalogue header: the document's rows are its text, one article.
    items: 1,
  },
  {
    file: 'huge-run.docx',
    why: 'a Word catalogue followed by a paragraph of 200 MB of text (20 MB in the normal suite)',
    build: () => docx(wordCatalogue(), afterBody(wordCatalogue(), [Buffer.from('<w:p><w:r><w:t>'), Buffer.alloc(big ? 200_000_000 : 20_000_000, 0x41), Buffer.from('</w:t></w:r></w:p>')])),
    rules: ['word/text-run-limit'],
    items: 20,
  },
  {
    file: 'huge-attribute.docx',
    why: 'a Word catalogue followed by a paragraph whose tag holds a 200 MB attribute (20 MB in the normal suite)',
    build: () => docx(wordCatalogue(), afterBody(wordCatalogue(), [Buffer.from('<w:p w:x="'), Buffer.alloc(big ? 200_000_000 : 20_000_000, 0x41), Buffer.from('"><w:r><w:t>x</w:t></w:r></w:p>')])),
    rules: ['word/tag-limit'],
    items: 20,
  },
  {
    file: 'catalogue.docx',
    why: 'a good Word catalogue in the same batch',
    build: () => docx(wordCatalogue()),
    rules: [],
    items: 20,
  },
  {
    file: 'truncated.xls',
    why: 'an .xls cut at 60% of its bytes (an interrupted download)',
    build: () => {
      const bytes = xls(catalogueRows20());
      return bytes.subarray(0, Math.floor(bytes.length * 0.6));
    },
    rules: ['parse/xlsx-unreadable'],
    items: 0,
  },
  {
    file: 'password.xls',
    why: 'an .xls protected by a password to open (FILEPASS record)',
    build: () => passwordProtected(xls(catalogueRows20())),
    rules: ['office/password-protected'],
    items: 0,
  },
  {
    file: 'looped-chain.xls',
    why: 'an .xls whose workbook stream\'s sector chain loops back on itself',
    build: () => loopedChain(xls(catalogueRows20())),
    rules: ['parse/xlsx-unreadable'],
    items: 0,
  },
  {
    file: 'backward-chains.xls',
    why: 'a 1.6 MB .xls whose sectors all chain backwards (the spreadsheet library\'s own reader: 25 s and 1.1 GiB)',
    build: () => backwardChains(xls(Array.from({ length: 30_000 }, (_, k) => rowCells(k + 1).slice(0, 3)))),
    rules: ['parse/xlsx-unreadable'],
    items: 0,
  },
  {
    file: 'zip-bomb.ods',
    why: 'a 1 MB .ods whose content.xml inflates to 300 MB',
    build: () => ods(odsBombContent(300_000_000)),
    rules: ['parse/xlsx-unzipped-limit'],
    items: 0,
  },
  {
    file: 'cell-flood.fods',
    why: 'a flat ODF sheet whose one repeated row stands for 100 million cells (a few KB of XML)',
    build: () => fods([{ name: '目录', rows: [odfRow(LABELS.map((l) => odfCell(l))), ...[1, 2, 3].map((k) => odfRow(rowCells(k).map((c) => odfCell(c)))), odfRow([odfCell('1', 100)], 1_000_000)] }]),
    rules: ['parse/xlsx-cell-limit'],
    items: 3,
  },
  {
    file: 'catalogue.xls',
    why: 'a good .xls in the same batch',
    build: () => xls(catalogueRows20()),
    rules: [],
    items: 20,
  },
  {
    file: 'catalogue.xlsx',
    why: 'a good workbook in the same batch',
    build: () => catalogueWorkbook(),
    rules: [],
    items: 20,
  },
];

/** The same 20-row catalogue as a Word document: a title paragraph and the table. */
/** The document part of `blocks` with `extra` at the end of its body. */
function afterBody(blocks: BlockSpec[], extra: Buffer[]): Buffer[] {
  const xml = documentXml(blocks);
  const end = xml.lastIndexOf('</w:body>');
  return [xml.subarray(0, end), ...extra, xml.subarray(end)];
}

function wordCatalogue(): BlockSpec[] {
  return [{ text: 'XX局政府信息主动公开目录' }, { rows: [LABELS.map((text) => ({ text })), ...Array.from({ length: 20 }, (_, k) => rowCells(k + 1).map((text) => ({ text })))] }];
}

/** The header and 20 rows of a catalogue. */
function catalogueRows20(): string[][] {
  return [LABELS, ...Array.from({ length: 20 }, (_, k) => rowCells(k + 1))];
}

/** A 20-row catalogue workbook written by the spreadsheet library. */
function catalogueWorkbook(): Buffer {
  const sheet = XLSX.utils.aoa_to_sheet(catalogueRows20());
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Sheet1');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}
