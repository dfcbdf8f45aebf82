import { describe, expect, it } from 'vitest';
import { detectOnce } from '../../parsers/shared/detect-once.js';
import type { Parser, SourceFile } from '../../parsers/types.js';
import { matchLabel } from '../../schemas/field-labels.js';

const file = (text: string): SourceFile => ({ path: 'p.txt', bytes: new Uint8Array(), text, encoding: 'utf-8', lines: text.split('\n') });

function counting(score: () => number): Parser & { calls: number } {
  const parser = {
    name: 'counting', description: '', input: 'text' as const, format: 'text', kind: 'catalogue' as const, calls: 0,
    detect() { parser.calls++; return score(); },
    parse: () => [],
  };
  return parser;
}

describe('detectOnce', () => {
  it('runs a parser\'s detect once per file object', () => {
    const parser = counting(() => 0.7);
    const a = file('a');
    expect(detectOnce(parser, a)).toBe(0.7);
    expect(detectOnce(parser, a)).toBe(0.7);
    expect(parser.calls).toBe(1);
    expect(detectOnce(parser, file('a'))).toBe(0.7);
    expect(parser.calls).toBe(2);
  });

  it('does not remember a detect that throws', () => {
    let fail = true;
    const parser = counting(() => {
      if (fail) throw new Error('boom');
      return 0.2;
    });
    const a = file('a');
    expect(() => detectOnce(parser, a)).toThrow('boom');
    fail = false;
    expect(detectOnce(parser, a)).toBe(0.2);
  });
});

describe('matchLabel turns away cells with characters no label has', () => {
  it('still reads decorated, doubled and level labels', () => {
    expect(matchLabel(' 【事项 名称】： ')).toEqual({ field: 'name' });
    expect(matchLabel('序号序号')).toEqual({ field: 'code' });
    expect(matchLabel('乡、村級')).toEqual({ flag: 'levels', value: '乡、村级' });
    expect(matchLabel('source.sha256')).toEqual({ extra: true });
  });

  it('rejects body text and near-labels', () => {
    expect(matchLabel('事项名称是什么')).toBeUndefined();
    expect(matchLabel('政府信息主动公开、依申请公开有关情况')).toBeUndefined();
    expect(matchLabel('事项名称😀')).toBeUndefined();
  });
});
