export type * from './artifact-types.js';
export * from './column-lineage.js';
export * from './convert-artifacts.js';
export * from './dbt-project.js';
export * from './failing-tests.js';
export * from './read-artifact.js';
export * from './sync-dbt.js';
export * from './test-results.js';
export * from './upload-artifacts.js';
