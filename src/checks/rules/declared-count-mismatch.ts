/**
 * check/declared-count-mismatch: a notice declares how many 一级/二级 items its 标准目录 has (seed 004: 就业 9/25,
 * 社会保险 9/78, as `stats.declaredCounts`); the ingested catalogue for that domain should have as many.
 * When the notice's attachments were ingested with it, their rows carry the notice (`context.notice`) and are the
 * ones counted: a row belongs to a declared domain when its file name, the 附件 entry or its publisher names the
 * domain, or to the one domain a notice declares. Otherwise any catalogue row whose file name or publisher names the
 * domain (就业领域基层政务公开标准目录.xlsx) counts. With no catalogue for a domain there is nothing to compare.
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
  return `${file.slice(file.lastIndexOf('/') + 1)} ${item.context?.notice?.attachment ?? ''} ${item.publisher ?? ''}`;
}

/** scope → distinct [一级, 二级] pairs (as JSON); the rows themselves are not kept. */
type PairsByScope = Map<string, Set<string>>;

function addPair(pairsByScope: PairsByScope, scope: string, pair: string): void {
  let pairs = pairsByScope.get(scope);
  if (!pairs) pairsByScope.set(scope, (pairs = new Set()));
  pairs.add(pair);
}

/** The 一级 / 二级 counts of the rows whose scope names `stem` (every row when `stem` is undefined). */
function countsOf(pairsByScope: PairsByScope, stem: string | undefined): { level1: number; level2: number } | undefined {
  const pairs = [...pairsByScope.entries()].filter(([scope]) => stem === undefined || scope.includes(stem)).flatMap(([, set]) => [...set]);
  if (pairs.length === 0) return undefined;
  return { level1: new Set(pairs.map((p) => (JSON.parse(p) as string[])[0])).size, level2: new Set(pairs).size };
}

export const declaredCountMismatchRule: CheckRule = {
  id: 'check/declared-count-mismatch',
  defaultSeverity: 'warning',
  description: "A notice's declared 一级/二级 counts (stats.declaredCounts) match the rows of its attachments (context.notice), else the ingested 标准目录 rows of that domain.",
  create(ctx) {
    const notices: CatalogItem[] = [];
    const everyRow: PairsByScope = new Map();
    /** The rows of each notice's attachments, by notice id. */
    const attached = new Map<string, PairsByScope>();
    return {
      item(item) {
        if (item.kind === 'document') {
          if (declaredCounts(item).length > 0) notices.push(item);
          return;
        }
        if (item.category.length === 0) return;
        const pair = JSON.stringify([item.category[0]!.trim(), (item.category[1] ?? item.name).trim()]);
        const scope = scopeOf(item);
        addPair(everyRow, scope, pair);
        const notice = item.context?.notice?.id;
        if (notice === undefined) return;
        let rows = attached.get(notice);
        if (!rows) attached.set(notice, (rows = new Map()));
        addPair(rows, scope, pair);
      },
      end() {
        for (const notice of notices) {
          const declaredList = declaredCounts(notice);
          const own = attached.get(notice.id);
          for (const declared of declaredList) {
            const stem = declared.domain.replace(/领域$/, '');
            const counted = own ? countsOf(own, declaredList.length === 1 ? undefined : stem) : countsOf(everyRow, stem);
            if (!counted || (counted.level1 === declared.level1 && counted.level2 === declared.level2)) continue;
            const what = own ? 'its attachments give' : 'the ingested catalogue has';
            ctx.report({
              item: notice,
              message:
                `The notice declares ${declared.level1} 一级 / ${declared.level2} 二级 items for ${declared.domain}, ` +
                `${what} ${counted.level1} / ${counted.level2}: look for rows lost or split while parsing the catalogue.`,
              actual: `${counted.level1}/${counted.level2}`,
              expected: `${declared.level1}/${declared.level2}`,
            });
          }
        }
      },
    };
  },
};
