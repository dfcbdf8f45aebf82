/** check/duplicate-item: the same item twice (same id, or same publisher + category + name). */
import { itemIdentity } from '../../dataset/identity.js';
import type { CheckRule } from '../types.js';

export const duplicateItemRule: CheckRule = {
  id: 'check/duplicate-item',
  defaultSeverity: 'error',
  description: 'No two items share an id or an identity (publisher + category + name); the second one is reported. Items without a name are left to check/required-fields.',
  create(ctx) {
    // Only keys and the first place are kept, not the items.
    const byId = new Map<string, string>();
    const byIdentity = new Map<string, string>();
    return {
      item(item) {
        const where = `${item.source.file} ${item.source.place}`;
        const firstById = byId.get(item.id);
        if (firstById !== undefined) {
          ctx.report({ item, message: `Duplicate id ${item.id} (first at ${firstById}): ids must be unique; re-run \`catalog ingest\`.`, actual: item.id });
          return;
        }
        byId.set(item.id, where);
        // Rows without a name are not copies of each other: check/required-fields reports each of them.
        if (!item.name?.trim()) return;
        const identity = itemIdentity(item);
        const first = byIdentity.get(identity);
        if (first !== undefined) {
          ctx.report({
            item,
            message: `Duplicate item "${identity}" (first at ${first}): remove the repeated row or tell the two apart in the source.`,
            actual: identity,
          });
          return;
        }
        byIdentity.set(identity, where);
      },
    };
  },
};
