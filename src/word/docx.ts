/**
 * A .docx (Office Open XML word-processing document) → its body as paragraphs and tables.
 *
 * Read here from `word/document.xml`, not by a converter library such as mammoth: the zip is opened by the project's
 * own reader (parsers/xlsx/unzip.ts), which inflates each part once under the unzipped-size cap and refuses zip bombs
 * and headers that lie; a library that unzips by itself would bypass that cap. The XML is streamed through
 * htmlparser2 in XML mode (no tree is built), and the little of WordprocessingML a catalogue needs is read directly:
 * paragraphs (`w:p`, runs' `w:t`, tabs and breaks), their style (title/heading, centred), tables (`w:tbl`/`w:tr`/`w:tc`)
 * with `w:gridSpan`, `w:vMerge` restart/continue and `w:gridBefore`, and tables nested in cells. Deleted and moved-away
 * text, field instructions and the fallback copy of drawing content are left out, as Word does not show them.
 */
import { Parser } from 'htmlparser2';
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import { MAX_TAG } from '../../parsers/xlsx/bounded-inflate.js';
import { unzip, type ZipPart } from '../../parsers/xlsx/unzip.js';
import { Numbering, type ListRef } from './docx-numbering.js';
import type { WordBlock, WordCell, WordParagraph, WordTable } from './word-blocks.js';
import { MAX_SPAN } from './word-blocks.js';

export type DocxRead =
  /** `diagnostics`: the parts read short (text runs cut, a part stopped before an overlong tag). */
  | { blocks: WordBlock[]; diagnostics: DiagnosticInput[] }
  | { unreadable: string }
  | { overLimit: string };

/** The parts read; images and other media are not inflated at all. */
const WANTED = /^(?:_rels\/\.rels|word\/(?:_rels\/)?[\w.-]+\.xml(?:\.rels)?)$/i;

/**
 * Bytes of one text run a large part keeps: a run longer than a megabyte is no paragraph a catalogue or notice holds,
 * and one of 200 MB took the reader past 850 MiB.
 */
export const WORD_RUN = 1 << 20;

/** `maxCells`: table rows stop being kept once the cells read pass it (the grid step then reports the cut). */
export function readDocx(bytes: Uint8Array, maxUnzipped: number, maxCells: number): DocxRead {
  const zip = unzip(bytes, maxUnzipped, (name) => WANTED.test(name), () => ({ keepRun: WORD_RUN }));
  if ('overLimit' in zip || 'unreadable' in zip) return zip;
  const diagnostics = zip.parts.flatMap(shortened);
  const part = (name: string): ZipPart | undefined => zip.parts.find((p) => p.name.toLowerCase() === name.toLowerCase());
  const main = part(mainPartName(part('_rels/.rels'))) ?? part('word/document.xml');
  if (!main) return { unreadable: 'the zip has no word/document.xml part' };
  const text = (name: string) => part(name)?.data.toString('utf8') ?? '';
  try {
    const styles = readStyles(text('word/styles.xml'));
    return { blocks: bodyBlocks(text(main.name), styles, new Numbering(text('word/numbering.xml')), maxCells), diagnostics };
  } catch (error) {
    // The XML reader recovers from malformed markup; anything it still throws is a damaged part, not a crash.
    return { unreadable: `word/document.xml cannot be read (${(error as Error).message})` };
  }
}

/** What was left out of a part read short (see bounded-inflate.ts). */
function shortened(part: ZipPart): DiagnosticInput[] {
  const out: DiagnosticInput[] = [];
  const runs = part.squeezed ?? [];
  if (runs.length > 0) {
    const dropped = runs.reduce((n, run) => n + run.removed, 0);
    out.push({ ruleId: 'word/text-run-limit', severity: 'error', place: part.name, actual: `${runs.length} text run(s) longer than ${WORD_RUN} bytes`,
      expected: `at most ${WORD_RUN} bytes in a run of text`,
      message: `Part ${part.name} holds ${runs.length} run(s) of text longer than any paragraph needs: the first ${WORD_RUN} bytes of each were read, ${dropped} bytes cut. Check the source document.` });
  }
  if (part.stopped === 'overlong-tag') {
    out.push({ ruleId: 'word/tag-limit', severity: 'error', place: part.name, actual: `a tag longer than ${MAX_TAG} bytes`,
      message: `Part ${part.name} holds a tag longer than ${MAX_TAG} bytes, which no word processor writes: the document was read up to it, the rest is lost. Check where the file came from.` });
  }
  return out;
}

/** The main document part named by the package relationships (word/document.xml in every writer seen). */
function mainPartName(rels: ZipPart | undefined): string {
  const target = rels && /Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"|Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(rels.data.toString('utf8'));
  return target?.[1] ?? target?.[2] ?? 'word/document.xml';
}

const HEADING_NAME = /^(?:heading\s*\d|title|标题(?:\s*\d)?)$/i;

interface Styles {
  /** Style ids whose style is a title or heading (by name, or by an outline level). */
  headings: Set<string>;
  /** Style ids whose style numbers its paragraphs (a heading style tied to a list). */
  lists: Map<string, Partial<ListRef>>;
}

function readStyles(xml: string): Styles {
  const styles: Styles = { headings: new Set(), lists: new Map() };
  let current: string | undefined;
  const list = (id: string) => styles.lists.get(id) ?? styles.lists.set(id, {}).get(id)!;
  const parser = new Parser({
    onopentag(name, attrs) {
      const val = attrs['w:val'] ?? '';
      if (name === 'w:style') current = attrs['w:styleId'];
      else if (current === undefined) return;
      else if ((name === 'w:name' && HEADING_NAME.test(val)) || (name === 'w:outlineLvl' && Number(val) < 9)) styles.headings.add(current);
      else if (name === 'w:numId') list(current).numId = val;
      else if (name === 'w:ilvl') list(current).level = Number(val) || 0;
    },
    onclosetag(name) {
      if (name === 'w:style') current = undefined;
    },
  }, { xmlMode: true });
  parser.end(xml);
  return styles;
}

/** Elements whose content Word does not show as text: deletions, moved-away runs, field codes, a drawing's fallback. */
const HIDDEN = new Set(['w:delText', 'w:instrText', 'w:moveFrom', 'mc:Fallback', 'w:del', 'w:pPrChange', 'w:rPrChange', 'w:numberingChange']);

function bodyBlocks(xml: string, styles: Styles, numbering: Numbering, maxCells: number): WordBlock[] {
  const body: WordBlock[] = [];
  /** Where blocks go: the body, or the cell being read (tables nest). */
  const containers: WordBlock[][] = [body];
  const tables: WordTable[] = [];
  const paragraphs: WordParagraph[] = [];
  /** Per open paragraph: its style and the list it names (w:numPr), for its automatic number. */
  const listOf: { style?: string; numId?: string; level?: number }[] = [];
  let hidden = 0;
  let inText = false;
  let inRun = 0;
  let cells = 0;
  /** Set once the cells read pass the limit: later rows are not kept. */
  let full = false;
  const paragraph = () => paragraphs[paragraphs.length - 1];
  const table = () => tables[tables.length - 1];
  const row = () => table()?.rows[table()!.rows.length - 1];
  const cell = (): WordCell | undefined => {
    const r = row();
    return r?.[r.length - 1];
  };
  const write = (text: string) => {
    const p = paragraph();
    if (p) p.text += text;
  };
  const parser = new Parser({
    onopentag(name, attrs) {
      if (hidden > 0 || HIDDEN.has(name)) {
        if (HIDDEN.has(name)) hidden++;
        return;
      }
      switch (name) {
        case 'w:p':
          paragraphs.push({ kind: 'paragraph', text: '' });
          listOf.push({});
          break;
        case 'w:numId':
          if (listOf.length > 0) listOf[listOf.length - 1]!.numId = attrs['w:val'];
          break;
        case 'w:ilvl':
          if (listOf.length > 0) listOf[listOf.length - 1]!.level = Number(attrs['w:val']) || 0;
          break;
        case 'w:r':
          inRun++;
          break;
        case 'w:t':
          inText = true;
          break;
        case 'w:tab':
          if (inRun > 0) write('\t');
          break;
        case 'w:br':
        case 'w:cr':
          if (inRun > 0) write('\n');
          break;
        case 'w:noBreakHyphen':
          write('-');
          break;
        case 'w:pStyle':
          if (listOf.length > 0) listOf[listOf.length - 1]!.style = attrs['w:val'];
          if (styles.headings.has(attrs['w:val'] ?? '') || /^(?:heading\d|title)$/i.test(attrs['w:val'] ?? '')) markHeading(paragraph());
          break;
        case 'w:outlineLvl':
          if (Number(attrs['w:val']) < 9) markHeading(paragraph());
          break;
        case 'w:jc':
          if (paragraph() && inRun === 0 && attrs['w:val'] === 'center') paragraph()!.centered = true;
          break;
        case 'w:tbl': {
          const t: WordTable = { kind: 'table', rows: [] };
          containers[containers.length - 1]!.push(t);
          tables.push(t);
          break;
        }
        case 'w:tr':
          if (full) break;
          table()?.rows.push([]);
          break;
        case 'w:gridBefore': {
          // Grid columns skipped before the row's first cell: an empty cell keeps the others under their columns.
          const span = spanOf(attrs['w:val']);
          if (!full && row()?.length === 0) row()!.push({ blocks: [], span });
          break;
        }
        case 'w:tc': {
          const c: WordCell = { blocks: [], span: 1 };
          if (!full) row()?.push(c);
          // A cell of a row that is not kept is still read into a detached list, so its content is not misplaced.
          containers.push(c.blocks);
          break;
        }
        case 'w:gridSpan': {
          const c = cell();
          if (c && !full) c.span = spanOf(attrs['w:val']);
          break;
        }
        case 'w:vMerge': {
          const c = cell();
          if (c && !full) c.vMerge = attrs['w:val'] === 'restart' ? 'restart' : 'continue';
          break;
        }
      }
    },
    ontext(text) {
      if (inText && hidden === 0) write(text);
    },
    onclosetag(name) {
      if (hidden > 0) {
        if (HIDDEN.has(name)) hidden--;
        return;
      }
      switch (name) {
        case 'w:t':
          inText = false;
          break;
        case 'w:r':
          inRun = Math.max(0, inRun - 1);
          break;
        case 'w:p': {
          const p = paragraphs.pop();
          const list = listOf.pop();
          if (!p) break;
          const fromStyle = list?.style === undefined ? undefined : styles.lists.get(list.style);
          const numId = list?.numId ?? fromStyle?.numId;
          // numId 0 switches numbering off for the paragraph.
          if (numId !== undefined && numId !== '0') p.text = numbering.next({ numId, level: list?.level ?? fromStyle?.level ?? 0 }) + p.text;
          containers[containers.length - 1]!.push(p);
          break;
        }
        case 'w:tc':
          if (containers.length > 1) containers.pop();
          break;
        case 'w:tr': {
          const r = row();
          if (r && !full) {
            for (const c of r) cells += c.span;
            if (cells > maxCells) full = true;
          }
          break;
        }
        case 'w:tbl':
          tables.pop();
          break;
      }
    },
  }, { xmlMode: true, decodeEntities: true });
  parser.end(xml);
  return body;
}

function markHeading(p: WordParagraph | undefined): void {
  if (p) p.heading = true;
}

function spanOf(value: string | undefined): number {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}
