/**
 * Spam keyword blocks in the DOM: a block is judged on its whole text, so a term split over inline elements, a list
 * spread over several children and a list written as bare text under <body> are removed like a plain one, and a
 * page whose words only look alike keeps everything.
 */
import { describe, expect, it } from 'vitest';
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import { prepareHtml } from '../../src/html/prepare-html.js';

function prepare(body: string) {
  const diagnostics: DiagnosticInput[] = [];
  const page = prepareHtml(Buffer.from(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`), (d) => diagnostics.push(d));
  return { text: page.text, blocks: diagnostics.filter((d) => d.ruleId === 'clean/html-spam-block') };
}

const ARTICLE = '<div class="article"><p>第一条 为规范政府信息公开工作，制定本办法。</p><p>第二条 本办法适用于本局。</p></div>';

describe('spam keyword blocks in the DOM', () => {
  it('a list whose strong terms are each split over two inline elements is removed', () => {
    const list = '<div class="tail"><span>国产</span><span>精品</span> | <span>午夜</span><span>福利</span> | <span>日韩</span><span>精品</span> | <span>久久</span><span>精品</span></div>';
    const { text, blocks } = prepare(ARTICLE + list);
    expect(blocks).toHaveLength(1);
    expect(text).not.toContain('午夜');
    expect(text).toContain('第二条 本办法适用于本局。');
  });

  it('a list in Traditional script, each term split over two links, is removed', () => {
    const list = '<p><a href="#">無</a><a href="#">碼</a> | <a href="#">國產</a><a href="#">精品</a> | <a href="#">午夜</a><a href="#">福利</a></p>';
    const { text, blocks } = prepare(ARTICLE + list);
    expect(blocks).toHaveLength(1);
    expect(text).not.toMatch(/國產|午夜/);
  });

  it('a keyword list written as bare text directly under <body> is removed', () => {
    const { text, blocks } = prepare(`${ARTICLE}无码 | 国产精品 | 午夜福利 | 日韩精品`);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.message).toMatch(/bare text/);
    expect(text).not.toContain('国产精品');
  });

  it('a term cut by white space between two elements is no term: the words stay', () => {
    const page = '<div class="article"><p>第一条 本办法适用于本局。</p><div><span>国产</span>\n<span>精品课程建设 | 体育局 | 彩票公益金 | 视频会议</span></div></div>';
    const { text, blocks } = prepare(page);
    expect(blocks).toHaveLength(0);
    expect(text).toContain('彩票公益金');
  });
});
