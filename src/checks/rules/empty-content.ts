/** check/empty-content: an item with nothing to disclose is usually a parsing slip (a shifted column, a lost row). */
import type { CheckRule } from '../types.js';

export const emptyContentRule: CheckRule = {
  id: 'check/empty-content',
  defaultSeverity: 'warning',
  description: 'A catalogue row has 公开内容; a document has a body, sections or statistics.',
  create(ctx) {
    return {
      item(item) {
        if (item.kind === 'item') {
          if (item.content.trim() !== '') return;
          ctx.report({ item, message: '公开内容 (content) is empty: check the column mapping or the source row.' });
          return;
        }
        const hasBody = (item.body ?? '').trim() !== '' || (item.sections?.length ?? 0) > 0 || item.stats !== undefined;
        if (hasBody || item.content.trim() !== '') return;
        ctx.report({ item, message: 'Document has no body, sections or statistics: check that the page text was not cut away as boilerplate.' });
      },
    };
  },
};
