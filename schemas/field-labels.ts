/**
 * The one table of Chinese column labels. Every parser maps header cells through `matchLabel`,
 * so a new synonym is one line here, not an edit in a parser.
 */
import type { ItemField } from './draft-item.js';

export type LabelTarget =
  | { field: ItemField }
  /** A flag column under a group header (公开对象 → 全社会 √). */
  | { flag: 'audience' | 'mode' | 'levels'; value: string }
  /** A group header whose sub-columns are flags (公开对象 over 全社会/特定群体). */
  | { group: 'audience' | 'mode' | 'levels' | 'matter' }
  /** A known column that maps to no field: kept verbatim in `extra` (our own exports' id, source.*, flags …). */
  | { extra: true };

/** label (Simplified or Traditional) → target. Keys are compared after `normalizeLabel`. */
export const FIELD_LABELS: Record<string, LabelTarget> = {
  事项类别: { field: 'category' },
  事項類別: { field: 'category' },
  信息类别: { field: 'category' },
  所属领域: { field: 'category' },
  一级事项: { field: 'level1' },
  一級事項: { field: 'level1' },
  二级事项: { field: 'level2' },
  二級事項: { field: 'level2' },
  三级事项: { field: 'level3' },
  三級事項: { field: 'level3' },
  // Local 标准目录 versions: `一级事项名称`, and the 三级子项 that the 2019 guideline lets counties add.
  一级事项名称: { field: 'level1' },
  二级事项名称: { field: 'level2' },
  三级事项名称: { field: 'level3' },
  三级子项: { field: 'level3' },
  三級子項: { field: 'level3' },
  事项名称: { field: 'name' },
  事項名稱: { field: 'name' },
  // Short level labels under a 公开类别及事项 group header (Guangdong 主动公开基本目录).
  一级: { field: 'level1' },
  一級: { field: 'level1' },
  二级: { field: 'level2' },
  二級: { field: 'level2' },
  三级: { field: 'level3' },
  三級: { field: 'level3' },
  公开类别及事项: { group: 'matter' },
  公開類別及事項: { group: 'matter' },
  公开事项: { group: 'matter' },
  公開事項: { group: 'matter' },
  序号: { field: 'code' },
  序號: { field: 'code' },
  编号: { field: 'code' },
  公开内容: { field: 'content' },
  公開內容: { field: 'content' },
  公开内容要素: { field: 'content' },
  公開內容要素: { field: 'content' },
  内容规范: { field: 'content' },
  内容标准: { field: 'content' },
  公开依据: { field: 'basis' },
  公開依據: { field: 'basis' },
  条款内容: { field: 'clauses' },
  條款內容: { field: 'clauses' },
  公开渠道: { field: 'channels' },
  公開渠道: { field: 'channels' },
  公开渠道和载体: { field: 'channels' },
  公開渠道和載體: { field: 'channels' },
  公开形式: { field: 'channels' },
  公开渠道及载体: { field: 'channels' },
  公开载体: { field: 'channels' },
  公开时限: { field: 'timeLimit' },
  公開時限: { field: 'timeLimit' },
  公开责任: { field: 'responsible' },
  公開責任: { field: 'responsible' },
  公开主体: { field: 'responsible' },
  公開主體: { field: 'responsible' },
  责任科室: { field: 'responsible' },
  責任科室: { field: 'responsible' },
  责任单位: { field: 'responsible' },
  公开对象: { group: 'audience' },
  公開對象: { group: 'audience' },
  公开方式: { group: 'mode' },
  公開方式: { group: 'mode' },
  公开层级: { group: 'levels' },
  公開層級: { group: 'levels' },
  全社会: { flag: 'audience', value: '全社会' },
  全社會: { flag: 'audience', value: '全社会' },
  特定群体: { flag: 'audience', value: '特定群体' },
  特定群體: { flag: 'audience', value: '特定群体' },
  特定群众: { flag: 'audience', value: '特定群体' },
  特定群眾: { flag: 'audience', value: '特定群体' },
  主动: { flag: 'mode', value: '主动' },
  主動: { flag: 'mode', value: '主动' },
  主动公开: { flag: 'mode', value: '主动' },
  主動公開: { flag: 'mode', value: '主动' },
  依申请: { flag: 'mode', value: '依申请' },
  依申請: { flag: 'mode', value: '依申请' },
  依申请公开: { flag: 'mode', value: '依申请' },
  依申請公開: { flag: 'mode', value: '依申请' },
  // The columns of our own CSV/XLSX exports (src/emit/csv.ts), so that an exported dataset can be ingested again.
  category: { field: 'category' },
  name: { field: 'name' },
  code: { field: 'code' },
  content: { field: 'content' },
  basisText: { field: 'basis' },
  clauses: { field: 'clauses' },
  channels: { field: 'channels' },
  responsible: { field: 'responsible' },
  timeLimit: { field: 'timeLimit' },
  audience: { field: 'audience' },
  mode: { field: 'mode' },
  levels: { field: 'levels' },
  publisher: { field: 'publisher' },
  publishedAt: { field: 'publishedAt' },
  ...Object.fromEntries(
    ['id', 'kind', 'basis', 'timeLimitClauses', 'body', 'sections', 'attachments', 'stats', 'extra', 'flags']
      .concat(['file', 'place', 'parser', 'format', 'encoding', 'script', 'sha256'].map((k) => `source.${k}`))
      .map((label) => [label, { extra: true } as const]),
  ),
};

/** Level columns are open-ended (县级, 乡、村级, 区县级, 镇街级, 作业区 …): recognised by shape. */
const LEVEL_LABEL = /^(?:[市县縣区區乡鄉镇鎮村街道社区區、]+级|[市县縣区區乡鄉镇鎮村街]级?[、]?[村街]?[級级]|作业区)$/;

/** Strips what varies between renderings of the same label: spaces, brackets, colons, PDF-doubled glyphs. */
export function normalizeLabel(raw: string): string {
  let s = raw.replace(/[\s\u3000:：()（）[\]【】]/g, '');
  // PDF extraction doubles header glyphs: 序号序号 → 序号, 公开事项公开事项 → 公开事项.
  const half = s.length / 2;
  if (s.length >= 4 && Number.isInteger(half) && s.slice(0, half) === s.slice(half)) s = s.slice(0, half);
  return s;
}

/**
 * Every character a label is made of, and the decoration `normalizeLabel` strips: a cell holding any other character
 * cannot be a label, so body text (most cells that parsers probe) is turned away without normalizing it.
 */
const LABEL_CHARS = new Set([...Object.keys(FIELD_LABELS).join(''), ...'市县縣区區乡鄉镇鎮村街道社区區、级級作业']);
const DECORATION = /[\s\u3000:：()（）[\]【】]/;

function mayBeLabel(raw: string): boolean {
  for (const ch of raw) if (!LABEL_CHARS.has(ch) && !DECORATION.test(ch)) return false;
  return true;
}

/** Maps a header cell to its target, or undefined (the column then goes to `extra`). */
export function matchLabel(raw: string): LabelTarget | undefined {
  if (!mayBeLabel(raw)) return undefined;
  const label = normalizeLabel(raw);
  if (!label) return undefined;
  if (Object.hasOwn(FIELD_LABELS, label)) return FIELD_LABELS[label];
  if (LEVEL_LABEL.test(label)) return { flag: 'levels', value: label.replace(/級/g, '级').replace(/縣/g, '县').replace(/鄉/g, '乡').replace(/鎮/g, '镇').replace(/區/g, '区') };
  return undefined;
}
