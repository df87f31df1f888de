export * from './lineage-types.js';
export {
  type QuerySource,
  type ResolvedColumn,
  resolveInSource,
  Scope,
  type Source,
  type TableSource,
} from './scope.js';
