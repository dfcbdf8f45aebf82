import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { html, jsonForScript } from '../src/report/html.js';
import { renderStats } from '../src/report/stats-table.js';

describe('escaping', () => {
  const hostile = fc.oneof(fc.string(), fc.constantFrom('</script><script>alert(1)</script>', '<!--', '"><img src=x onerror=alert(1)>', '\u2028', "'&amp;"));

  it('interpolated text never contributes markup characters', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = html`<td title="${s}">${s}</td>`.toString();
        const inner = out.slice('<td title="'.length, -'</td>'.length);
        expect(inner.replace('">', '')).not.toMatch(/[<>"]/);
      }),
    );
  });

  it('embedded JSON cannot close its script element and round-trips', () => {
    fc.assert(
      fc.property(fc.array(hostile), (values) => {
        const json = jsonForScript({ values }).toString();
        expect(json).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(json)).toEqual({ values });
      }),
    );
  });
});

describe('renderStats', () => {
  const flagged = new Set(['r7']);
  it('draws a record of records as a matrix and marks flagged rows', () => {
    const out = renderStats({ new: { natural: 1, total: 1 }, r7: { natural: 1, total: 2 } }, flagged).toString();
    expect(out).toContain('<th>natural</th><th>total</th>');
    expect(out).toContain('<tr class="flagged"><th>r7</th><td class="num">1</td><td class="num">2</td></tr>');
  });

  it('draws arrays of records, arrays of arrays and nested groups', () => {
    expect(renderStats([{ a: 1 }, { b: 2 }], flagged).toString()).toContain('<th>a</th><th>b</th>');
    expect(renderStats([[1, 2], [3, 4]], flagged).toString()).toContain('<td class="num">4</td>');
    const nested = renderStats({ version: '2021', section2: { rules: { issued: 0 } } }, flagged).toString();
    expect(nested).toContain('<td class="num">2021</td>');
    expect(nested).toMatch(/<h4>section2<\/h4>.*<th>rules<\/th>/s);
  });

  it('escapes keys and values', () => {
    const out = renderStats({ '<b>': { '<i>': '<script>' } }, flagged).toString();
    expect(out).not.toMatch(/<(b|i|script)>/);
  });
});
