/**
 * Calendar dates as pages print them → ISO `YYYY-MM-DD`: `2023-03-05`, `2023/3/5`, `2023.3.5`, `2023年3月5日`,
 * `二〇二三年三月五日`, and the Republic-of-China calendar of Taiwan pages (`民國112年3月5日`, year + 1911). A bare
 * `107-01-18` is an ROC date only where a label says it is a date (`rocBare`), since three digits alone say nothing.
 */

const ARABIC = /(?<![\d.])(\d{4})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})(?!\d)/;
const CHINESE = /([〇○零Ｏ０一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,4})\s*日/;
const ROC = /民\s*[国國]\s*(\d{1,3}|[一二三四五六七八九十百零〇]{1,5})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,4})\s*日/;
const ROC_BARE = /^\s*(\d{2,3})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/;
const ROC_EPOCH = 1911;
/** The same patterns, global, for the scans (matched in place: one copy per module, not per call). */
const ARABIC_ALL = new RegExp(ARABIC.source, 'g');
const CHINESE_ALL = new RegExp(CHINESE.source, 'g');
const ROC_ALL = new RegExp(ROC.source, 'g');

const DIGIT: Record<string, number> = { 〇: 0, '○': 0, 零: 0, Ｏ: 0, '０': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `十二` → 12, `二十八` → 28, `三十一` → 31, `九十四` → 94, `一百一十二` → 112; Arabic digits as they are. */
function smallNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = DIGIT[ch] ?? 0;
  }
  return total + digit;
}

/** `二〇二三` → 2023 (digit by digit, as years are written). */
function yearDigits(text: string): number {
  return Number([...text].map((c) => DIGIT[c] ?? 0).join(''));
}

/** The date as ISO when it exists in the calendar (no 2月30日) and lies in the years government pages are from. */
export function calendarDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface FoundDate {
  iso: string;
  /** Offset of the date in the text. */
  index: number;
  /** The date as printed. */
  text: string;
}

export interface DateOptions {
  /** Read a bare `107-01-18` at the start of the text as an ROC date (the text is the value of a date label). */
  rocBare?: boolean;
}

/** Every date written in the text, in reading order. */
export function findDates(text: string, options: DateOptions = {}): FoundDate[] {
  const found: FoundDate[] = [];
  const scan = (global: RegExp, toIso: (m: RegExpExecArray) => string | undefined): void => {
    global.lastIndex = 0;
    for (let m = global.exec(text); m; m = global.exec(text)) {
      const iso = toIso(m);
      if (iso) found.push({ iso, index: m.index, text: m[0] });
    }
  };
  scan(ARABIC_ALL, (m) => calendarDate(Number(m[1]), Number(m[2]), Number(m[3])));
  // Both other forms write 年 (and ROC dates 民): most texts skip their scans.
  if (text.includes('年')) {
    scan(CHINESE_ALL, (m) => calendarDate(yearDigits(m[1]!), smallNumber(m[2]!), smallNumber(m[3]!)));
    if (text.includes('民')) scan(ROC_ALL, (m) => calendarDate(smallNumber(m[1]!) + ROC_EPOCH, smallNumber(m[2]!), smallNumber(m[3]!)));
  }
  if (options.rocBare) {
    const m = ROC_BARE.exec(text);
    const year = m ? Number(m[1]) : 0;
    // A four-digit year is read above; 2–3 digits in a date slot are years of the ROC calendar (民國1年 = 1912).
    if (m && year >= 1 && year <= 189) {
      const iso = calendarDate(year + ROC_EPOCH, Number(m[2]), Number(m[3]));
      if (iso) found.push({ iso, index: m.index, text: m[0] });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first date written in the text, as YYYY-MM-DD. */
export function isoDate(text: string, options: DateOptions = {}): string | undefined {
  return findDates(text, options)[0]?.iso;
}

/** The text is one date and nothing else (a signature date line, a lone date in a metadata block). */
export function isDateLine(text: string): boolean {
  const s = text.trim().replace(/^[•·\-–—]\s*/, '');
  const first = findDates(s)[0];
  return first !== undefined && first.index === 0 && /^\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*$/.test(s.slice(first.text.length).replace(/^日/, ''));
}
