export * from './classify-connection-error.js';
export * from './connector.js';
export * from './describe-connectors.js';
export * from './registry.js';
export * from './resource-ids.js';
export * from './sql-credentials.js';
export * from './view-lineage.js';
