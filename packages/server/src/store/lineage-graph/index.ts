export * from './find-graph-resources.js';
export * from './find-lineage-steps.js';
export * from './lineage-edges.js';
export * from './resolve-names-in-stage.js';
