/**
 * Sets the page's metadata block apart from its text: the lines near the top that say when, by whom and under which
 * number the page was published, with the unlabelled lines printed among them (an index number, a classification, the
 * office's name, the site's banner above the block). The readers still read the page's facts from these lines
 * (`withMetaLines` puts them back in their places for the parsers), but they are no text of the page, so the cleaned
 * text (files.jsonl `cleanedText`, `catalog clean`) shows them removed, with the evidence.
 */
import { META_BLOCK_HEAD, META_BLOCK_PROSE } from '../../parsers/shared/lexicons/chrome.js';
import { isCatalogueFieldLine, metaBlockLine } from '../../parsers/shared/chrome-meta.js';
import { isBlank } from '../../parsers/shared/lines.js';
import type { RemoveLine } from './chrome-blocks.js';

/** A line the chrome pass set apart as the page's metadata: 0-based line and its text. */
export interface MetaLine {
  line: number;
  text: string;
}

/**
 * Finds the metadata blocks among the page's first text lines above its first sentence (a run of metadata lines, blank
 * lines aside, with at least one the readers read a fact from or a date alone, and no catalogue column label: that is a
 * catalogue printed as labelled blocks), clears their lines and returns them.
 */
export function setMetaBlocksApart(lines: string[], remove: RemoveLine): MetaLine[] {
  const head: number[] = [];
  for (let i = 0; i < lines.length && head.length < META_BLOCK_HEAD; i += 1) {
    if (isBlank(lines[i]!)) continue;
    // The block stands above the body: from the first sentence on, a date and an office are the document's signature.
    if (META_BLOCK_PROSE.test(lines[i]!)) break;
    head.push(i);
  }
  const apart: MetaLine[] = [];
  let run: { index: number; kind: string }[] = [];
  let strong = false;
  let catalogue = false;
  const endRun = (): void => {
    if (strong && !catalogue) {
      for (const { index, kind } of run) {
        apart.push({ line: index, text: lines[index]! });
        remove(index, { ruleId: 'clean/chrome-meta-block', message: `Set apart a line of the page's metadata block (${kind}): the readers take the page's facts from it; it is no text of the page.` });
        lines[index] = '';
      }
    }
    run = [];
    strong = false;
    catalogue = false;
  };
  for (const index of head) {
    const meta = metaBlockLine(lines[index]!);
    if (!meta) {
      endRun();
      continue;
    }
    run.push({ index, kind: meta.kind });
    strong ||= meta.strong;
    catalogue ||= isCatalogueFieldLine(lines[index]!);
  }
  endRun();
  return apart;
}

/** The cleaned text with the metadata lines the chrome pass set apart back in their places: what the readers read. */
export function withMetaLines(text: string, metaLines: readonly MetaLine[] | undefined): string {
  if (!metaLines?.length) return text;
  const lines = text.split('\n');
  for (const { line, text: meta } of metaLines) if (line < lines.length && isBlank(lines[line]!)) lines[line] = meta;
  return lines.join('\n');
}
