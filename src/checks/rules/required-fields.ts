/** check/required-fields: fields a catalogue row or a document cannot do without. */
import type { CatalogItem } from '../../../schemas/catalog-item.js';
import { FIELD_TITLES } from '../../../schemas/field-titles.js';
import type { CheckRule } from '../types.js';

type Field = keyof CatalogItem;

/**
 * A catalogue row needs the columns every published 目录 layout has; 事项类别 is not one of them
 * (seed 000's table has no category column). A document needs only its title. 公开内容 has its own rule
 * (check/empty-content).
 */
const REQUIRED: Record<CatalogItem['kind'], Field[]> = {
  item: ['name', 'basisText', 'timeLimit', 'responsible'],
  document: ['name'],
};

function isEmpty(item: CatalogItem, field: Field): boolean {
  const value = field === 'timeLimit' ? item.timeLimit.text : item[field];
  if (value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string' && v.trim() === '');
  return false;
}

export const requiredFieldsRule: CheckRule = {
  id: 'check/required-fields',
  defaultSeverity: 'warning',
  description: 'Catalogue rows have 事项名称, 公开依据, 公开时限 and 公开责任; documents have a title.',
  create(ctx) {
    return {
      item(item) {
        const missing = REQUIRED[item.kind].filter((field) => isEmpty(item, field));
        if (missing.length === 0) return;
        const names = missing.map((f) => `${FIELD_TITLES[f].zh} (${f})`).join(', ');
        ctx.report({
          item,
          message: `Missing ${names}: check that the parser mapped the column, or fill the cell in the source.`,
          expected: missing.join(', '),
        });
      },
    };
  },
};
