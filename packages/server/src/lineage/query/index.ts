export * from './analyze-query-lineage.js';
export * from './lineage-from-query.js';
export * from './query-lineage-view.js';
export * from './resolve-query-names.js';
