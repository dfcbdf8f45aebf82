/**
 * Coverage of local catalogues against a standard catalogue: which standard 二级事项 each publisher's
 * catalogue covers, which it lacks, and which local items it adds.
 */
import type { CatalogItem } from '../../schemas/catalog-item.js';
import type { CoverageResult, CoverageRow, CoveredUnit, LocalRef, PublisherCoverage, StandardUnit } from './coverage-types.js';
import type { ItemSelector } from './item-selector.js';
import { MATCH_METHODS, matchNames, prepareName, type NameMatch, type PreparedName } from './match-name.js';

export function toCoverageRow(item: CatalogItem): CoverageRow | undefined {
  if (item.kind !== 'item') return undefined;
  const source = item.source ?? { file: '', parser: '', format: '', place: '' };
  return {
    name: item.name ?? '',
    category: item.category ?? [],
    publisher: item.publisher?.trim() || source.file,
    file: source.file,
    parser: source.parser ?? '',
    format: source.format ?? '',
    place: source.place ?? '',
    hasFlags: [item.levels, item.audience, item.mode].some((flags) => (flags?.length ?? 0) > 0),
  };
}

/**
 * Standard rows are [一级] + 二级 name, or [一级, 二级] + 三级 name. Coverage is judged at 二级 level (the national
 * catalogue's unit; 三级 are local sub-items), so 三级 rows fold into their 二级.
 */
function standardUnits(rows: CoverageRow[]): StandardUnit[] {
  const units = new Map<string, StandardUnit>();
  for (const row of rows) {
    const level1 = row.category[0] ?? '';
    const name = row.category.length >= 2 ? row.category[1] : row.name;
    const key = `${level1}\u0000${name}`;
    if (!units.has(key)) units.set(key, { level1, name, file: row.file, place: row.place });
  }
  return [...units.values()];
}

interface LocalCandidate {
  ref: LocalRef;
  /** The item name and, for [一级, 二级] + 三级 rows, the 二级 above it. */
  names: PreparedName[];
}

const rank = (m: NameMatch): number => MATCH_METHODS.indexOf(m.method);

function bestMatch(unit: PreparedName, local: LocalCandidate): NameMatch | undefined {
  let best: NameMatch | undefined;
  for (const name of local.names) {
    const m = matchNames(unit, name);
    if (m && (!best || rank(m) < rank(best))) best = m;
  }
  return best;
}

function publisherCoverage(publisher: string, rows: CoverageRow[], units: StandardUnit[], prepared: PreparedName[]): PublisherCoverage {
  const locals: LocalCandidate[] = rows.map((row) => ({
    ref: { name: row.name, category: row.category, file: row.file, place: row.place },
    names: [row.name, ...row.category.slice(1)].map(prepareName),
  }));
  const used = new Set<number>();
  const covered: CoveredUnit[] = [];
  const lacking: StandardUnit[] = [];
  units.forEach((unit, u) => {
    let best: { index: number; match: NameMatch; gap: number } | undefined;
    let count = 0;
    locals.forEach((local, index) => {
      const match = bestMatch(prepared[u], local);
      if (!match) return;
      count++;
      used.add(index);
      // Among equally good matches the closest in length wins (申领 over 申领进度查询), then the earliest.
      const gap = Math.abs(local.ref.name.length - unit.name.length);
      if (!best || rank(match) < rank(best.match) || (rank(match) === rank(best.match) && gap < best.gap)) {
        best = { index, match, gap };
      }
    });
    if (!best) lacking.push(unit);
    else covered.push({ ...unit, ...best.match, local: locals[best.index].ref, alsoMatched: count - 1 });
  });
  const level1s = [...new Set(units.map((u) => u.level1))];
  const coveredKeys = new Set(covered.map((c) => `${c.level1}\u0000${c.name}`));
  return {
    publisher,
    files: [...new Set(rows.map((r) => r.file))].sort(),
    localItems: rows.length,
    standard: units.length,
    ratio: units.length ? Math.round((covered.length / units.length) * 10000) / 10000 : 0,
    covered,
    lacking,
    added: locals.filter((_, index) => !used.has(index)).map((l) => l.ref),
    byLevel1: level1s.map((level1) => {
      const inLevel = units.filter((u) => u.level1 === level1);
      return { level1, total: inLevel.length, covered: inLevel.filter((u) => coveredKeys.has(`${u.level1}\u0000${u.name}`)).length };
    }),
  };
}

/** Splits rows into the standard (selected) and local catalogues (the rest, by publisher) and matches them. */
export function computeCoverage(rows: CoverageRow[], selector: ItemSelector, auto = false): CoverageResult {
  const standardRows: CoverageRow[] = [];
  const byPublisher = new Map<string, CoverageRow[]>();
  for (const row of rows) {
    const selectable = { ...row, category: row.category[0] ?? '' };
    if (selector.matches(selectable)) standardRows.push(row);
    else {
      const list = byPublisher.get(row.publisher);
      if (list) list.push(row);
      else byPublisher.set(row.publisher, [row]);
    }
  }
  const units = standardUnits(standardRows);
  const prepared = units.map((u) => prepareName(u.name));
  const publishers = [...byPublisher.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((p) => publisherCoverage(p, byPublisher.get(p)!, units, prepared));
  return {
    selector: selector.text,
    auto,
    standardFiles: [...new Set(standardRows.map((r) => r.file))].sort(),
    standardRows: standardRows.length,
    units,
    publishers,
  };
}
