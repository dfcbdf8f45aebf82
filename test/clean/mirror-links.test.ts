import { describe, expect, it } from 'vitest';
import { mirrorLinksPass } from '../../src/clean/mirror-links.js';
import { brief, runPass } from './run-pass.js';

describe('mirror-link pass', () => {
  it.each([
    ['本年报的电子版可在市政府门户网站(www.example-mirror.com)下载。', '本年报的电子版可在市政府门户网站下载。', 'www.example-mirror.com'],
    ['可以在市人民政府信息公开网站(http://abc123.cn)上查阅', '可以在市人民政府信息公开网站上查阅', 'http://abc123.cn'],
    ['| 政府网站 | 20个工作日 | 办公室 | http://www.71498.cn/2/content_1.html |', '| 政府网站 | 20个工作日 | 办公室 |  |', 'http://www.71498.cn/2/content_1.html'],
  ])('removes the link in %j', (dirty, clean, link) => {
    const r = runPass(mirrorLinksPass, `标题\n${dirty}`);
    expect(r.text).toBe(`标题\n${clean}`);
    expect(r.diagnostics.map(brief)).toEqual([`clean/mirror-link@L2: ${link} → `]);
  });

  it.each([
    '市政府门户网站(www.hengyang.gov.cn)',
    '台湾地区政府网站 https://www.ey.gov.tw/page/1',
    '联系邮箱:xxgk@163.com,政府网站留言',
    '参见 http://www.example.com/doc.pdf',
    '附件:政府网站年度报表.xlsx',
  ])('keeps %j', (text) => {
    const r = runPass(mirrorLinksPass, text);
    expect(r.text).toBe(text);
    expect(r.diagnostics).toEqual([]);
  });
});
