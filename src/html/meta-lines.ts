/**
 * Page metadata read from text lines: `2022-12-16 来源:中卫市…`, `發布時間:2019-06-03 14:29`, `发布日期:… 信息来源:…`,
 * and 索引 blocks rendered as `索引号 | 1143… | 发布机构 | …`. Works on lines so the same reader serves the rendered
 * page and the cleaned (Simplified) text.
 */
import { visibleLength } from './dom.js';

type Role = 'publisher' | 'date' | 'extra';

/** label → role, with a priority for dates (lower wins: 发布日期 beats 成文日期). Keys compared without spaces/brackets. */
const LABELS: Record<string, { role: Role; rank?: number }> = {
  发布机构: { role: 'publisher' }, 發布機構: { role: 'publisher' }, 发文机关: { role: 'publisher' }, 發文機關: { role: 'publisher' },
  发布单位: { role: 'publisher' }, 信息来源: { role: 'publisher' }, 信息來源: { role: 'publisher' }, 来源: { role: 'publisher' },
  來源: { role: 'publisher' },
  发布日期: { role: 'date', rank: 0 }, 發布日期: { role: 'date', rank: 0 }, 发布时间: { role: 'date', rank: 0 },
  發布時間: { role: 'date', rank: 0 }, 發佈時間: { role: 'date', rank: 0 }, 发文日期: { role: 'date', rank: 1 },
  成文日期: { role: 'date', rank: 1 }, 上载日期: { role: 'date', rank: 2 }, 时间: { role: 'date', rank: 3 }, 日期: { role: 'date', rank: 3 },
  索引号: { role: 'extra' }, 索引號: { role: 'extra' }, 文号: { role: 'extra' }, 文號: { role: 'extra' }, 发文字号: { role: 'extra' },
  發文字號: { role: 'extra' }, 发布文号: { role: 'extra' }, 主题分类: { role: 'extra' }, 主題分類: { role: 'extra' },
  体裁分类: { role: 'extra' }, 组配分类: { role: 'extra' }, 有效性: { role: 'extra' },
};

const LABEL_ALT = Object.keys(LABELS).sort((a, b) => b.length - a.length).join('|');
/** `标签:值` inline; the value runs to the next label, a separator or a wide gap. */
const INLINE = new RegExp(`(?:^|[\\s|•·【\\[】\\]])(${LABEL_ALT})\\s*[】\\]]?\\s*[:：]\\s*([^\\s|•·【\\[]+(?: (?!\\S*[:：])[^\\s|•·【\\[]+)*)`, 'g');
const DATE = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;

export interface MetaFound {
  publishedAt?: string;
  publisher?: string;
  extra: Record<string, string>;
  /** Indexes of the lines that held metadata. */
  lines: number[];
}

export function isoDate(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1949 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const bare = (s: string): string => s.replace(/[\s\u3000[\]【】:：]/g, '');

export function readMetaLines(lines: string[], maxLineChars = 200): MetaFound {
  const found: MetaFound = { extra: {}, lines: [] };
  let dateRank = Number.POSITIVE_INFINITY;
  let publisherFromSource = false;
  const take = (label: string, value: string): boolean => {
    const spec = LABELS[bare(label)];
    const v = value.trim();
    if (!spec || v === '' || v === '-') return false;
    if (spec.role === 'date') {
      const iso = isoDate(v);
      if (!iso || (spec.rank ?? 9) >= dateRank) return iso !== undefined;
      found.publishedAt = iso;
      dateRank = spec.rank ?? 9;
    } else if (spec.role === 'publisher') {
      // 发布机构 names the agency; 来源 may name a website: keep the first 发布机构, else the first 来源.
      const strong = !/来源|來源/.test(label);
      if (found.publisher === undefined || (strong && publisherFromSource)) {
        found.publisher = v;
        publisherFromSource = !strong;
      }
    } else found.extra[bare(label)] ??= v;
    return true;
  };
  lines.forEach((line, i) => {
    if (visibleLength(line) > maxLineChars) return;
    let hit = false;
    // Cells need a ` | ` and an inline label its colon: most lines have neither and are not split or matched.
    if (line.includes(' | ')) {
      const cells = line.split(' | ');
      for (let c = 0; c + 1 < cells.length; c++) {
        if (LABELS[bare(cells[c]!)] && !LABELS[bare(cells[c + 1]!)]) hit = take(cells[c]!, cells[c + 1]!) || hit;
      }
    }
    if (line.includes(':') || line.includes('：')) for (const m of line.matchAll(INLINE)) hit = take(m[1]!, m[2]!) || hit;
    // seed 002: `2022-12-16 来源:…`, the date has no label.
    if (hit && found.publishedAt === undefined && /^\s*\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}/.test(line)) found.publishedAt = isoDate(line);
    if (hit) found.lines.push(i);
  });
  return found;
}
