/**
 * Facts a catalogue page shows above its table: the title line (`衡阳市人力资源和社会保障局政府信息主动公开事项目录`,
 * `…领域基层政务公开标准目录`), the publisher it names, and the page's date. Read from the first lines only; a body
 * sentence that happens to end in 目录 must not qualify.
 */
import type { PageFacts } from './decode-rows.js';
import { readPageMeta } from './page-meta.js';
import { parseTitle } from './title-row.js';

const TITLE = /^(.{2,40}?(?:局|委员会|委|办公室|办|厅|人民政府|政府|中心|院|部|署|会|街道|镇|乡))(?:政府信息|政务)?(?:主动)?公开(?:事项)?(?:标准)?目录$/;
/** A catalogue title line: ends in 目录/清单 (a bracketed note after it allowed), short, not a sentence. */
const TITLE_LINE = /(?:目录|清单)\s*(?:[（(][^（()）]{1,12}[）)])?$/;
const LINES_SCANNED = 12;

export function publisherFromTitle(lines: readonly string[], scan = LINES_SCANNED): string | undefined {
  for (const line of lines.slice(0, scan)) {
    const m = TITLE.exec(line.trim());
    if (m) return m[1];
  }
  return undefined;
}

/** The publisher a catalogue title names: `…局…公开目录`, or the place before its 领域 (`XX县就业领域…标准目录`). */
export function publisherOfTitle(title: string): string | undefined {
  if (!/目录|清单/.test(title)) return undefined;
  return publisherFromTitle([title]) ?? parseTitle(title).publisher;
}

/** The page's title line: a short line near the top ending in 目录 (table bars and markup around it dropped). */
export function catalogueTitleLine(lines: readonly string[], scan = LINES_SCANNED): string | undefined {
  for (const line of lines.slice(0, scan)) {
    const cells = line.split('|').map((c) => c.replace(/^[\s>]+/, '').trim()).filter(Boolean);
    if (cells.length !== 1) continue;
    const text = cells[0]!;
    if (text.length <= 60 && TITLE_LINE.test(text) && !/[，。；;]/.test(text)) return text;
  }
  return undefined;
}

/** Title, publisher and date of a catalogue page, as far as its first lines show them. */
export function cataloguePageFacts(lines: readonly string[]): PageFacts {
  const facts: PageFacts = {};
  const title = catalogueTitleLine(lines);
  if (title) facts.title = title;
  const meta = readPageMeta(lines);
  const publisher = (title ? publisherOfTitle(title) : undefined) ?? meta?.source;
  if (publisher) facts.publisher = publisher;
  if (meta) facts.publishedAt = meta.date;
  return facts;
}
