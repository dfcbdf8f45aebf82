/**
 * Structured text (章 → 条 → 一、 → (一) → 1.) to a Section tree. Nothing is dropped: every character of the input
 * lands in a section's number, heading or text, in reading order.
 *
 * Markers at the start of a line are always taken (so a skipped 第五条 is kept as printed and reported). Markers
 * inside a line (a whole document flattened into one table cell) are taken only when they continue the numbering
 * (`二、` after `一、`, `1、` opening a list under `(三)`), so numbers inside sentences are not split off.
 */
import type { Section } from '../../schemas/catalog-item.js';
import { toChineseNumber } from './chinese-number.js';
import { markerAt, nextMarkerStart, TITLED_KINDS, type Marker } from './section-markers.js';

export interface SourceLine {
  text: string;
  /** 1-based line number in the file. */
  line: number;
}

/** A chapter or article numbered out of order (`第六条` after `第四条`). */
export interface SequenceIssue {
  kind: 'chapter' | 'article';
  actual: string;
  expected: string;
  line: number;
}

export interface SectionTree {
  sections: Section[];
  sequenceIssues: SequenceIssue[];
}

interface Open {
  section: Section;
  marker: Marker;
}

const SENTENCE_PUNCTUATION = /[。；;，,：:！!？?]/;
/** Paragraphs after a point list belong to the enclosing article or heading (a new 款), not to the last point. */
const POINT_RANK = 4;

export function sectionsFromText(text: string): Section[] {
  return sectionsFromLines(text.split(/\r\n|\r|\n/).map((t, i) => ({ text: t, line: i + 1 }))).sections;
}

export interface TreeOptions {
  /**
   * The text may start anywhere in the document (a page excerpt without its title): its first chapter and first
   * article set the numbering instead of being checked against 第一章 / 第一条.
   */
  excerpt?: boolean;
}

export function sectionsFromLines(lines: SourceLine[], options: TreeOptions = {}): SectionTree {
  const builder = new TreeBuilder(options.excerpt ?? false);
  for (const { text, line } of lines) {
    const s = text.trim();
    if (!s) continue;
    let start = 0;
    let marker = markerAt(s, 0);
    for (;;) {
      const contentStart = start + (marker?.length ?? 0);
      const next = findInlineMarker(s, contentStart + 1, builder, marker);
      const content = s.slice(contentStart, next?.pos ?? s.length).trim();
      if (marker) builder.addMarked(marker, content, line);
      else builder.addParagraph(content);
      if (!next) break;
      start = next.pos;
      marker = next.marker;
    }
  }
  return builder.result();
}

function findInlineMarker(s: string, from: number, builder: TreeBuilder, current: Marker | undefined) {
  for (let pos = nextMarkerStart(s, from); pos >= 0; pos = nextMarkerStart(s, pos + 1)) {
    const marker = markerAt(s, pos);
    if (marker && builder.continuesNumbering(marker, current)) return { pos, marker };
  }
  return undefined;
}

class TreeBuilder {
  private roots: Section[] = [];
  private stack: Open[] = [];
  private last: Partial<Record<'chapter' | 'article', number>> = {};
  private issues: SequenceIssue[] = [];
  private articlesInChapter = 0;

  constructor(private readonly excerpt: boolean) {}

  /**
   * Would `marker`, found inside a line, continue the numbering? `current` is the marker of the piece being read
   * (already in the tree once its content is added, so it is looked at directly).
   */
  continuesNumbering(marker: Marker, current: Marker | undefined): boolean {
    if (marker.kind === 'article') {
      const base = current?.kind === 'article' ? current.value : (this.last.article ?? 0);
      // A chapter heading followed by 第一条: the numbering restarts in each chapter.
      return marker.value === base + 1 || (marker.value === 1 && current?.kind === 'chapter');
    }
    const open = this.stack.map((o) => o.marker);
    if (current) {
      while (open.length && open.at(-1)!.rank >= current.rank) open.pop();
      open.push(current);
    }
    const sameKind = open.filter((m) => m.kind === marker.kind).at(-1);
    if (sameKind) return marker.value === sameKind.value + 1;
    const deepest = open.at(-1);
    return marker.value === 1 && (!deepest || marker.rank > deepest.rank);
  }

  addMarked(marker: Marker, content: string, line: number): void {
    this.checkSequence(marker, line);
    while (this.stack.length && this.stack.at(-1)!.marker.rank >= marker.rank) this.stack.pop();
    const section: Section = { heading: '', number: sectionNumber(marker), text: content, children: [] };
    if (TITLED_KINDS.has(marker.kind)) Object.assign(section, splitTitle(content));
    (this.stack.at(-1)?.section.children ?? this.roots).push(section);
    this.stack.push({ section, marker });
  }

  addParagraph(content: string): void {
    const top = this.stack.at(-1);
    if (!top) {
      this.roots.push(paragraph(content));
      return;
    }
    // `第二章` on a line of its own, its name on the next: the name is the chapter's heading.
    const bare = top.section.heading === '' && top.section.text === '' && top.section.children.length === 0;
    if (bare && TITLED_KINDS.has(top.marker.kind) && top.marker.rank < POINT_RANK && isTitle(content)) {
      top.section.heading = collapse(content);
      return;
    }
    if (top.section.children.length === 0 && (top.marker.rank < POINT_RANK || top.section.text === '')) {
      appendText(top.section, content);
      return;
    }
    let i = this.stack.length - 1;
    while (i > 0 && this.stack[i]!.marker.rank >= POINT_RANK) i--;
    const container = this.stack[i]!;
    this.stack.length = i + 1;
    if (container.section.children.length === 0) appendText(container.section, content);
    else container.section.children.push(paragraph(content));
  }

  private checkSequence(marker: Marker, line: number): void {
    if (marker.kind !== 'chapter' && marker.kind !== 'article') return;
    if (marker.kind === 'chapter') this.articlesInChapter = 0;
    const expected = this.last[marker.kind] === undefined && this.excerpt ? marker.value : (this.last[marker.kind] ?? 0) + 1;
    // 第一条 opening a chapter after articles: a regulation that numbers its articles per chapter, not a misnumbering.
    const restarts = marker.kind === 'article' && marker.value === 1 && this.articlesInChapter === 0 && this.last.chapter !== undefined;
    if (marker.kind === 'article') this.articlesInChapter++;
    if (marker.value !== expected && !restarts) {
      const word = marker.kind === 'chapter' ? '章' : '条';
      this.issues.push({ kind: marker.kind, actual: marker.text, expected: `第${toChineseNumber(expected)}${word}`, line });
    }
    this.last[marker.kind] = marker.value;
  }

  result(): SectionTree {
    return { sections: this.roots, sequenceIssues: this.issues };
  }
}

/**
 * A chapter, part or article is numbered by its usual name (`第七条` for a printed `第 7 條` or `第7条`), so articles are
 * found by name whatever the page printed; the document body keeps the printed form. Other markers stay as printed.
 */
function sectionNumber(marker: Marker): string {
  const word = { chapter: '章', part: '节', article: '条' }[marker.kind as 'chapter' | 'part' | 'article'];
  return word ? `第${toChineseNumber(marker.value)}${word}` : marker.text;
}

function paragraph(text: string): Section {
  return { heading: '', text, children: [] };
}

function appendText(section: Section, content: string): void {
  section.text = section.text ? `${section.text}\n${content}` : content;
}

function isTitle(content: string): boolean {
  return content.length <= 24 && !SENTENCE_PUNCTUATION.test(content);
}

/** `总  则` → heading 总则; `编制目的 立足…` → heading 编制目的 + text; a sentence stays text. */
function splitTitle(content: string): { heading: string; text: string } {
  if (isTitle(content)) return { heading: collapse(content), text: '' };
  const m = /^([^\s\u3000。；;，,：:！!？?]{1,15})[\s\u3000]+(\S[\s\S]*)$/.exec(content);
  if (m) return { heading: m[1]!, text: m[2]! };
  return { heading: '', text: content };
}

/** Spaces between CJK characters in a heading are layout (`总  则`), not content. */
function collapse(s: string): string {
  return s.replace(/[\s\u3000]+/g, ' ').replace(/(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/g, '');
}

/** Fewest top-level parts (章, 条 or 一、 headings) for a cell to count as a structured document. */
const MIN_DOCUMENT_PARTS = 3;
const PART_NUMBER = /^(?:第.+[章条條]|[一二三四五六七八九十]+[、．.])$/;

/**
 * Sections of a catalogue cell that holds a whole structured document (seed 000: an emergency plan in 条款内容), or
 * undefined for ordinary cell text. A quoted article with its (一)(二) points (seed 001) is a clause, not a document.
 */
export function documentSections(text: string): Section[] | undefined {
  const sections = sectionsFromText(text);
  const parts = sections.filter((s) => s.number && PART_NUMBER.test(s.number)).length;
  return parts >= MIN_DOCUMENT_PARTS ? sections : undefined;
}
