/**
 * Row accounting and round trips for the flattened-table parsers: generated tables are rendered the way scraped
 * pages flatten them, parsed back, and every row must come back as an item with the same cells — or be reported.
 */
import fc from 'fast-check';
import { runs } from '../helpers/runs.js';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/index.js';

const han = fc.constantFrom(...'政府信息公开事项目录机构职能规划计划统计财政采购人事业务社会保障就业创业服务中心办公室科股局'.split(''));
const word = (min: number, max: number) => fc.array(han, { minLength: min, maxLength: max }).map((a) => a.join(''));
const sentence = fc.array(word(2, 8), { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' ') + '。');
const citation = fc.tuple(word(3, 10), fc.integer({ min: 1, max: 999 })).map(([t, n]) => `《${t}》(国务院令第${n}号)`);
const channel = fc.constantFrom('政府网站', '政务服务中心', '政府公报', '公示栏');
const timeLimit = fc.constantFrom('自该政府信息形成或者变更之日起20个工作日内。', '批准(批复)后20日内', '每年1月31日前发布。', '自文件公开后3个工作日内。');

const row = fc.record({
  category: word(2, 6),
  name: word(2, 10),
  content: sentence,
  basis: fc.array(citation, { minLength: 0, maxLength: 3 }),
  clauseText: word(4, 20),
  channel,
  timeLimit,
  responsible: word(2, 6),
});
type Row = typeof row extends fc.Arbitrary<infer R> ? R : never;
const clausesOf = (r: Row) => (r.basis.length ? `${r.basis[0]}第二十条:${r.clauseText}` : '');

async function parse(text: string) {
  const result = await ingestFile('generated.txt', Buffer.from(text, 'utf8'));
  const rejected = result.diagnostics.filter((d) => d.ruleId === 'parse/row-rejected');
  return { items: result.items, rejected, parsers: result.record.parsers };
}

describe('text-rows: one item per line, space separated', () => {
  it('reads back every generated row field by field', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 8 }), async (rows) => {
        const text = ['事项类别 事项名称 公开内容 公开依据 条款内容 公开渠道 公开时限 公开责任']
          .concat(rows.map((r) => [r.category, r.name, r.content, r.basis.join(' '), clausesOf(r), r.channel, r.timeLimit, r.responsible].filter(Boolean).join(' ')))
          .join('\n');
        const { items, rejected } = await parse(text);
        expect(items.length + rejected.length).toBe(rows.length);
        items.forEach((item, k) => {
          const r = rows[k]!;
          expect(item.category).toEqual([r.category]);
          expect(item.name).toBe(r.name);
          expect(item.content).toBe(r.content);
          expect(item.basisText).toBe(r.basis.join(' '));
          expect(item.clauses).toBe(clausesOf(r));
          expect(item.timeLimit.text).toBe(r.timeLimit);
          expect(item.responsible.join('')).toBe(r.responsible);
        });
      }),
      { numRuns: runs(150) },
    );
  });
});

describe('pipe-table: rows broken over lines', () => {
  const breakStyle = fc.constantFrom(' | ', ' |\n', '\n|\n');
  it('reads back every generated row whatever the line breaks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(row, fc.array(breakStyle, { minLength: 6, maxLength: 6 }), fc.boolean()), { minLength: 1, maxLength: 8 }),
        async (table) => {
          const body = table.map(([r, breaks, leadingPipe]) => {
            const cells = [r.name, r.content, r.basis.join(';') || '无', r.channel, r.timeLimit, r.responsible];
            return (leadingPipe ? '| ' : '') + cells.map((c, k) => c + (k === cells.length - 1 ? ' |' : breaks[k])).join('');
          });
          const text = ['| 事项名称 | 公开内容 | 公开依据 | 公开渠道 | 公开时限 | 公开责任 |', '|---|---|---|---|---|---|', ...body].join('\n');
          const { items, rejected, parsers } = await parse(text);
          expect(parsers).toEqual(['pipe-table']);
          expect(items.length + rejected.length).toBe(table.length);
          items.forEach((item, k) => {
            const [r] = table[k]!;
            expect(item.name).toBe(r.name);
            expect(item.content).toBe(r.content);
            expect(item.timeLimit.text).toBe(r.timeLimit);
            expect(item.responsible.join('')).toBe(r.responsible);
          });
        },
      ),
      { numRuns: runs(150) },
    );
  });
});

describe('key-value blocks', () => {
  it('reads back every generated block', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 8 }), async (rows) => {
        const text = rows
          .flatMap((r) => [`事项类别 ${r.category}`, `事项名称 ${r.name}`, `公开内容 ${r.content}`, `公开依据 ${r.basis.join(' ')}`.trimEnd(), `公开渠道 ${r.channel}`, `公开时限 ${r.timeLimit}`, `公开责任 ${r.responsible}`])
          .join('\n');
        const { items, rejected } = await parse(text);
        expect(items.length + rejected.length).toBe(rows.length);
        items.forEach((item, k) => {
          expect(item.name).toBe(rows[k]!.name);
          expect(item.basisText).toBe(rows[k]!.basis.join(' '));
          expect(item.timeLimit.text).toBe(rows[k]!.timeLimit);
        });
      }),
      { numRuns: runs(150) },
    );
  });
});
