export * from './bulk-graph-writes.js';
export * from './replace-integration-lineage.js';
export * from './replace-pending-lineage.js';
export * from './reresolve-references.js';
export * from './resolve-internal-references.js';
export * from './resolve-staged-references.js';
export * from './staged-lineage-outcomes.js';
