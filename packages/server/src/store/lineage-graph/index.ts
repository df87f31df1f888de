export * from './find-graph-resources.js';
export * from './find-lineage-steps.js';
export * from './id-in-list.js';
export * from './lineage-edges.js';
export * from './lineage-graph-snapshot-rows.js';
export * from './resolve-names-in-stage.js';
export * from './walk-downstream-cte.js';
