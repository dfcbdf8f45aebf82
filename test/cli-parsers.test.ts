/** `catalog parsers` names every format the tool reads: each parser, then each page container prepared for them. */
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

describe('catalog parsers', () => {
  it('lists the parsers, the workbook formats and the page containers', () => {
    const run = runCli(['parsers']);
    expect(run.status).toBe(0);
    const [parserBlock, containerBlock = ''] = run.stdout.split('\n\n');
    expect(parserBlock).toMatch(/^xlsx +xlsx +Workbooks \(xlsx, xlsb, ods, xls, et, fods\)/m);
    for (const name of ['csv', 'html-table', 'flat-table', 'pipe-table', 'regulation', 'annual-report', 'notice', 'guide', 'article']) {
      expect(parserBlock).toMatch(new RegExp(`^${name} `, 'm'));
    }
    const containers = containerBlock.split('\n').slice(1).filter(Boolean).map((line) => line.split(/ +/)[0]);
    expect(containers).toEqual(['html', 'docx', 'doc', 'pdf']);
  });
});
