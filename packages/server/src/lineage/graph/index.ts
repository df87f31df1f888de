export * from './build-lineage-graph.js';
export * from './lineage-walker.js';
export * from './list-impact.js';
