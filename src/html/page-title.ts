/**
 * The article title: a heading whose text is part of <title> (sites write `标题-站点名` or `站点名_标题`), else the
 * ArticleTitle meta of TRS-built sites, else the first heading of the main content, else the longest part of <title>.
 * A spam <title> (SEO line of a hacked page) is reported and never used.
 */
import type { CheerioAPI } from 'cheerio';
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import { compact, descendants, evidence, placeOf, rawText, type Element } from './dom.js';
import { isSpamLine } from './spam-terms.js';

const HEADINGS = 'h1, h2, h3, [class*="title"], [id*="title"], [class*="biaoti"], [class*="bt"]';

function clean(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

export function pageTitle($: CheerioAPI, content: Element | undefined, report: (d: DiagnosticInput) => void): string | undefined {
  let titleTag = clean($('title').first().text());
  if (titleTag && isSpamLine(titleTag)) {
    report({ ruleId: 'clean/html-spam-title', severity: 'warning', place: placeOf($('title')[0] as Element), actual: evidence(titleTag),
      message: 'The page <title> is a spam keyword line (hacked page); it was ignored and the title taken from the page body.' });
    titleTag = '';
  }
  for (const name of ['keywords', 'description']) {
    const el = $(`meta[name="${name}" i]`).first();
    const value = clean(el.attr('content') ?? '');
    if (value && isSpamLine(value)) {
      report({ ruleId: 'clean/html-spam-meta', severity: 'warning', place: placeOf(el[0] as Element), actual: evidence(value),
        message: `The page's meta ${name} is spam (hacked page); it was ignored.` });
    }
  }
  const parts = titleTag.split(/\s*[-_|｜—–]+\s*/).map(compact).filter((p) => p.length >= 4);
  const headings = $(HEADINGS).toArray().map((el) => clean(rawText(el))).filter((t) => t.length >= 4 && t.length <= 120 && !isSpamLine(t));
  // The site name is a part of <title> too (and the logo is a heading): the longest matching heading is the article's.
  const inTitle = headings
    .filter((h) => parts.some((p) => compact(h) === p || (compact(h).length >= 6 && p.includes(compact(h)))))
    .sort((a, b) => compact(b).length - compact(a).length)[0];
  if (inTitle) return inTitle;
  const meta = clean($('meta[name="ArticleTitle" i]').attr('content') ?? '');
  if (meta && !isSpamLine(meta)) return meta;
  if (content) {
    // The heading that opens the content: the last one before the content block, or its first one (logo headings are links).
    const all = descendants($('body')[0] ?? $.root()[0]!);
    const order = new Map(all.map((el, i) => [el, i]));
    const start = order.get(content) ?? -1;
    const near = ($(HEADINGS).toArray() as Element[])
      .filter((el) => $(el).closest('a').length === 0 && $(el).find('a').length === 0)
      .map((el) => ({ at: order.get(el) ?? -1, text: clean(rawText(el)) }))
      .filter((h) => h.text.length >= 4 && h.text.length <= 120 && !isSpamLine(h.text) && h.at >= 0);
    const before = near.filter((h) => h.at < start).pop();
    const inside = near.find((h) => h.at > start && $(content).find(all[h.at]!).length > 0);
    if (before ?? inside) return (before ?? inside)!.text;
  }
  return [...parts].sort((a, b) => b.length - a.length)[0];
}
