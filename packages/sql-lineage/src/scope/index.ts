export * from './lineage-types.js';
export { EMPTY_COLUMNS, type QuerySource, type ResolvedColumn, Scope, type Source, type TableSource, resolveInSource } from './scope.js';
