import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { formatGithubLine } from '../../src/format/github.js';
import { linePlace } from '../../src/format/place.js';

const d = (over: Partial<Diagnostic>): Diagnostic => ({
  file: 'in/a.txt', source: 'check/x', ruleId: 'check/x', severity: 'error', message: 'Fix it.', ...over,
});

describe('github annotations', () => {
  it.each([
    ['L4', { line: 4 }],
    ['L4-L7', { line: 4, endLine: 7 }],
    ['L4-L4', { line: 4 }],
    ['Sheet1!A7', undefined],
    ['record 12', undefined],
    [undefined, undefined],
  ])('place %s → %j', (place, expected) => {
    expect(linePlace(place)).toEqual(expected);
  });

  it('puts line ranges in line/endLine and cells in the title', () => {
    expect(formatGithubLine(d({ place: 'L4-L7' }))).toBe('::error file=in/a.txt,line=4,endLine=7,title=check/x::Fix it.');
    expect(formatGithubLine(d({ place: '标准目录!A7', file: 'in/b.xlsx', severity: 'warning' }))).toBe(
      '::warning file=in/b.xlsx,title=check/x (标准目录!A7)::Fix it.',
    );
    expect(formatGithubLine(d({ severity: 'info' }))).toBe('::notice file=in/a.txt,title=check/x::Fix it.');
  });

  it('escapes what the runner would otherwise parse', () => {
    expect(formatGithubLine(d({ file: 'in/a,b:c.txt', message: '100% broken\nsecond line', place: 'L1' }))).toBe(
      '::error file=in/a%2Cb%3Ac.txt,line=1,title=check/x::100%25 broken%0Asecond line',
    );
  });
});
