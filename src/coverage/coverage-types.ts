import type { MatchMethod } from './match-name.js';

/** What coverage needs of one kind-'item' CatalogItem. */
export interface CoverageRow {
  name: string;
  category: string[];
  /** publisher, or source.file when the item names none. */
  publisher: string;
  file: string;
  parser: string;
  format: string;
  place: string;
  /** Carries 公开层级/对象/方式 flags (a 标准目录 row does). */
  hasFlags: boolean;
}

/** One 二级事项 of the standard (or a 一级 with no 二级 under it). */
export interface StandardUnit {
  level1: string;
  name: string;
  file: string;
  place: string;
}

export interface LocalRef {
  name: string;
  category: string[];
  file: string;
  place: string;
}

export interface CoveredUnit extends StandardUnit {
  method: MatchMethod;
  explain: string;
  local: LocalRef;
  /** Further local items that also match this unit (sub-items, duplicates). */
  alsoMatched: number;
}

export interface Level1Coverage {
  level1: string;
  total: number;
  covered: number;
}

export interface PublisherCoverage {
  publisher: string;
  files: string[];
  localItems: number;
  standard: number;
  /** covered / standard, rounded to 4 decimals; 0 when the standard is empty. */
  ratio: number;
  covered: CoveredUnit[];
  lacking: StandardUnit[];
  /** Local items that match no standard unit by any method. */
  added: LocalRef[];
  byLevel1: Level1Coverage[];
}

export interface CoverageResult {
  selector: string;
  /** True when the selector was chosen by `autoStandardSelector`, not given. */
  auto: boolean;
  standardFiles: string[];
  /** Selected standard rows (三级 rows fold into their 二级 unit, so this can exceed units.length). */
  standardRows: number;
  units: StandardUnit[];
  publishers: PublisherCoverage[];
}
