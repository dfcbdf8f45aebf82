/**
 * Chinese numerals as written in catalogue cells: `二十`, `十五`, `一百零五`, `两`, `二〇二五`, full-width `２０`, plain `20`.
 * Financial forms (`贰拾`) and Traditional `兩` are accepted because scraped pages mix them in.
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

export function parseChineseNumber(s: string): number | undefined {
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
