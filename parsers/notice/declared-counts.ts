import type { DeclaredCount } from '../../schemas/notice-stats.js';

/**
 * Counts a notice declares for the catalogues it issues (`就业领域…包括一级事项9项、二级事项25项`), kept so a check can
 * compare them with the ingested workbooks. Traditional forms are accepted too, so a page the script pass did not
 * convert still yields its counts.
 */
const COUNT =
  /([\u4e00-\u9fff]{1,10}?)[领領]域[^,，。;；]{0,30}?包括一[级級]事[项項](\d+)[项項][、,，]\s*二[级級]事[项項](\d+)[项項](?:[、,，]\s*三[级級]事[项項](\d+)[项項])?/g;

export function readDeclaredCounts(text: string): DeclaredCount[] {
  const counts: DeclaredCount[] = [];
  // Every declaration says 包括一级/一級事项: a text without 包括一 is not searched with the costly pattern.
  if (!text.includes('包括一')) return counts;
  for (const m of text.matchAll(COUNT)) {
    const count: DeclaredCount = { domain: m[1]!, level1: Number(m[2]), level2: Number(m[3]) };
    if (m[4] !== undefined) count.level3 = Number(m[4]);
    counts.push(count);
  }
  return counts;
}
