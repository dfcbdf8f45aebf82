/**
 * check/declared-count-mismatch: a notice declares how many 一级/二级 items its 标准目录 has (seed 004: 就业 9/25,
 * 社会保险 9/78, as `stats.declaredCounts`); the ingested catalogue for that domain should have as many.
 * Catalogue rows belong to a domain when their source file name or publisher names it
 * (就业领域基层政务公开标准目录.xlsx). With no catalogue for a domain ingested there is nothing to compare.
 */
import type { CatalogItem } from '../../../schemas/catalog-item.js';
import type { CheckRule } from '../types.js';

interface DeclaredCount {
  domain: string;
  level1: number;
  level2: number;
}

function declaredCounts(item: CatalogItem): DeclaredCount[] {
  const raw = item.stats?.declaredCounts;
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (d): d is DeclaredCount =>
      !!d && typeof d.domain === 'string' && typeof d.level1 === 'number' && typeof d.level2 === 'number',
  );
}

/** Where a catalogue row comes from, as text a domain name can be found in. */
function scopeOf(item: CatalogItem): string {
  const file = item.source.file.replace(/\\/g, '/');
  return `${file.slice(file.lastIndexOf('/') + 1)} ${item.publisher ?? ''}`;
}

export const declaredCountMismatchRule: CheckRule = {
  id: 'check/declared-count-mismatch',
  defaultSeverity: 'warning',
  description: 'A notice\'s declared 一级/二级 counts (stats.declaredCounts) match the ingested 标准目录 rows of that domain.',
  create(ctx) {
    const notices: CatalogItem[] = [];
    // scope → distinct [一级, 二级] pairs; the rows themselves are not kept.
    const pairsByScope = new Map<string, Set<string>>();
    return {
      item(item) {
        if (item.kind === 'document') {
          if (declaredCounts(item).length > 0) notices.push(item);
          return;
        }
        if (item.category.length === 0) return;
        const level1 = item.category[0]!.trim();
        const level2 = (item.category[1] ?? item.name).trim();
        const scope = scopeOf(item);
        let pairs = pairsByScope.get(scope);
        if (!pairs) pairsByScope.set(scope, (pairs = new Set()));
        pairs.add(JSON.stringify([level1, level2]));
      },
      end() {
        for (const notice of notices) {
          for (const declared of declaredCounts(notice)) {
            const stem = declared.domain.replace(/领域$/, '');
            const pairs = [...pairsByScope.entries()].filter(([scope]) => scope.includes(stem)).flatMap(([, set]) => [...set]);
            if (pairs.length === 0) continue;
            const level2 = new Set(pairs).size;
            const level1 = new Set(pairs.map((p) => (JSON.parse(p) as string[])[0])).size;
            if (level1 === declared.level1 && level2 === declared.level2) continue;
            ctx.report({
              item: notice,
              message:
                `The notice declares ${declared.level1} 一级 / ${declared.level2} 二级 items for ${declared.domain}, ` +
                `the ingested catalogue has ${level1} / ${level2}: look for rows lost or split while parsing the catalogue.`,
              actual: `${level1}/${level2}`,
              expected: `${declared.level1}/${declared.level2}`,
            });
          }
        }
      },
    };
  },
};
