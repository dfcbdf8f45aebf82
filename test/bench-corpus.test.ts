/** The benchmark's generated inputs are what they claim to be (no timing here: the bench measures, tests check). */
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { join } from 'node:path';
import { buildPage, buildWorkbook, sampleLines } from '../bench/corpus.js';
import { encodeGb18030 } from '../bench/gb18030.js';
import { repo } from './helpers/mixed-corpus.js';

describe('bench corpus', () => {
  const samples = sampleLines(join(repo, 'samples'));

  it('encodes GB18030 that decodes back to the same text', () => {
    const text = '关于全面推进政务公开工作的意见 (2024) 《条例》第二十条';
    expect(new TextDecoder('gb18030').decode(encodeGb18030(text))).toBe(text);
  });

  it('builds deterministic HTML pages, some GB18030, with the samples’ text, chrome and spam', () => {
    const pages = Array.from({ length: 60 }, (_, i) => buildPage(samples, i));
    expect(buildPage(samples, 7).bytes).toEqual(pages[7]!.bytes);
    const encodings = new Set(pages.map((p) => p.encoding));
    expect(encodings).toEqual(new Set(['utf-8', 'gb18030']));
    let spam = 0;
    for (const page of pages) {
      const html = new TextDecoder(page.encoding, { fatal: true }).decode(page.bytes);
      expect(html).toContain(`<meta charset="${page.encoding}">`);
      const $ = cheerio.load(html);
      expect($('.footer').text()).toContain('政府网站标识码');
      expect($('.article').text().length).toBeGreaterThan(50);
      if ($('.tail').length) spam++;
    }
    expect(spam).toBeGreaterThan(5);
    expect(pages.some((p) => cheerio.load(new TextDecoder(p.encoding).decode(p.bytes))('table.list tr').length > 0)).toBe(true);
  });

  it('builds a 标准目录 workbook with merged header and first-level cells', () => {
    const book = XLSX.read(buildWorkbook(200).bytes);
    const sheet = book.Sheets['标准目录']!;
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, defval: '' });
    expect(rows).toHaveLength(202);
    expect(rows[0]!.slice(0, 4)).toEqual(['序号', '公开事项', '', '公开内容（要素）']);
    expect(rows[1]!.slice(1, 3)).toEqual(['一级事项', '二级事项']);
    const merges = sheet['!merges']!;
    expect(merges.some((m) => m.s.c === 1 && m.s.r >= 2 && m.e.r > m.s.r)).toBe(true);
  });
});
