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

/** label → target. Keys are Simplified; cells are compared after `normalizeLabel` (which folds Traditional). */
export const FIELD_LABELS: Record<string, LabelTarget> = {
  事项类别: { field: 'category' },
  信息类别: { field: 'category' },
  所属领域: { field: 'category' },
  一级事项: { field: 'level1' },
  二级事项: { field: 'level2' },
  三级事项: { field: 'level3' },
  // Local 标准目录 versions: `一级事项名称`, and the 三级子项 that the 2019 guideline lets counties add.
  一级事项名称: { field: 'level1' },
  二级事项名称: { field: 'level2' },
  三级事项名称: { field: 'level3' },
  三级子项: { field: 'level3' },
  // Level columns of other catalogue formats: 一级/二级/三级 under 公开类别及事项, 一级栏目 …, 一级目录 … 六级目录.
  一级: { field: 'level1' },
  二级: { field: 'level2' },
  三级: { field: 'level3' },
  一级栏目: { field: 'level1' },
  二级栏目: { field: 'level2' },
  三级栏目: { field: 'level3' },
  一级目录: { field: 'level1' },
  二级目录: { field: 'level2' },
  三级目录: { field: 'level3' },
  四级目录: { field: 'level4' },
  五级目录: { field: 'level5' },
  六级目录: { field: 'level6' },
  事项名称: { field: 'name' },
  事項名稱: { field: 'name' },
  公开事项: { group: 'matter' },
  公开类别及事项: { group: 'matter' },
  类别: { field: 'category' },
  序号: { field: 'code' },
  编号: { field: 'code' },
  公开内容: { field: 'content' },
  公开内容要素: { field: 'content' },
  内容规范: { field: 'content' },
  内容标准: { field: 'content' },
  公开依据: { field: 'basis' },
  条款内容: { field: 'clauses' },
  公开渠道: { field: 'channels' },
  公开渠道和载体: { field: 'channels' },
  公开形式: { field: 'channels' },
  公开渠道及载体: { field: 'channels' },
  公开载体: { field: 'channels' },
  公开时限: { field: 'timeLimit' },
  公开责任: { field: 'responsible' },
  公开主体: { field: 'responsible' },
  责任处室: { field: 'responsible' },
  责任股室: { field: 'responsible' },
  责任科室: { field: 'responsible' },
  责任单位: { field: 'responsible' },
  // 公开范围 holds the audience as words (全社会), never as ticks.
  公开范围: { field: 'audience' },
  公开对象: { group: 'audience' },
  公开方式: { group: 'mode' },
  公开层级: { group: 'levels' },
  全社会: { flag: 'audience', value: '全社会' },
  特定群体: { flag: 'audience', value: '特定群体' },
  特定群众: { flag: 'audience', value: '特定群体' },
  特定对象: { flag: 'audience', value: '特定群体' },
  主动: { flag: 'mode', value: '主动' },
  主动公开: { flag: 'mode', value: '主动' },
  依申请: { flag: 'mode', value: '依申请' },
  依申请公开: { flag: 'mode', value: '依申请' },
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

/**
 * Traditional characters that occur in column labels, folded to Simplified before lookup, so the table lists each
 * label once (公開時限 finds 公开时限, 一級事項 finds 一级事项).
 */
const TRADITIONAL_FOLD: Record<string, string> = Object.fromEntries(
  ['級级', '項项', '開开', '內内', '據据', '條条', '載载', '體体', '時时', '責责', '對对', '層层', '會会', '眾众', '動动',
    '請请', '類类', '稱称', '號号', '編编', '範范', '圍围', '規规', '準准', '標标', '處处', '單单', '縣县', '鄉乡',
    '鎮镇', '區区', '欄栏', '錄录', '務务', '屬属', '領领', '別别', '業业', '門门', '設设']
    .map((pair) => [pair[0]!, pair[1]!]),
);
const TRADITIONAL = new RegExp(`[${Object.keys(TRADITIONAL_FOLD).join('')}]`, 'g');

/** Level columns are open-ended (县级, 乡、村级, 区县级, 镇街级, 作业区 …): recognised by shape. */
const LEVEL_LABEL = /^(?:[市县区乡镇村街道社区、]+级|[市县区乡镇村街]级?[、]?[村街]?级|作业区)$/;

/** What varies between renderings of one label: spaces and line breaks (`公开 时限`), brackets, colons. */
const DECORATION_ALL = /[\s\u3000:：()（）[\]【】]/g;

/**
 * Strips what varies between renderings of the same label: spaces and line breaks, brackets, colons, Traditional
 * characters, PDF-doubled glyphs.
 */
export function normalizeLabel(raw: string): string {
  let s = raw.replace(DECORATION_ALL, '').replace(TRADITIONAL, (ch) => TRADITIONAL_FOLD[ch]!);
  // PDF extraction doubles header glyphs: 序号序号 → 序号, 公开事项公开事项 → 公开事项.
  const half = s.length / 2;
  if (s.length >= 4 && Number.isInteger(half) && s.slice(0, half) === s.slice(half)) s = s.slice(0, half);
  return s;
}

/**
 * Every character a label is made of, and the decoration `normalizeLabel` strips: a cell holding any other character
 * cannot be a label, so body text (most cells that parsers probe) is turned away without normalizing it.
 */
const LABEL_CHARS = new Set([
  ...Object.keys(FIELD_LABELS).join(''), ...Object.keys(TRADITIONAL_FOLD).join(''), ...'市县区乡镇村街道社、级作业',
]);
const DECORATION = /[\s\u3000:：()（）[\]【】]/;
/** LABEL_CHARS and DECORATION as a table of code units (1: may be in a label); astral characters never are. */
const LABEL_UNITS = new Uint8Array(0x10000);
for (let unit = 0; unit < 0x10000; unit += 1) {
  const ch = String.fromCharCode(unit);
  if (LABEL_CHARS.has(ch) || DECORATION.test(ch)) LABEL_UNITS[unit] = 1;
}
/** A bracketed note after a label: `特定群体(请写明)`, `公开渠道和载体(在标注范围内至少选择其一…)`. */
const NOTE = /[（(][^（()）]*[）)]\s*$/;

function mayBeLabel(raw: string): boolean {
  for (let i = 0; i < raw.length; i += 1) if (LABEL_UNITS[raw.charCodeAt(i)] !== 1) return false;
  return true;
}

function lookUp(raw: string): LabelTarget | undefined {
  if (!mayBeLabel(raw)) return undefined;
  const label = normalizeLabel(raw);
  if (!label) return undefined;
  if (Object.hasOwn(FIELD_LABELS, label)) return FIELD_LABELS[label];
  if (LEVEL_LABEL.test(label)) return { flag: 'levels', value: label };
  return undefined;
}

/** Maps a header cell to its target, or undefined (the column then goes to `extra`). */
export function matchLabel(raw: string): LabelTarget | undefined {
  if (raw.length > 80) return undefined;
  const direct = lookUp(raw);
  if (direct || !NOTE.test(raw)) return direct;
  const bare = raw.replace(NOTE, '');
  return bare.trim() ? lookUp(bare) : undefined;
}
