export * from './lineage-types.js';
export {
  EMPTY_COLUMNS,
  type QuerySource,
  type ResolvedColumn,
  resolveInSource,
  Scope,
  type Source,
  type TableSource,
} from './scope.js';
