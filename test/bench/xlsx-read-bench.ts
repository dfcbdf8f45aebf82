/**
 * Reading a 标准目录 workbook with merges filled (readWorkbookGrids) against SheetJS's own raw read
 * (XLSX.read + sheet_to_json header:1 raw) of the same bytes with the same options. Not a test: prints rows/s.
 * Run with `npm run bench:xlsx` (ROWS=20000 by default).
 */
import * as XLSX from 'xlsx';
import { READ_OPTIONS, readWorkbookGrids } from '../../parsers/xlsx/index.js';
import { xlsxParser } from '../../parsers/xlsx/index.js';

const ROWS = Number(process.env.ROWS ?? 20_000);
const RUNS = 7;

function workbook(rows: number): Buffer {
  const aoa: string[][] = [
    ['XX县就业领域基层政务公开标准目录'],
    ['序号', '公开事项', '', '公开内容(要素)', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '', '公开方式', '', '公开层级', ''],
    ['', '一级事项', '二级事项', '', '', '', '', '', '全社会', '特定群体', '主动', '依申请', '县级', '乡级'],
  ];
  const merges: XLSX.Range[] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 13 } }];
  for (const c of [0, 3, 4, 5, 6, 7]) merges.push({ s: { r: 1, c }, e: { r: 2, c } });
  for (const c of [1, 8, 10, 12]) merges.push({ s: { r: 1, c }, e: { r: 1, c: c + 1 } });
  for (let i = 0; i < rows; i++) {
    const first = i % 3 === 0;
    aoa.push([String(i + 1), first ? `${i / 3 + 1}.一级事项${i}` : '', `二级事项${i}`, '服务对象/申请条件/办理流程/咨询电话',
      '《中华人民共和国就业促进法》', i % 50 === 0 ? '公开事项信息形成或变更之日起20个工作日内公开' : '', '县人力资源社会保障部门',
      '■政府网站 □政府公报 ■两微一端', '√', '', '√', '', '√', i % 2 ? '√' : '']);
    // 一级事项 over 3 rows, 公开时限 over 50 rows: the usual shape of a real catalogue.
    if (first) merges.push({ s: { r: 3 + i, c: 1 }, e: { r: Math.min(3 + i + 2, 2 + rows), c: 1 } });
    if (i % 50 === 0) merges.push({ s: { r: 3 + i, c: 5 }, e: { r: Math.min(3 + i + 49, 2 + rows), c: 5 } });
  }
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  ws['!merges'] = merges;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '就业');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function time(fn: () => unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

const bytes = workbook(ROWS);
const u8 = new Uint8Array(bytes);
const limits = { maxBytes: 1e9, maxCells: 1e8, maxUnzippedBytes: 1e10 };
const raw = () => {
  const wb = XLSX.read(bytes, READ_OPTIONS);
  for (const name of wb.SheetNames) XLSX.utils.sheet_to_json(wb.Sheets[name]!, { header: 1, raw: true });
};
const filled = () => readWorkbookGrids(u8, limits, () => {});
const parsed = () => xlsxParser.parse({ path: 'bench.xlsx', bytes: u8, text: '', encoding: 'binary', lines: [] }, { report: () => {}, limits });
const times = { raw: [] as number[], filled: [] as number[], parsed: [] as number[] };
raw(); await filled(); await parsed(); // warm-up
for (let i = 0; i < RUNS; i++) {
  times.raw.push(await time(raw));
  times.filled.push(await time(filled));
  times.parsed.push(await time(parsed));
}
const rate = (ms: number) => Math.round(ROWS / (ms / 1000));
const m = { raw: median(times.raw), filled: median(times.filled), parsed: median(times.parsed) };
console.log(`${ROWS} rows, ${bytes.length} bytes, median of ${RUNS} runs`);
console.log(`SheetJS read + sheet_to_json raw: ${m.raw.toFixed(0)} ms, ${rate(m.raw)} rows/s`);
console.log(`readWorkbookGrids (merges filled): ${m.filled.toFixed(0)} ms, ${rate(m.filled)} rows/s, ${((m.filled / m.raw - 1) * 100).toFixed(1)}% over raw`);
console.log(`xlsxParser.parse (grid + decode):  ${m.parsed.toFixed(0)} ms, ${rate(m.parsed)} rows/s`);
