import { describe, expect, it } from 'vitest';
import { documentSections, sectionsFromText } from '../parsers/shared/sections-from-text.js';
import { ingestFile } from '../src/index.js';
import { parseChineseNumber, toChineseNumber } from '../parsers/shared/chinese-number.js';
import { flatten, sectionCharacters } from './helpers/sections.js';
import { readRepoFile, SEEDS } from './helpers/run-parser.js';

/** Seed 000 L21-L22: the 条款内容 cell of the emergency-plan row, a whole plan flattened into one cell. */
const plan = readRepoFile(SEEDS.heshan).split('\n').slice(20, 22).join('\n');

describe('sectionsFromText on the emergency plan of seed 000', () => {
  const sections = sectionsFromText(plan);

  it('reads the seven 一、 headings with their titles', () => {
    expect(sections.filter((s) => s.number).map((s) => `${s.number}${s.heading}`)).toEqual([
      '一、总则', '二、组织体系及职责', '三、预防与预警机制', '四、应急响应程序', '五、后期处置', '六、应急保障', '七、附则',
    ]);
    expect(sections[0]).toEqual({ heading: '', text: '益阳市赫山区人力资源和社会保障领域 突发事件应急预案', children: [] });
  });

  it('nests (一) under 一、 and 1、 under (一), restarting each list', () => {
    const general = sections[1]!;
    expect(general.children.map((c) => `${c.number}${c.heading}`)).toEqual(['(一)编制目的', '(二)编制依据', '(三)工作原则', '(四)适用范围']);
    expect(general.children[2]!.children.map((c) => c.number)).toEqual(['1、', '2、', '3、', '4、']);
    expect(general.children[3]!.children.map((c) => c.number)).toEqual(['1、', '2、', '3、', '4、', '5、']);
    expect(general.children[3]!.text).toBe('本预案适用于本区行政区域内,由人社部门职能范围内事项引发的突发事件预防、预警、响应、处置及后期恢复,主要包括:');
    // 1 title paragraph + 7 headings + 22 (一) points + 37 numbered items (35 under points, 2 under 七、附则).
    expect(flatten(sections)).toHaveLength(67);
  });

  it('does not split on numbers inside sentences (1小时内, 10-20人, Ⅳ级)', () => {
    const warning = flatten(sections).find((s) => s.heading === '预警分级')!;
    expect(warning.children).toEqual([]);
    expect(warning.text).toContain('Ⅳ级预警(一般):单一问题引发10-20人聚集');
  });

  it('keeps every character', () => {
    expect(sectionCharacters(sections)).toBe(plan.replace(/\s+/g, ''));
  });
});

describe('structured cells in the pipeline', () => {
  it('gives seed 000 emergency-plan item its sections and keeps the whole text in clauses', async () => {
    const { items } = await ingestFile(SEEDS.heshan, new TextEncoder().encode(readRepoFile(SEEDS.heshan)));
    const withSections = items.filter((i) => i.sections);
    expect(withSections.map((i) => i.name)).toEqual(['益阳市赫山区人力资源和社会保障领域突发事件应急预案']);
    const plan = withSections[0]!;
    expect(plan.clauses.length).toBeGreaterThan(3900);
    expect(sectionCharacters(plan.sections!)).toBe(plan.clauses.replace(/\s+/g, ''));
  });

  it('leaves ordinary cells and quoted articles with points alone', () => {
    expect(documentSections('益阳市赫山区2025年信息公开指南')).toBeUndefined();
    expect(documentSections('《中华人民共和国就业促进法》第三十五条:提供下列服务:(一)咨询;(二)发布;(三)指导;(四)介绍。')).toBeUndefined();
    expect(documentSections(plan)?.length).toBe(8);
  });
});

describe('sectionsFromText on small cases', () => {
  it('returns one unnumbered section for unstructured text and nothing for empty text', () => {
    expect(sectionsFromText('只是一段话。')).toEqual([{ heading: '', text: '只是一段话。', children: [] }]);
    expect(sectionsFromText('  \n')).toEqual([]);
  });

  it('takes a skipped number at a line start but not inside a line', () => {
    const lines = sectionsFromText('一、甲\n三、乙');
    expect(lines.map((s) => s.number)).toEqual(['一、', '三、']);
    const inline = sectionsFromText('一、甲 三、乙');
    expect(inline.map((s) => s.number)).toEqual(['一、']);
  });

  it('does not take a decimal or a cited article as a marker', () => {
    expect(sectionsFromText('第一条 依照第二十条第(一)项,收费8.5万元。')[0]!.children).toEqual([]);
  });
});

describe('Chinese numerals', () => {
  it('round-trips the article numbers', () => {
    for (const n of [1, 9, 10, 11, 20, 23, 99, 100, 105, 110, 999, 1000, 1005, 1010, 1050, 1100, 1234, 9999]) expect(parseChineseNumber(toChineseNumber(n))).toBe(n);
    expect([105, 110, 1005, 1010, 1050, 1100, 2019].map(toChineseNumber)).toEqual(['一百零五', '一百一十', '一千零五', '一千零一十', '一千零五十', '一千一百', '二千零一十九']);
    expect(toChineseNumber(12345)).toBe('12345');
    expect(parseChineseNumber('十六')).toBe(16);
    expect(parseChineseNumber('二十')).toBe(20);
    expect(parseChineseNumber('一百零五')).toBe(105);
    expect(parseChineseNumber('abc')).toBeUndefined();
  });
});
