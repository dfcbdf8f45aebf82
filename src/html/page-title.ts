/**
 * The article title: a heading whose text is part of <title> (sites write `标题-站点名` or `站点名_标题`), else the
 * ArticleTitle meta of TRS-built sites, else the first heading of the main content, else the longest part of <title>.
 * A spam <title> (SEO line of a hacked page) is reported and never used.
 */
import type { CheerioAPI } from 'cheerio';
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import { compact, evidence, placeOf, rawText, type Element } from './dom.js';
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
  const inTitle = headings.find((h) => parts.some((p) => compact(h) === p || (compact(h).length >= 6 && p.includes(compact(h)))));
  if (inTitle) return inTitle;
  const meta = clean($('meta[name="ArticleTitle" i]').attr('content') ?? '');
  if (meta && !isSpamLine(meta)) return meta;
  if (content) {
    const first = $(content).find('h1, h2, h3').toArray().map((el) => clean(rawText(el))).find((t) => t.length >= 4);
    if (first) return first;
  }
  return [...parts].sort((a, b) => b.length - a.length)[0];
}
