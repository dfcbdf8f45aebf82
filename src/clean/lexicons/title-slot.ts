/**
 * The title slot where spam replaced 关于 (seed 001: 96 of 99 tokens):
 * inside an open title bracket, a brand token followed by the verb that starts a 关于-title
 * (`《国务院办公厅365体育官网全面推行…》`, `<365体育官网进一步推进…>`, `厅365体育官网印发<…>`).
 */

/** Opening title brackets and their closers. */
export const TITLE_BRACKETS: Readonly<Record<string, string>> = {
  '《': '》',
  '〈': '〉',
  '<': '>',
  '＜': '＞',
};

/** Words that follow 关于 at the start of a title's subject. */
export const TITLE_VERBS = [
  '印发',
  '推行',
  '全面',
  '进一步',
  '深化',
  '深入',
  '加强',
  '做好',
  '开展',
  '规范',
  '推进',
  '建立',
  '健全',
  '完善',
  '实施',
  '实行',
  '落实',
  '贯彻',
  '转发',
  '公布',
  '调整',
  '修改',
  '废止',
  '促进',
  '支持',
  '加快',
  '切实',
  '做实',
  '改进',
  '改革',
  '优化',
  '提高',
  '统一',
  '明确',
  '进一步加强',
  // Traditional forms, for item fields repaired without script conversion.
  '印發',
  '進一步',
  '加強',
  '開展',
  '規範',
  '推進',
  '建立',
  '實施',
  '落實',
  '轉發',
  '調整',
  '廢止',
  '促進',
] as const;

/** What the brand stood for in the title slot. */
export const TITLE_SLOT_WORD = '关于';
