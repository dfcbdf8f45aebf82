/**
 * A generated input set of notices and the catalogue files they attach: per folder, a notice (text or HTML) listing
 * two attachments — a 就业 catalogue as .xlsx (SheetJS) and a 社会保险 catalogue as .csv — and a catalogue beside them
 * that the notice does not list. The notice declares the 一级/二级 counts of both catalogues.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { referenceWorkbook } from '../formats/make-xlsx.js';
import { ROWS } from '../formats/reference-catalogue.js';

export const NOTICE_TITLE = 'XX县人力资源和社会保障局关于印发就业和社会保险领域基层政务公开标准目录的通知';
export const DOC_NUMBER = '县人社发〔2024〕12号';
export const XLSX_NAME = 'XX县就业领域基层政务公开标准目录.xlsx';
export const CSV_NAME = 'XX县社会保险领域基层政务公开标准目录.csv';

/** 3 rows under 2 一级事项. */
const CSV_ROWS = [
  ['1', '社会保险登记', '参保登记', '参保登记的办理条件、办理流程', '《中华人民共和国社会保险法》', '信息形成之日起20个工作日内', '县社会保险事业中心'],
  ['2', '社会保险登记', '变更登记', '变更登记的办理条件、办理流程', '《中华人民共和国社会保险法》', '信息形成之日起20个工作日内', '县社会保险事业中心'],
  ['3', '社会保险待遇', '养老保险待遇核定', '待遇核定的条件、标准', '《中华人民共和国社会保险法》', '信息形成之日起20个工作日内', '县社会保险事业中心'],
];
const CSV_HEADER = ['序号', '一级事项', '二级事项', '公开内容', '公开依据', '公开时限', '公开主体'];

export function catalogueCsv(rows: string[][] = CSV_ROWS): string {
  return [CSV_HEADER, ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n';
}

/** The declaration as a notice prints it; the right counts unless told otherwise. */
export function declaration(employment = { level1: 6, level2: ROWS.length }, insurance = { level1: 2, level2: 3 }): string {
  return `“两个目录”中，就业领域基层政务公开事项包括一级事项${employment.level1}项、二级事项${employment.level2}项，社会保险领域包括一级事项${insurance.level1}项、二级事项${insurance.level2}项。`;
}

export function noticeText(declared = declaration()): string {
  return [
    NOTICE_TITLE,
    DOC_NUMBER,
    '各乡镇人民政府、街道办事处，县直各有关单位：',
    `  现将《XX县就业领域基层政务公开标准目录》《XX县社会保险领域基层政务公开标准目录》印发给你们，请结合实际认真贯彻执行。${declared}`,
    `  附件：1.${XLSX_NAME}`,
    `  2.${CSV_NAME}`,
    '  XX县人力资源和社会保障局',
    '  2024年3月5日',
    '',
  ].join('\n');
}

/** The same notice as a web page whose 附件 are links: the workbook saved under its link's name, the CSV's link URL-encoded. */
export function noticeHtml(xlsxHref: string, declared = declaration()): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${NOTICE_TITLE}</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>
<div class="article">
<h1>${NOTICE_TITLE}</h1>
<p>发布日期：2024-03-06</p>
<p>${DOC_NUMBER}</p>
<p>各乡镇人民政府、街道办事处，县直各有关单位：</p>
<p>现将《XX县就业领域基层政务公开标准目录》《XX县社会保险领域基层政务公开标准目录》印发给你们，请结合实际认真贯彻执行。${declared}</p>
<p>附件：<a href="${xlsxHref}">1.${XLSX_NAME}</a></p>
<p><a href="/uploads/${encodeURIComponent(CSV_NAME)}">2.${CSV_NAME}</a></p>
<p>XX县人力资源和社会保障局</p>
<p>2024年3月5日</p>
</div></body></html>
`;
}

export interface NoticeFolder {
  dir: string;
  notice: string;
  xlsx: string;
  csv: string;
  unlisted: string;
}

/** One folder: the notice (`text` or `html`), its two attachments, and a catalogue the notice does not list. */
export function writeNoticeFolder(dir: string, kind: 'text' | 'html', declared = declaration()): NoticeFolder {
  mkdirSync(dir, { recursive: true });
  const xlsxFile = kind === 'html' ? 'P020240306512345678901.xlsx' : XLSX_NAME;
  const files = {
    notice: join(dir, kind === 'html' ? 'notice.html' : 'notice.txt'),
    xlsx: join(dir, xlsxFile),
    csv: join(dir, CSV_NAME),
    unlisted: join(dir, 'XX县其他领域目录.csv'),
  };
  writeFileSync(files.notice, kind === 'html' ? noticeHtml(`/uploads/${xlsxFile}`, declared) : noticeText(declared));
  writeFileSync(files.xlsx, referenceWorkbook('xlsx'));
  writeFileSync(files.csv, catalogueCsv());
  writeFileSync(files.unlisted, catalogueCsv([['1', '其他事项', '其他公开事项', '其他内容', '《中华人民共和国政府信息公开条例》', '20个工作日内', '县政府办公室']]));
  return { dir, ...files };
}

export const scratch = (prefix = 'catalog-link-') => mkdtempSync(join(tmpdir(), prefix));
