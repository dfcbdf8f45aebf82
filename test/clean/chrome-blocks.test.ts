import { describe, expect, it } from 'vitest';
import { chrome } from '../../src/clean/chrome.js';
import { runPass } from './run-pass.js';
import { withoutLoneLabel } from '../../src/clean/lone-label.js';
import { ingestFile } from '../../src/ingest/ingest-file.js';
import type { DiagnosticInput } from '../../schemas/diagnostic.js';

const cleaned = (lines: string[]) => runPass(chrome, lines.join('\n'));
const left = (lines: string[]) => cleaned(lines).text.split('\n').filter((l) => l !== '');

describe('chrome blocks: side menus', () => {
  it('reads a menu label broken over two lines and takes the sub-items with the menu', () => {
    const menu = ['政府信息', '公开指南', '政府信息', '公开制度', '法定主动', '公开内容', '·机构职责', '·规划计划', '政府信息', '公开年报', '依申请公开'];
    const r = cleaned([...menu, '市政府部门', '市发展改革委']);
    expect(r.text.split('\n').filter((l) => l !== '')).toEqual(['市政府部门', '市发展改革委']);
    expect(new Set(r.diagnostics.map((d) => d.ruleId))).toEqual(new Set(['clean/chrome-menu']));
  });

  it('keeps bullet lines and broken labels when no menu is around them', () => {
    const page = ['某某通知', '·机构职责', '·规划计划', '政府信息', '公开指南'];
    expect(cleaned(page).text).toBe(page.join('\n'));
  });

  it("takes the menu's letter-spaced heading and a link naming a menu label at its edges, not a title", () => {
    const side = ['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报'];
    expect(left(['政      策', '', ...side, '', '国家、省和部门政府信息公开平台', '某某街道政务公开标准目录', '序号'])).toEqual(['某某街道政务公开标准目录', '序号']);
    expect(left([...side, '某某县政府信息公开指南', '一、概述。'])).toEqual(['某某县政府信息公开指南', '一、概述。']);
    // A letter-spaced heading with no menu beside it is the document's (`总      则`).
    expect(left(['总      则', '第一条 为了规范管理，制定本办法。'])).toEqual(['总      则', '第一条 为了规范管理，制定本办法。']);
  });
});

describe('chrome blocks: page headers and link lists', () => {
  it("removes a site's menu bar printed as the page's first line", () => {
    const r = cleaned(['某某网   苗木供应信息 苗木求购信息 苗木报价 苗木品种 园林新闻', '某某信息公开规定', '第一条 为了规范管理，制定本规定。']);
    expect(r.text.split('\n')[0]).toBe('');
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['clean/chrome-menu']);
  });

  it('keeps a header of catalogue column labels and a short first line', () => {
    const header = ['序号 公开事项 公开内容 公开依据 公开时限 公开主体', '1 机构信息 机关简介 条例 20个工作日'];
    expect(cleaned(header).text).toBe(header.join('\n'));
    const table = ['姓名 职务 分工 办公电话 办公地址 邮政编码', '张三 局长 全面工作 1234567 某某路 100000'];
    expect(cleaned(table).text).toBe(table.join('\n'));
    const title = ['某某县 政府信息 公开指南', '一、概述。'];
    expect(cleaned(title).text).toBe(title.join('\n'));
  });

  it("removes a document site's file-name header, not a list of attachments or a numbered file", () => {
    const r = cleaned(['某某领域基层政务公开(文化服务中心).doc', '附件 6 某某领域基层政务公开 序号 公开事项']);
    expect(r.text.split('\n')[0]).toBe('');
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['clean/chrome-docsite']);
    const list = ['某某目录.doc', '某某清单.xlsx'];
    expect(cleaned(list).text).toBe(list.join('\n'));
    const numbered = ['1.某某目录.doc', '正文。'];
    expect(cleaned(numbered).text).toBe(numbered.join('\n'));
  });

  it('removes a list of links cut to one width, not rows whose cells vary', () => {
    const grid = ['氯胺酮原料及氯胺酮注射 关于人用狂犬病疫苗实施 某省农业厅、财政厅 关', '农业部关于实施“九大行 《饲料和饲料添加剂管理 无公害农产品定点检测机', '肉类加工厂卫生规范(三 四川省实施《中华人民共 关于印发国家农业综合开', '广西农业产业化发展规划 江苏省农村土地承包经营 2006年国家农业综合开发'];
    const r = cleaned(['某某规定', ...grid, '第一条 为了规范管理，制定本规定。']);
    expect(r.text.split('\n').filter((l) => l !== '')).toEqual(['某某规定', '第一条 为了规范管理，制定本规定。']);
    expect(new Set(r.diagnostics.map((d) => d.ruleId))).toEqual(new Set(['clean/chrome-links']));
    const rows = ['机关简介与职能 依据三定方案 20个工作日', '机构设置情况 内设机构名称 20个工作日', '领导信息及分工 姓名职务 20个工作日', '规划计划文件 发展规划 20个工作日'];
    expect(cleaned(rows).text).toBe(rows.join('\n'));
    const filled = ['基层政务公开标准目录 机关简介 20个工作日', '基层政务公开标准目录 机构设置 20个工作日', '基层政务公开标准目录 领导信息 20个工作日', '基层政务公开标准目录 规划计划 20个工作日'];
    expect(cleaned(filled).text).toBe(filled.join('\n'));
    const codes = ['11441402007211548X 机关简介 20个工作日', '11441402007211549Y 机构设置 20个工作日', '11441402007211550Z 领导信息 20个工作日', '11441402007211551A 规划计划 20个工作日'];
    expect(cleaned(codes).text).toBe(codes.join('\n'));
  });
});

describe('a page that is only its name', () => {
  const strip = (text: string) => {
    const diagnostics: DiagnosticInput[] = [];
    return { text: withoutLoneLabel(text, (d) => diagnostics.push(d)), diagnostics };
  };

  it.each(['本局公开制度', '某某市住房和城乡建设局政府信息公开', '规范性文件 > 部门文件'])('removes %j when it is the only line', (line) => {
    const r = strip(`\n${line}\n`);
    expect(r.text).toBe('\n\n');
    expect(r.diagnostics).toEqual([expect.objectContaining({ ruleId: 'clean/chrome-lone-label', place: 'L2', actual: line })]);
  });

  it('keeps a label with other text, a lone sentence, and a phrase that names no column', () => {
    for (const text of ['本局公开制度\n第一条 为了规范管理，制定本制度。', '本通知自印发之日起施行。', '应由主办的行政机关负责保密审查']) expect(strip(text).text).toBe(text);
  });

  it('is judged on a page the classifier found empty: the page keeps its reason, the cleaned text loses the label', async () => {
    const r = await ingestFile('column.txt', new TextEncoder().encode('本局公开制度\n'));
    expect(r.record.pageKind?.kind).toBe('navigation-only');
    expect(r.record.pageKind?.reason).toMatch(/title, column name or breadcrumb/u);
    expect(r.record.cleanedText).toBe('\n');
    // A catalogue page whose text is its title alone (the table is read from its grid) keeps the title.
    const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const html = `<html><body><h1>某某局主动公开事项目录</h1><table>${row(['序号', '公开事项', '公开内容', '公开依据', '公开时限'])}${row(['1', '机构职能', '机关简介', '《条例》', '20个工作日'])}</table></body></html>`;
    const page = await ingestFile('page.html', new TextEncoder().encode(html));
    expect(page.record.pageKind?.kind).not.toBe('navigation-only');
    expect(page.record.cleanedText).toContain('某某局主动公开事项目录');
  });
});
