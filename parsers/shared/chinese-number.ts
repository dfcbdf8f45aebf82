/** Chinese numerals as printed in article and list markers (第二十三条, (十二), 一百零五). */
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  // The formal (大写) digits, as some pages number their points: (壹), 贰、.
  壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 拾: 10, 佰: 100, 仟: 1000 };
/** Every character parseChineseNumber reads (for patterns that look for numerals). */
export const NUMERAL_CHARS = '零〇一二两兩三四五六七八九十百千壹贰貳叁參肆伍陆陸柒捌玖拾佰仟';

/** Parses 一…九千九百九十九 or ASCII digits; undefined when the text is not a numeral. */
export function parseChineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!text || ![...text].every((ch) => ch in DIGITS || ch in UNITS)) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
      continue;
    }
    const unit = UNITS[ch]!;
    // 十二 = 12: a unit without a digit before it counts once.
    total += (digit ?? 1) * unit;
    digit = undefined;
  }
  return total + (digit ?? 0);
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

/** Years of the Republic of China calendar (民国94年 = 2005), still printed on laws and on Taiwan pages. */
const ROC_EPOCH = 1911;
const DATE_NUMERAL = `[\\d${NUMERAL_CHARS}]`;
/** `2023年3月5日`, `二〇二三年三月五日`, `民国 94 年 12 月 28 日`, `2023-03-05`, `2023.3.5`, `2023/3/5`. */
const CHINESE_DATE = new RegExp(
  `(民[国國][ \\u3000]*)?(?<!\\d)(${DATE_NUMERAL}{2,4})[ \\u3000]*年[ \\u3000]*(${DATE_NUMERAL}{1,3})[ \\u3000]*月[ \\u3000]*(${DATE_NUMERAL}{1,3})[ \\u3000]*[日号]` +
    '|(?<!\\d)((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)',
);

/**
 * The first calendar date in `text` as YYYY-MM-DD: Arabic or Chinese numerals (a year written digit by digit, 二〇二三),
 * or an ROC year; undefined when there is none or it is not a real date.
 */
export function parseChineseDate(text: string): string | undefined {
  const m = CHINESE_DATE.exec(text);
  if (!m) return undefined;
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  if (m[2] !== undefined) {
    // A year is read digit by digit (二〇二三); an ROC year is a number (九十四).
    year = m[1] ? parseChineseNumber(m[2]) : yearDigits(m[2]);
    if (year !== undefined && m[1]) year += ROC_EPOCH;
    month = parseChineseNumber(m[3]!);
    day = parseChineseNumber(m[4]!);
  } else {
    [year, month, day] = [Number(m[5]), Number(m[6]), Number(m[7])];
  }
  if (year === undefined || month === undefined || day === undefined || year < 1900 || year > 2100) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function yearDigits(text: string): number | undefined {
  if (/^\d{4}$/.test(text)) return Number(text);
  const digits = [...text].map((ch) => DIGITS[ch]);
  return digits.length === 4 && digits.every((d) => d !== undefined) ? Number(digits.join('')) : undefined;
}
