export * from './bulk-graph-writes.js';
export * from './heal-pending-lineage.js';
export * from './replace-integration-lineage.js';
export * from './replace-pending-lineage.js';
export * from './resolve-internal-references.js';
export * from './resolve-staged-references.js';
export * from './staged-lineage-outcomes.js';
