export * from './build-lineage-graph.js';
export * from './indexed-walker.js';
export * from './lineage-index.js';
export * from './lineage-snapshot.js';
export * from './lineage-walker.js';
export * from './list-impact.js';
export * from './open-graph-walker.js';
