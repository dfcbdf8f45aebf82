/**
 * Page metadata read from text lines: `2022-12-16 来源:中卫市…`, `發布時間:2019-06-03 14:29`, `发布日期:… 信息来源:…`,
 * `发布日期 2016-05-10` (a date label without its colon), `[ 发布机构 ] 合川区双槐镇` (a bracketed label), and 索引 blocks rendered as `索引号 | 1143… | 发布机构 | …`.
 * Works on lines so the same reader serves a rendered HTML page, its metadata tables and plain text.
 */
import { isoDate } from './dates.js';

type Role = 'publisher' | 'date' | 'title' | 'extra';

/**
 * label → role, with a priority (lower wins): 发布日期 beats 成文日期, 发布机构 beats 来源. Keys compared without
 * spaces/brackets; Traditional forms too, so a page the script pass did not convert still gives its facts.
 */
const LABELS: Record<string, { role: Role; rank?: number }> = {
  发布机构: { role: 'publisher', rank: 0 }, 發布機構: { role: 'publisher', rank: 0 }, 发文机关: { role: 'publisher', rank: 0 },
  發文機關: { role: 'publisher', rank: 0 }, 发布单位: { role: 'publisher', rank: 0 }, 發布單位: { role: 'publisher', rank: 0 },
  信息来源: { role: 'publisher', rank: 1 }, 信息來源: { role: 'publisher', rank: 1 }, 来源: { role: 'publisher', rank: 1 },
  來源: { role: 'publisher', rank: 1 },
  // Taiwan pages: `日期:107-01-18 资料来源:资讯处`, the office that published the page.
  资料来源: { role: 'publisher', rank: 1 }, 資料來源: { role: 'publisher', rank: 1 },
  发布日期: { role: 'date', rank: 0 }, 發布日期: { role: 'date', rank: 0 }, 发布时间: { role: 'date', rank: 0 },
  發布時間: { role: 'date', rank: 0 }, 發佈時間: { role: 'date', rank: 0 }, 公开日期: { role: 'date', rank: 0 },
  发文日期: { role: 'date', rank: 1 }, 成文日期: { role: 'date', rank: 1 }, 印发日期: { role: 'date', rank: 1 },
  印發日期: { role: 'date', rank: 1 }, 上载日期: { role: 'date', rank: 2 }, 时间: { role: 'date', rank: 3 },
  時間: { role: 'date', rank: 3 }, 日期: { role: 'date', rank: 3 },
  标题: { role: 'title' }, 標題: { role: 'title' }, 信息名称: { role: 'title' }, 信息名稱: { role: 'title' },
  文件名称: { role: 'title' }, 文件名稱: { role: 'title' },
  索引号: { role: 'extra' }, 索引號: { role: 'extra' }, 文号: { role: 'extra' }, 文號: { role: 'extra' }, 发文字号: { role: 'extra' },
  發文字號: { role: 'extra' }, 发布文号: { role: 'extra' }, 主题分类: { role: 'extra' }, 主題分類: { role: 'extra' },
  体裁分类: { role: 'extra' }, 组配分类: { role: 'extra' }, 有效性: { role: 'extra' }, 主题词: { role: 'extra' },
  主題詞: { role: 'extra' },
};

const LABEL_ALT = Object.keys(LABELS).sort((a, b) => b.length - a.length).join('|');
const DATE_LABEL_ALT = Object.keys(LABELS).filter((k) => LABELS[k]!.role === 'date' && k.length >= 4).join('|');
/** `标签:值` inline; the value runs to the next label, a separator or a wide gap. */
const INLINE = new RegExp(`(?:^|[\\s|•·【\\[】\\]])(${LABEL_ALT})\\s*[】\\]]?\\s*[:：]\\s*([^\\s|•·【\\[]+(?: (?!\\S*[:：])[^\\s|•·【\\[]+)*)`, 'g');
/** `[ 发布机构 ] 合川区双槐镇`, `【成文日期】2024-02-26`: a bracketed label, no colon; the value runs to the next bracket. */
const BRACKETED = new RegExp(`[\\[【]\\s*(${LABEL_ALT})\\s*[\\]】]\\s*([^\\s\\[【]+(?: (?![\\[【])[^\\s\\[【]+)*)`, 'g');
/** `发布日期 2016-05-10`: a four-character date label followed by a date, with no colon. */
const DATE_NO_COLON = new RegExp(`(?:^|[\\s|•·])(${DATE_LABEL_ALT})\\s+(\\d[\\d\\s:./年月日-]{5,})`, 'g');

export type MetaRole = 'publisher' | 'date' | 'title';

export interface MetaFound {
  publishedAt?: string;
  publisher?: string;
  /** A `标题:` / `信息名称:` value. */
  title?: string;
  /** The label each fact was read from (`发布日期`, `发文机关` …), for provenance. */
  labels: Partial<Record<MetaRole, string>>;
  extra: Record<string, string>;
  /** Indexes of the lines that held metadata. */
  lines: number[];
  /** Index of the line the date was read from. */
  dateLine?: number;
}

const bare = (s: string): string => s.replace(/[\s\u3000[\]【】:：]/g, '');

/** The role of a label cell or word, when it is one (`发 布 日 期：` → date). */
export function metaLabelRole(label: string): Role | undefined {
  return LABELS[bare(label)]?.role;
}

export function readMetaLines(lines: readonly string[], maxLineChars = 200): MetaFound {
  const found: MetaFound = { labels: {}, extra: {}, lines: [] };
  const rank: Partial<Record<MetaRole, number>> = {};
  let current = 0;
  const take = (label: string, value: string): boolean => {
    const key = bare(label);
    const spec = LABELS[key];
    const v = value.trim();
    if (!spec || v === '' || v === '-') return false;
    if (spec.role === 'extra') {
      found.extra[key] ??= v;
      return true;
    }
    const role = spec.role;
    const r = spec.rank ?? 0;
    let parsed: string | undefined = v;
    if (role === 'date') parsed = isoDate(v, { rocBare: true });
    if (parsed === undefined) return false;
    if (r < (rank[role] ?? Number.POSITIVE_INFINITY)) {
      rank[role] = r;
      found.labels[role] = key;
      if (role === 'date') {
        found.publishedAt = parsed;
        found.dateLine = current;
      }
      else if (role === 'publisher') found.publisher = parsed;
      else found.title = parsed;
    }
    return true;
  };
  /** Every match of a global pattern, matched in place (matchAll would copy the pattern for each line). */
  const takeAll = (pattern: RegExp, line: string): boolean => {
    let hit = false;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(line); m; m = pattern.exec(line)) hit = take(m[1]!, m[2]!) || hit;
    return hit;
  };
  lines.forEach((line, i) => {
    // White space only shortens a line: one that is short as it stands is not measured.
    if (line.length > maxLineChars && visibleLength(line) > maxLineChars) return;
    current = i;
    let hit = false;
    // Cells need a ` | ` and an inline label its colon: most lines have neither and are not split or matched.
    if (line.includes(' | ')) {
      const cells = line.split(' | ');
      for (let c = 0; c + 1 < cells.length; c++) {
        if (LABELS[bare(cells[c]!)] && !LABELS[bare(cells[c + 1]!)]) hit = take(cells[c]!, cells[c + 1]!) || hit;
      }
    }
    if (line.includes(':') || line.includes('：')) hit = takeAll(INLINE, line) || hit;
    hit = takeAll(DATE_NO_COLON, line) || hit;
    if (line.includes(']') || line.includes('】')) hit = takeAll(BRACKETED, line) || hit;
    // `2022-12-16 来源:…`: the date has no label.
    if (hit && found.publishedAt === undefined && /^\s*\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}/.test(line)) {
      found.publishedAt = isoDate(line);
      if (found.publishedAt) {
        found.labels.date = '';
        found.dateLine = i;
      }
    }
    if (hit) found.lines.push(i);
  });
  return found;
}

/** Length without white space: a line padded with runs of spaces is not a long prose line. */
function visibleLength(text: string): number {
  return text.replace(/\s/g, '').length;
}
