/** Chinese numerals as printed in article and list markers (第二十三条, (十二), 一百零五). */
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Parses 一…九千九百九十九 or ASCII digits; undefined when the text is not a numeral. */
export function parseChineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!text || !/^[零〇一二两兩三四五六七八九十百千]+$/.test(text)) return undefined;
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

/** Renders 1…999 the way articles are numbered (第十二条, 第一百零五条), for `expected` in diagnostics. */
export function toChineseNumber(n: number): string {
  const names = '零一二三四五六七八九';
  if (n < 10) return names[n]!;
  if (n < 20) return '十' + (n % 10 ? names[n % 10] : '');
  if (n < 100) return names[Math.floor(n / 10)] + '十' + (n % 10 ? names[n % 10] : '');
  const rest = n % 100;
  const head = names[Math.floor(n / 100)] + '百';
  if (rest === 0) return head;
  return head + (rest < 10 ? '零' + names[rest] : rest < 20 ? '一' + toChineseNumber(rest) : toChineseNumber(rest));
}
