export * from './catalog-item.js';
export * from './diagnostic.js';
export * from './draft-item.js';
export * from './field-labels.js';
export * from './field-titles.js';
export * from './annual-report.js';
export * from './notice-stats.js';
