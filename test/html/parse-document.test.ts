/**
 * The page parser keeps only the element lines of parse5's source locations: the tree and every element's start and
 * end line must be what cheerio's own parse5 load records, on well-formed and malformed markup alike.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load, parseDocument } from '../../src/html/cheerio-core.js';
import { descendants, type AnyNode, type Element } from '../../src/html/dom.js';

type Located = Element & { sourceCodeLocation?: { startLine: number; endLine: number; endTag?: object } | null };

function lines(root: AnyNode): string[] {
  return descendants(root).map((el) => {
    const loc = (el as Located).sourceCodeLocation;
    return `${el.name} ${loc ? `${loc.startLine}-${loc.endLine}${loc.endTag ? ' end-tag' : ''}` : 'none'}`;
  });
}

function expectSameAsCheerio(html: string): void {
  const reference = load(html, { sourceCodeLocationInfo: true });
  const doc = parseDocument(html);
  expect(load(doc).html()).toBe(reference.html());
  expect(lines(doc)).toEqual(lines(reference.root()[0]!));
}

describe('parseDocument', () => {
  it('records element lines as parse5 does on malformed markup', () => {
    expectSameAsCheerio('<p>one\n<p>two\n<table><tr><td>cell\n<b>bold<i>both</b>italic</i>\n</table>text');
    expectSameAsCheerio('<table>\n<tr><td>a</td>stray\n<div>fostered</div></tr>\n</table>\n</body>\n</html>\n<p>after');
    expectSameAsCheerio('<html>\n<head><title>t</title>\n<body class="x"\n id="y">\n<ul><li>a<li>b\n</ul><!-- c --></body></html>');
    expectSameAsCheerio('<!doctype html><template><p>in\ntemplate</p></template><select><option>1\n</select><svg><g/></svg>');
  });

  it('records element lines as parse5 does on the HTML fixture pages', () => {
    const dir = join(import.meta.dirname, '..', 'fixtures', 'html-table');
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) expectSameAsCheerio(readFileSync(join(dir, entry.name, 'input.html'), 'utf8'));
    }
  });
});
