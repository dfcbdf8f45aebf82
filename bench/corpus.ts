/**
 * The benchmark corpus, generated at run time from the samples' content (never committed): HTML pages as government
 * sites publish them — site chrome (navigation, breadcrumb, share widgets, footer with ICP numbers), injected spam
 * (SEO title lines, keyword lists, hidden tags), a share in GB18030 — and a large 标准目录 workbook with merged cells.
 * Deterministic: the same options give the same bytes.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { encodeGb18030 } from './gb18030.js';

export interface PageSpec {
  name: string;
  bytes: Uint8Array;
  encoding: 'utf-8' | 'gb18030';
}

const NAV = ['首页', '政务公开', '政务服务', '互动交流', '走进本区', '无障碍浏览', '长者模式', '政府信箱', '加入收藏'];
const SPAM_TITLES = ['亚洲国产成人精品久久久国产成人一区_韩日欧美一区_精品视频在线观看', '365体育官网_真人棋牌_老虎机娱乐城', 'pg电子直营网,澳门赌场,新葡京娱乐'];
const SPAM_KEYWORDS = ['中文字幕一区二区', '国产精品无码', '午夜福利视频', '在线观看免费', '娛樂城', '彩票开奖', '真人视讯'];
const FOOTER = [
  '主办单位：区人民政府办公室 承办单位：区政务服务数据管理局',
  '政府网站标识码：4309030001 湘ICP备05010518号 湘公网安备 43090302000991号',
  '技术支持电话：0737-4221234 地址：益阳市赫山区龙岭路1号 邮政编码：413000',
];

/** A small deterministic PRNG (mulberry32): the corpus must not depend on Math.random. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sampleLines(samplesDir: string): string[][] {
  return readdirSync(samplesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(samplesDir, f), 'utf8').split('\n').filter((l) => l.trim()));
}

/** Page `index` of the corpus: a window of one sample's lines in a site's page, maybe with spam, maybe GB18030. */
export function buildPage(samples: string[][], index: number): PageSpec {
  const random = prng(index * 7919 + 1);
  const lines = samples[index % samples.length]!;
  const length = Math.min(lines.length, 20 + Math.floor(random() * 80));
  const start = Math.floor(random() * Math.max(1, lines.length - length));
  const body = lines.slice(start, start + length);
  const spam = random() < 0.3;
  const encoding = random() < 0.2 ? 'gb18030' : 'utf-8';
  const title = spam ? SPAM_TITLES[index % SPAM_TITLES.length]! : escape(body[0]!.slice(0, 40));
  const content = body.map((line) => {
    if (line.startsWith('|') && line.endsWith('|')) return `<tr>${line.slice(1, -1).split('|').map((c) => `<td>${escape(c.trim())}</td>`).join('')}</tr>`;
    return `<p>${escape(line)}</p>`;
  });
  const html = [
    '<!DOCTYPE html>',
    `<html lang="zh-CN"><head><meta charset="${encoding}"><title>${title}</title>`,
    '<link rel="stylesheet" href="/css/site.css"><script src="/js/jquery.min.js"></script></head><body>',
    `<div class="header"><ul class="nav">${NAV.map((n, i) => `<li><a href="/col/${i}/">${n}</a></li>`).join('')}</ul></div>`,
    `<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开目录 &gt; 第${index}页</div>`,
    '<div class="meta">发布时间：2022-12-16 来源：区人力资源和社会保障局 字号：【大 中 小】 打印本页 关闭窗口</div>',
    spam ? `<li id="mc${index % 997}"><source id="mc${index % 997}"></source></li>` : '',
    '<div class="article">',
    ...groupTables(content),
    '</div>',
    '<div class="share">分享到： 用微信扫描二维码 扫一扫在手机上查看当前页面 上一篇： 下一篇：</div>',
    spam ? `<div class="tail">${SPAM_KEYWORDS.map((k, i) => `${k}${(index + i) % 100}`).join('| ')}</div>` : '',
    `<div class="footer">${FOOTER.map((f) => `<p>${f}</p>`).join('')}</div>`,
    '</body></html>',
    '',
  ].join('\n');
  const bytes = encoding === 'gb18030' ? encodeGb18030(html) : new TextEncoder().encode(html);
  return { name: `page-${String(index).padStart(6, '0')}.html`, bytes, encoding };
}

/** Consecutive <tr> lines go into one <table>. */
function groupTables(content: string[]): string[] {
  const out: string[] = [];
  let rows: string[] = [];
  const flush = () => {
    if (rows.length) out.push(`<table class="list">\n${rows.join('\n')}\n</table>`);
    rows = [];
  };
  for (const c of content) {
    if (c.startsWith('<tr>')) rows.push(c);
    else {
      flush();
      out.push(c);
    }
  }
  flush();
  return out;
}

/** Writes pages [from, to) of the corpus into `dir`, 1000 to a subfolder (as crawls are stored). */
export function writePages(samples: string[][], dir: string, from: number, to: number): PageSpec[] {
  const written: PageSpec[] = [];
  for (let i = from; i < to; i++) {
    const page = buildPage(samples, i);
    const folder = join(dir, `part-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (i === from || i % 1000 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, page.name), page.bytes);
    written.push(page);
  }
  return written;
}

const HEADER_1 = ['序号', '公开事项', '', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '', '公开方式', '', '公开层级', ''];
const HEADER_2 = ['', '一级事项', '二级事项', '', '', '', '', '', '全社会', '特定群体', '主动', '依申请', '县级', '乡级'];
const FIRST_LEVEL = ['就业信息服务', '职业技能培训', '社会保险参保登记', '养老保险待遇', '工伤保险待遇', '失业保险待遇', '劳动关系协调', '人才人事'];

/** A 标准目录 workbook: two merged header rows, first-level items merged over their second-level rows. */
export function buildWorkbook(rows: number): { bytes: Uint8Array; rows: number } {
  const aoa: string[][] = [HEADER_1, HEADER_2];
  const merges: XLSX.Range[] = [
    { s: { r: 0, c: 1 }, e: { r: 0, c: 2 } },
    { s: { r: 0, c: 8 }, e: { r: 0, c: 9 } },
    { s: { r: 0, c: 10 }, e: { r: 0, c: 11 } },
    { s: { r: 0, c: 12 }, e: { r: 0, c: 13 } },
    ...[0, 3, 4, 5, 6, 7].map((c) => ({ s: { r: 0, c }, e: { r: 1, c } })),
  ];
  const random = prng(rows);
  let r = 2;
  while (r - 2 < rows) {
    const group = Math.min(rows - (r - 2), 3 + Math.floor(random() * 10));
    const first = FIRST_LEVEL[(r * 31) % FIRST_LEVEL.length]!;
    for (let k = 0; k < group; k++) {
      const n = r - 1;
      aoa.push([
        String(n), k === 0 ? first : '', `${first}事项${n}`, '1.事项名称 2.事项简述 3.办理材料 4.办理方式 5.办理时限',
        '1.《中华人民共和国政府信息公开条例》（中华人民共和国国务院令第711号）2.《中华人民共和国社会保险法》',
        '公开事项信息形成或变更之日起20个工作日内公开', '县人力社保局', '■政府网站 ■政务服务中心 □两微一端',
        '√', '', '√', '', '√', '√',
      ]);
      r++;
    }
    if (group > 1) merges.push({ s: { r: r - group, c: 1 }, e: { r: r - 1, c: 1 } });
  }
  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  sheet['!merges'] = merges;
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '标准目录');
  return { bytes: XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array, rows };
}

export function writeWorkbook(dir: string, rows: number): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, '标准目录.xlsx');
  writeFileSync(path, buildWorkbook(rows).bytes);
  return path;
}
