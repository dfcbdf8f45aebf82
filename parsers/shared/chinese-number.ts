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
