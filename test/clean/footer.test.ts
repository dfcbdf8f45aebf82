import { describe, expect, it } from 'vitest';
import { footer } from '../../src/clean/footer.js';
import { runPass } from './run-pass.js';

const body = Array.from({ length: 20 }, (_, i) => `第${i + 1}条 本条规定政府信息公开的具体要求和办理程序,各单位应当遵照执行。`);

describe('footer pass', () => {
  it('cuts the footer from the earliest strong marker at the end', () => {
    const tail = [
      '主办单位：天津市人民政府办公厅 承办单位：天津市人民政府政务服务办公室',
      '政府网站标识码：1200000052 津ICP备05010518号 津公网安备 ：12010302000991号',
      '技术支持电话：022-12345678',
    ];
    const r = runPass(footer, [...body, ...tail].join('\n'));
    // 主办单位 is only a weak marker; the cut starts at the strong one (网站标识码).
    expect(r.text.split('\n')).toEqual([...body, tail[0], '', '']);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'clean/footer', place: 'L22-L23', actual: `${tail[1]}\n${tail[2]}` }),
    ]);
  });

  it('falls back to a weak marker at the start of a line', () => {
    const r = runPass(footer, [...body, '主办:中共船山区委 船山区人民政府', '地址:船山区政府大楼'].join('\n'));
    expect(r.text.split('\n').slice(-2)).toEqual(['', '']);
  });

  it('does not cut a marker in the first part of the page', () => {
    const text = ['京ICP备19014909号', ...body].join('\n');
    expect(runPass(footer, text).text).toBe(text);
  });

  it('does not cut when the tail after the marker is long (body text, not a footer)', () => {
    const text = [...body, ...body, '违法和不良信息举报的处理办法如下', ...body].join('\n');
    expect(runPass(footer, text).text).toBe(text);
  });

  it('never treats 主办的 in prose as a footer', () => {
    const text = [...body, '应由主办的行政机关负责公开前的保密审查。'].join('\n');
    expect(runPass(footer, text).text).toBe(text);
  });
});
