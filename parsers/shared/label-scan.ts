/**
 * Cheap content test used by text parsers' detect(): does a list of header-like cells look like a 标准目录 header?
 */
import { matchLabel } from '../../schemas/field-labels.js';

export interface LabelScan {
  /** Cells that are known labels. */
  labels: number;
  /** Labels only a 标准目录 has: 一级/二级/三级事项 or a flag column (全社会, 主动, 县级 …) or a flag group. */
  standard: number;
  /** Labels that name the item (事项名称, 一级事项 …, 公开事项). */
  naming: number;
}

export function scanLabels(cells: string[]): LabelScan {
  const scan: LabelScan = { labels: 0, standard: 0, naming: 0 };
  for (const cell of cells) {
    const t = cell.trim() ? matchLabel(cell) : undefined;
    if (!t) continue;
    scan.labels++;
    if ('flag' in t || ('group' in t && t.group !== 'matter') || ('field' in t && /^level[123]$/.test(t.field))) scan.standard++;
    if (('field' in t && /^(level[123]|name|category)$/.test(t.field)) || ('group' in t && t.group === 'matter')) scan.naming++;
  }
  return scan;
}
