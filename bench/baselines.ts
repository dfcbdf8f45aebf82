/**
 * What a JavaScript user would otherwise run over the same inputs, measured in this process: a parse-only floor
 * (cheerio load + text), Readability on linkedom, SheetJS raw reading, opencc-js Traditional → Simplified.
 */
import { Readability } from '@mozilla/readability';
import * as cheerio from 'cheerio';
import { parseHTML } from 'linkedom';
import * as OpenCC from 'opencc-js';
import * as XLSX from 'xlsx';
import type { PageSpec } from './corpus.js';

export interface Timing {
  ms: number;
  /** CPU time of this process over the same span: on a busy machine it is the steadier measure. */
  cpuMs: number;
  /** Characters of text extracted (keeps the work from being optimised away, and is shown for sanity). */
  chars: number;
}

const decode = (page: PageSpec) => new TextDecoder(page.encoding).decode(page.bytes);

/** Runs `fn` untimed on a few pages first, so that the timing is of optimised code, as in a long ingest. */
export function warm(pages: PageSpec[], fn: (pages: PageSpec[]) => Timing): Timing {
  fn(pages.slice(0, 25));
  return fn(pages);
}

function timed(fn: () => number): Timing {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const chars = fn();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, chars };
}

export function parseOnlyFloor(pages: PageSpec[]): Timing {
  return timed(() => {
    let chars = 0;
    for (const page of pages) chars += cheerio.load(decode(page))('body').text().length;
    return chars;
  });
}

export function readabilityOnLinkedom(pages: PageSpec[]): Timing {
  return timed(() => {
    let chars = 0;
    for (const page of pages) {
      const { document } = parseHTML(decode(page));
      chars += new Readability(document as unknown as Document).parse()?.textContent?.length ?? 0;
    }
    return chars;
  });
}

/** SheetJS read of the workbook and all its rows as arrays (what a user would start from). */
export function sheetjsRaw(bytes: Uint8Array): Timing & { rows: number } {
  let rows = 0;
  const timing = timed(() => {
    const book = XLSX.read(bytes);
    for (const name of book.SheetNames) rows += XLSX.utils.sheet_to_json(book.Sheets[name]!, { header: 1 }).length;
    return 0;
  });
  return { ...timing, rows };
}

/** Character-mode conversion (hk → cn), as the pipeline uses it; repeated until at least `minMs` elapsed. */
export function openccTraditionalToSimplified(simplified: string, minMs = 1000): { mbPerS: number; bytes: number } {
  const traditional = OpenCC.Converter({ from: 'cn', to: 'hk' })(simplified);
  const convert = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const bytes = Buffer.byteLength(traditional);
  let done = 0;
  const start = performance.now();
  while (performance.now() - start < minMs || done === 0) {
    convert(traditional);
    done++;
  }
  const ms = performance.now() - start;
  return { mbPerS: (bytes * done) / 1e6 / (ms / 1000), bytes };
}
