/**
 * Chinese numerals, the one reader for the whole library: article and list markers (第二十三条, (十二), 一百零五), catalogue
 * cells (`二十`, `十五`, `两`, full-width `２０`, plain `20`), years written digit by digit (`二〇二五`), and the formal
 * (大写) digits (`贰拾`, `(壹)`) and Traditional `兩` that scraped pages mix in.
 */
const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const MYRIAD = new Set(['万', '萬']);

/** Characters that can appear in a Chinese numeral; callers use it to build match patterns. */
export const CHINESE_NUMERAL_CHARS = [...Object.keys(DIGITS), ...Object.keys(UNITS), ...MYRIAD].join('');

/** Full-width digits (０-９) to ASCII; other characters unchanged. */
export function toAsciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The value of a numeral, or undefined when the text is not one (or not a safe integer). */
export function parseChineseNumber(s: string): number | undefined {
  const value = readNumber(s);
  // A run of hundreds of digits (hostile or garbled cells) would read as Infinity or a rounded float, which the
  // schema rejects (z.number() refuses Infinity) and would cost the whole item: such a number is not understood.
  return value !== undefined && Number.isSafeInteger(value) ? value : undefined;
}

function readNumber(s: string): number | undefined {
  const text = toAsciiDigits(s.trim());
  if (text === '') return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  const chars = [...text];
  if (!chars.every((c) => c in DIGITS || c in UNITS || MYRIAD.has(c))) return undefined;
  // Without any unit character the numeral is positional, like a year written `二〇二五`.
  if (chars.every((c) => c in DIGITS)) return Number(chars.map((c) => DIGITS[c]).join(''));
  return parseWithUnits(chars);
}

/** `一百零五` = 1·100 + 5; `十五` = 10 + 5 (a leading 十 means 一十); units must fall within a section. */
function parseWithUnits(chars: string[]): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  for (const c of chars) {
    if (c in DIGITS) {
      if (digit !== undefined && DIGITS[c] !== 0) return undefined; // `二三十`: two digits without a unit
      digit = DIGITS[c] === 0 ? undefined : DIGITS[c];
      continue;
    }
    if (MYRIAD.has(c)) {
      total += (section + (digit ?? 0)) * 10000;
      if (total === 0) return undefined;
      section = 0;
      digit = undefined;
      lastUnit = Infinity;
      continue;
    }
    const unit = UNITS[c]!;
    if (unit >= lastUnit) return undefined; // `十十`, `十百`
    section += (digit ?? 1) * unit;
    digit = undefined;
    lastUnit = unit;
  }
  return total + section + (digit ?? 0);
}

/**
 * Renders 0…9999 the way articles are numbered (第十二条, 第一百零五条, 第一千零一十条), for `expected` in diagnostics;
 * larger numbers (never seen as article numbers) stay in digits.
 */
export function toChineseNumber(n: number): string {
  const names = '零一二三四五六七八九';
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n < 10) return names[n]!;
  if (n < 20) return '十' + (n % 10 ? names[n % 10] : '');
  if (n < 100) return names[Math.floor(n / 10)] + '十' + (n % 10 ? names[n % 10] : '');
  const [unit, size] = n < 1000 ? ['百', 100] : ['千', 1000];
  const rest = n % size;
  const head = names[Math.floor(n / size)] + unit;
  if (rest === 0) return head;
  // A gap of a whole place is read 零 (一百零五, 一千零五十); a teen after a higher place keeps its 一 (一百一十).
  const gap = rest < size / 10 ? '零' : '';
  return head + gap + (rest >= 10 && rest < 20 ? '一' + toChineseNumber(rest) : toChineseNumber(rest));
}
