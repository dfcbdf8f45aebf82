/**
 * Automatic numbering of a .docx: Word does not store the label of a numbered paragraph (第一条, 一、, (一), 1.) in its
 * text; the paragraph names a list (`w:numPr`: list id and level) and `word/numbering.xml` says how each level is
 * written (`w:lvlText` such as `第%1条`, `w:numFmt` such as chineseCounting, `w:start`). The labels are rebuilt here in
 * reading order, so a regulation whose articles are auto-numbered still reads as 第一条 … to the regulation parser.
 */
import { Parser } from 'htmlparser2';
import { toChineseNumber } from '../../parsers/shared/chinese-number.js';

interface Level {
  start: number;
  format: string;
  text: string;
  /** What follows the label: a tab, a space, or nothing. */
  suffix: string;
  /** w:lvlRestart: the (1-based) level whose next number restarts this one; 0 never. Unset: any higher level. */
  restart?: number;
}

/** A paragraph's list: numId and level. */
export interface ListRef {
  numId: string;
  level: number;
}

/** Word lists have nine levels. */
const LEVELS = 9;

export class Numbering {
  private readonly abstracts = new Map<string, Level[]>();
  private readonly lists = new Map<string, { abstract: string; starts: Map<number, number> }>();
  private readonly counters = new Map<string, (number | undefined)[]>();

  constructor(xml: string) {
    let abstract: Level[] | undefined;
    let level: Level | undefined;
    let list: { abstract: string; starts: Map<number, number> } | undefined;
    let overrideLevel: number | undefined;
    const parser = new Parser({
      onopentag: (name, a) => {
        const val = a['w:val'] ?? '';
        if (name === 'w:abstractNum') this.abstracts.set(a['w:abstractNumId'] ?? '', (abstract = []));
        else if (name === 'w:lvl' && abstract) {
          const at = Number(a['w:ilvl']);
          level = { start: 1, format: 'decimal', text: '', suffix: ' ' };
          if (at >= 0 && at < LEVELS) abstract[at] = level;
        } else if (level && name === 'w:start') level.start = Number(val) || 0;
        else if (level && name === 'w:numFmt') level.format = val;
        else if (level && name === 'w:lvlText') level.text = val;
        else if (level && name === 'w:lvlRestart') level.restart = Number(val) || 0;
        else if (level && name === 'w:suff') level.suffix = val === 'nothing' ? '' : ' ';
        else if (name === 'w:num') this.lists.set(a['w:numId'] ?? '', (list = { abstract: '', starts: new Map() }));
        else if (list && name === 'w:abstractNumId') list.abstract = val;
        else if (list && name === 'w:lvlOverride') overrideLevel = Number(a['w:ilvl']);
        else if (list && overrideLevel !== undefined && name === 'w:startOverride') list.starts.set(overrideLevel, Number(val) || 0);
      },
      onclosetag: (name) => {
        if (name === 'w:abstractNum') abstract = undefined;
        else if (name === 'w:lvl') level = undefined;
        else if (name === 'w:num') list = undefined;
        else if (name === 'w:lvlOverride') overrideLevel = undefined;
      },
    }, { xmlMode: true });
    parser.end(xml);
  }

  /** The label of the next paragraph of this list and level (counting it), with its suffix; '' for bullets or no list. */
  next(ref: ListRef): string {
    const list = this.lists.get(ref.numId);
    const levels = list && this.abstracts.get(list.abstract);
    const level = levels?.[ref.level];
    if (!list || !levels || !level || ref.level < 0 || ref.level >= LEVELS) return '';
    const start = (at: number) => list.starts.get(at) ?? levels[at]?.start ?? 1;
    const counts: (number | undefined)[] = this.counters.get(ref.numId) ?? [];
    this.counters.set(ref.numId, counts);
    counts[ref.level] = counts[ref.level] === undefined ? start(ref.level) : counts[ref.level]! + 1;
    // A higher level's new number restarts the levels below it, unless a level says otherwise (articles numbered on
    // through the chapters of a regulation).
    for (let below = ref.level + 1; below < counts.length; below++) {
      const restart = levels[below]?.restart;
      if (restart === undefined || (restart !== 0 && ref.level < restart)) counts[below] = undefined;
    }
    if (level.format === 'bullet' || level.format === 'none' || level.text === '') return '';
    const label = level.text.replace(/%([1-9])/g, (_, k: string) => {
      const at = Number(k) - 1;
      return formatNumber(counts[at] ?? start(at), levels[at]?.format ?? 'decimal');
    });
    return label + level.suffix;
  }
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';

/** A counter written in a list format (the formats Chinese government documents use; others as digits). */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographDigital':
      return toChineseNumber(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= CIRCLED.length ? CIRCLED[n - 1]! : String(n);
    case 'ideographTraditional':
      return n >= 1 && n <= HEAVENLY_STEMS.length ? HEAVENLY_STEMS[n - 1]! : String(n);
    case 'upperLetter':
    case 'lowerLetter': {
      const letter = String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return n < 1 ? String(n) : format === 'upperLetter' ? letter : letter.toLowerCase();
    }
    case 'upperRoman':
    case 'lowerRoman': {
      const roman = toRoman(n);
      return format === 'upperRoman' ? roman : roman.toLowerCase();
    }
    default:
      return String(n);
  }
}

function toRoman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, mark] of table) while (n >= value) { out += mark; n -= value; }
  return out;
}
