/**
 * The hostile corpus, built at test time (nothing large is committed). Each case names its file, how to build its
 * bytes, and what the batch must say about it: the rule ids reported for that file and how many items it yields.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { workbook } from './zip.js';

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

/** GB18030 bytes of the table: the text is ASCII plus Han, so iconv-free encoding goes through a lookup of each char. */
function gb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  // Every two-byte GBK code point, decoded once: enough for the Han and punctuation of the table.
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.from([lead, trail]));
      if (!table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else out.push(...(table.get(ch) ?? [0x3f]));
  }
  return Buffer.from(out);
}

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
    file: 'catalogue.xlsx',
    why: 'a good workbook in the same batch',
    build: () => catalogueWorkbook(),
    rules: [],
    items: 20,
  },
];

/** A 20-row catalogue workbook written by the spreadsheet library. */
function catalogueWorkbook(): Buffer {
  const rows = Array.from({ length: 20 }, (_, k) => [`事项${k + 1}`, `第${k + 1}项的公开内容。`, '《中华人民共和国政府信息公开条例》', '政府网站', '20个工作日内', '办公室']);
  const sheet = XLSX.utils.aoa_to_sheet([['事项名称', '公开内容', '公开依据', '公开渠道', '公开时限', '公开责任'], ...rows]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Sheet1');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}
