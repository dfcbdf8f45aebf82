/**
 * The preset over the five real seeds: what must go, what must stay, and idempotence.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import { cleanText } from '../../src/clean/preset.js';
import { findResidualSpam } from '../../src/clean/spam-terms.js';
import { toSimplifiedChars } from '../../parsers/shared/script-classes.js';

const SEEDS = {
  '000': 'samples/000_009c419fc4f033b9.txt',
  '001': 'samples/001_6462eb492de27ff8.txt',
  '002': 'samples/002_842afc8bd2ab19b2.txt',
  '003': 'samples/003_dd84b1810a265b1d.txt',
  '004': 'samples/004_3051d7ee456ee7f6.txt',
} as const;

function clean(seed: keyof typeof SEEDS) {
  const input = readFileSync(SEEDS[seed], 'utf8');
  const diagnostics: DiagnosticInput[] = [];
  const result = cleanText(input, (d) => diagnostics.push(d));
  return { input, ...result, diagnostics, lines: result.text.split('\n'), inputLines: input.split('\n') };
}

/** Lines whose text changed or vanished. */
function changedLines(r: ReturnType<typeof clean>): number[] {
  return r.inputLines.flatMap((line, i) => (r.lines[i] === line ? [] : [i + 1]));
}

describe('seeds after the preset', () => {
  it.each(Object.keys(SEEDS) as (keyof typeof SEEDS)[])('seed %s keeps its line count and is idempotent', (seed) => {
    const r = clean(seed);
    expect(r.lines).toHaveLength(r.inputLines.length);
    const again: DiagnosticInput[] = [];
    expect(cleanText(r.text, (d) => again.push(d)).text).toBe(r.text);
    expect(again).toEqual([]);
  });

  it.each(Object.keys(SEEDS) as (keyof typeof SEEDS)[])('seed %s cleaned a second time gives the same text and reports (lines kept are remembered)', (seed) => {
    const first = clean(seed);
    const second = clean(seed);
    expect(second.text).toBe(first.text);
    expect(second.diagnostics).toEqual(first.diagnostics);
  });

  it.each(Object.keys(SEEDS) as (keyof typeof SEEDS)[])('seed %s has no spam and no junk tag left', (seed) => {
    const r = clean(seed);
    expect(findResidualSpam(r.text)).toEqual([]);
    expect(r.text).not.toMatch(/<[a-z]+ id="/);
  });

  it('seed 000 loses no text at all', () => {
    const r = clean('000');
    expect(r.text).toBe(r.input);
    expect(r.diagnostics).toEqual([]);
  });

  it('seed 003 loses no text at all (its `|||` cell lines are not mojibake or farms)', () => {
    const r = clean('003');
    expect(r.text).toBe(r.input);
    expect(r.diagnostics).toEqual([]);
  });

  it('seed 002 loses only its chrome lines', () => {
    const r = clean('002');
    expect(changedLines(r)).toEqual([1, 5, 6, 8, 9, 11, 564]);
    expect(r.facts.breadcrumb).toEqual(['首页', '政府信息公开', '部门信息公开目录', '中卫市人力资源和社会保障局', '政府信息公开制度']);
    // The metadata line is set apart from the text; the readers still read it in its place.
    expect(r.lines[4]).toBe('');
    expect(r.facts.metaLines).toEqual([{ line: 4, text: '2022-12-16 来源:中卫市人力资源和社会保障局' }]);
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual([
      'clean/chrome-breadcrumb',
      'clean/chrome-widget',
      'clean/chrome-share',
      'clean/chrome-share',
      'clean/chrome-share',
      'clean/chrome-share',
      'clean/chrome-meta-block',
    ]);
  });

  it('seed 001: 关于 is back in every title, the 条例 sentence is repaired, the brand line and ??|?? are gone', () => {
    const r = clean('001');
    expect(r.text).toContain('国务院办公厅关于全面推行行政执法公示制度');
    expect(r.text).toContain('人力资源社会保障部关于深化政务公开的意见');
    expect(r.text).toContain('关于进一步加强企业特殊工种提前退休管理工作的通知');
    expect(r.text).toContain('政府信息公开指南和政府信息公开目录应当及时更新');
    expect(r.text).not.toContain('365体育官网');
    expect(r.lines[0]).toBe('');
    expect(r.lines[4]).toBe('衡阳市人力资源和社会保障局 公开方式:主动公开');
    const byRule = (id: string) => r.diagnostics.filter((d) => d.ruleId === id);
    expect(byRule('clean/spam-substitution')).toHaveLength(98);
    expect(byRule('clean/spam-substitution').filter((d) => d.expected === '关于')).toHaveLength(96);
    expect(byRule('clean/spam-substitution-unresolved')).toEqual([]);
    expect(byRule('clean/spam-line')).toEqual([expect.objectContaining({ place: 'L1', actual: '365体育官网' })]);
    expect(byRule('clean/mojibake')).toEqual([expect.objectContaining({ place: 'L5', actual: '??|??' })]);
    // Every other changed line is its input with each brand replaced by the reported word, in order.
    for (const n of changedLines(r).filter((n) => n !== 1 && n !== 5)) {
      const words = byRule('clean/spam-substitution').filter((d) => d.place === `L${n}`).map((d) => d.expected!);
      let k = 0;
      expect(r.lines[n - 1]).toBe(r.inputLines[n - 1]!.replace(/365体育官网/g, () => words[k++]!));
      expect(k).toBe(words.length);
    }
  });

  describe('seed 004 (Traditional, hacked mirror)', () => {
    const r = clean('004');
    const TRADITIONAL_ONLY = '體機戶無礙瀏覽務長資會辦廳關發業險領層開標準時間數區轄產設團經導現給們請執國規試點號組議為進匯總礎認識義決結簡稱舉強實動讀傳對權監勵眾創積極參斷獲級門統黨習貫徹屆堅圍繞與項應盡過際況細錄縣構鄉鎮臺綜見兩個確將擴適據內調審單編補疊沒還寫說條優壓縮載線網欄終詢電話視問題報種廣態聞樂語講讓輿蹤訴熱難風隱論闡觀張穩聲計樣織驟這緊釋備來掃碼庫靈錫頂';

    it('records the original script and leaves no Traditional-only character', () => {
      expect(r.facts.script).toBe('traditional');
      expect(toSimplifiedChars(r.text)).toBe(r.text);
      expect([...TRADITIONAL_ONLY].filter((ch) => r.text.includes(ch))).toEqual([]);
    });

    it('has no junk tag, keyword farm or chrome left', () => {
      for (const gone of ['mc848', '繁体版', 'English', '无障碍浏览', '长者版', '文字大小', '浏览次数', '微信公众号', '扫码关注我们', '回到顶部', '收起', '灵锡APP', '无码', '中文字幕']) {
        expect(r.text, gone).not.toContain(gone);
      }
      expect(r.lines.slice(0, 8).every((l) => l === '')).toBe(true);
      expect(r.lines.slice(76).every((l) => l === '')).toBe(true);
    });

    it('keeps the notice body, its metadata and its 附件 lines', () => {
      expect(r.lines[8]).toBe('    人力资源社会保障部办公厅关于印发就业和社会保险领域基层政务公开标准指引的通知');
      // The metadata line lost its widgets and is set apart from the text, for the readers to read in its place.
      expect(r.lines[10]).toBe('');
      expect(r.facts.metaLines).toEqual([{ line: 10, text: '    发布时间:2019-06-03 14:29' }]);
      expect(r.lines[70]).toBe('      附件:1.就业领域基层政务公开标准目录.xlsx');
      expect(r.lines[72]).toBe('      2.社会保险领域基层政务公开标准目录.xlsx');
      expect(r.lines[74]).toBe('    来源:基层政务公开事项标准目录');
      expect(r.text).toContain('就业领域基层政务公开事项包括一级事项9项、二级事项25项,社会保险领域包括一级事项9项、二级事项78项');
      // Every body line (L9-L75) survives, converted but otherwise unchanged.
      for (let i = 8; i < 75; i += 1) {
        if (i === 10) continue;
        expect(r.lines[i]).toBe(toSimplifiedChars(r.inputLines[i]!));
      }
    });

    it('reports the conversion once', () => {
      expect(r.diagnostics.filter((d) => d.ruleId === 'clean/script')).toHaveLength(1);
    });
  });
});
