export { coverage, coverageOfRows, readCoverageRows, type CoverageOptions } from './coverage.js';
export { computeCoverage, toCoverageRow } from './compute-coverage.js';
export { formatCoverageText, percent } from './format-coverage.js';
export { parseSelector, SelectorError, SELECTOR_KEYS, type ItemSelector } from './item-selector.js';
export { normalizeName } from './normalize-name.js';
export { matchNames, prepareName, type MatchMethod, type NameMatch } from './match-name.js';
export type * from './coverage-types.js';
