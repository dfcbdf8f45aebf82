/**
 * Item numbers printed in front of names: `1.1就业政策法规咨询`, `1.就业信息服务`, `6.1 工伤认定申请`, `3、参保单位注销`
 * (Tengchong, 合川, 和平县, 大足 number their items). A bare leading number only counts when a separator follows,
 * so names that start with digits (`12333咨询电话`) are left alone.
 */
const NUMBERED = /^(\d{1,3}(?:[.．]\d{1,3})+)[.．、]?\s*(?=\S)|^(\d{1,3})(?:[.．、]\s*|\s+)(?=\S)/;

export interface NumberedName {
  name: string;
  /** The number as printed, without the trailing separator (`1.1`, `1`). */
  code?: string;
}

export function splitNumberedName(raw: string): NumberedName {
  const text = raw.trim();
  const m = NUMBERED.exec(text);
  if (!m) return { name: text };
  return { name: text.slice(m[0].length).trim(), code: (m[1] ?? m[2])!.replace(/．/g, '.') };
}
