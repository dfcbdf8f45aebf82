import { readFileSync } from 'node:fs';
import OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { detectScript, script } from '../../src/clean/script.js';
import { characterConverters, singleCharacterEntries, toSimplifiedChars } from '../../parsers/shared/script-classes.js';
import { runPass } from './run-pass.js';

describe('script pass', () => {
  it('converts Traditional characters one by one and reports once per file', () => {
    const r = runPass(script, '人力資源社會保障部辦公廳\n\n關于印發就業和社會保險領域基層政務公開標準指引的通知');
    expect(r.text).toBe('人力资源社会保障部办公厅\n\n关于印发就业和社会保险领域基层政务公开标准指引的通知');
    expect(r.facts.script).toBe('traditional');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ ruleId: 'clean/script', place: 'L1-L3', severity: 'info' });
    expect(r.diagnostics[0]!.message).toMatch(/Converted 15 Traditional characters \(14 distinct\)/);
  });

  it('converts characters, never vocabulary (phrase modes rewrite 軟體 → 软件, 資訊 → 信息)', () => {
    const phraseMode = OpenCC.Converter({ from: 'twp', to: 'cn' });
    expect(phraseMode('軟體 資訊 印表機')).toBe('软件 信息 打印机');
    const input = '軟體 資訊 印表機 頭髮 著作 瞭望';
    const out = toSimplifiedChars(input);
    expect(out).toBe('软体 资讯 印表机 头发 著作 瞭望');
    expect([...out]).toHaveLength([...input].length);
  });

  it('is a no-op on Simplified text (the four Simplified seeds)', () => {
    for (const seed of ['000_009c419fc4f033b9', '001_6462eb492de27ff8', '002_842afc8bd2ab19b2', '003_dd84b1810a265b1d']) {
      const text = readFileSync(`samples/${seed}.txt`, 'utf8');
      const r = runPass(script, text);
      expect(r.text).toBe(text);
      expect(r.diagnostics).toEqual([]);
      expect(r.facts.script).toBe('simplified');
    }
  });

  it('is idempotent', () => {
    const once = toSimplifiedChars('繁體版 無障礙瀏覽 長者版 網站');
    expect(toSimplifiedChars(once)).toBe(once);
  });

  it.each([
    ['国务院办公厅关于印发', 'simplified'],
    ['國務院辦公廳關於印發', 'traditional'],
    ['國務院办公厅關於印发通知說明书', 'mixed'],
    ['English only 12333', 'none'],
    ['人民大会', 'simplified'],
    ['平臺的台', 'traditional'],
  ])('detects the script of %j as %s', (text, expected) => {
    expect(detectScript(text)).toBe(expected);
  });

  it('keeps only single-character dictionary entries (astral included)', () => {
    expect(singleCharacterEntries('一干 一干|干 幹|𠀀 𠀁|乾坤 乾坤')).toBe('干 幹|𠀀 𠀁');
    expect(singleCharacterEntries('乾坤 乾坤')).toBeUndefined();
    expect(singleCharacterEntries([['干', '幹'], ['一干', '一干']])).toEqual([['干', '幹']]);
  });

  it('converts every Han character exactly as the full opencc converters do', () => {
    const fullToTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
    const fullToSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
    const { toSimplified, toTraditional } = characterConverters();
    const han = /^\p{Script=Han}$/u;
    const differences: string[] = [];
    for (let cp = 0; cp < 0x110000; cp += 1) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (!han.test(ch)) continue;
      if (toTraditional(ch) !== fullToTraditional(ch) || toSimplified(ch) !== fullToSimplified(ch)) differences.push(ch);
    }
    expect(differences).toEqual([]);
  });
});
