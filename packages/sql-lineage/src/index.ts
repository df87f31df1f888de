export { analyze, extractTables } from './analyze.js';
export { DIALECT_NAMES, findDialect } from './dialect/index.js';
export type {
  AnalysisResult,
  AnalyzeOptions,
  ColumnEdge,
  ColumnRef,
  Diagnostic,
  DialectName,
  SchemaMap,
  StatementLineage,
  TableLineage,
  TableName,
} from './model.js';
export { formatTableName, parseTableName } from './model.js';

export const SQL_LINEAGE_VERSION = '0.1.0';
