/**
 * The lineage model this package owns. Everything the parser gives us is translated into these types, so the
 * parser can be swapped without touching callers (the server's resolver, the CLI, the benchmark).
 */

/** SQL dialects we accept. Aliases such as `postgresql`, `spark`, `athena` are mapped in `dialect/`. */
export type DialectName =
  | 'ansi'
  | 'bigquery'
  | 'databricks'
  | 'duckdb'
  | 'hive'
  | 'mysql'
  | 'oracle'
  | 'postgres'
  | 'redshift'
  | 'snowflake'
  | 'sqlite'
  | 'trino'
  | 'tsql';

/** A table name split into its parts, as far as the SQL plus the defaults qualify it. */
export interface TableName {
  database?: string;
  schema?: string;
  name: string;
}

/** A column of a table. `table` is `null` for the result set of a plain `SELECT` (it has no name). */
export interface ColumnRef {
  table: string | null;
  column: string;
}

/**
 * One column-level edge. `direct`: the value of `from` flows into `to`. `indirect`: `from` filters, joins,
 * groups, orders or partitions the rows that produce `to`.
 */
export interface ColumnEdge {
  from: ColumnRef;
  to: ColumnRef;
  kind: 'direct' | 'indirect';
}

/** A problem found in the input. Positions are 1-based and point into the SQL given to `analyze`. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  /**
   * Stable code: `parse_error`, `partial_parse` (warning), `analysis_error`, `unknown_dialect` (warning),
   * `unresolved_columns` (warning), `invalid_input` (CLI batch lines).
   */
  code: string;
  message: string;
  line: number;
  column: number;
}

/** Lineage of one statement of the script (procedure bodies are flattened into their statements). */
export interface StatementLineage {
  /** Statement kind in lower case: `select`, `insert`, `create_table`, `create_view`, `update`, `merge`, ... */
  type: string;
  sources: string[];
  targets: string[];
  columns: ColumnEdge[];
  /** Structured forms of `sources` and `targets`, for resolving names against a catalog. */
  sourceTables: TableName[];
  targetTables: TableName[];
  /** 1-based line where the statement starts. */
  line: number;
}

/** Lineage of a whole script. */
export interface AnalysisResult {
  statements: StatementLineage[];
  /**
   * Tables whose rows reach an output of the script (a table it leaves written, or a query result): tables
   * from outside the script, and persistent tables it writes and then reads. Reads through temporary tables
   * are followed back to what filled them; what only filled an unread temporary table reaches nothing.
   */
  sources: string[];
  /**
   * Tables the script leaves written or modified in place (INSERT, CREATE, UPDATE, MERGE, DELETE, TRUNCATE,
   * ALTER), persistent intermediates included; not temporary tables, nor tables it drops or renames away.
   */
  targets: string[];
  /**
   * Tables written by one statement and read by a later one (staging tables, temp tables), unless dropped or
   * renamed. A persistent one is also in `sources` and `targets`; a temporary one only here.
   */
  intermediates: string[];
  /** Column edges of the script: each hop through a persistent intermediate, composed through temporary ones. */
  columns: ColumnEdge[];
  /** Structured forms of `sources`, `targets` and `intermediates` (same order). */
  sourceTables: TableName[];
  targetTables: TableName[];
  intermediateTables: TableName[];
  errors: Diagnostic[];
}

/** Known columns per table: keys are table names qualified as far as you know them (`db.schema.t`, `schema.t`). */
export type SchemaMap = Record<string, string[]>;

/** Options of `analyze` and `extractTables`. */
export interface AnalyzeOptions {
  dialect?: DialectName | string;
  defaultDatabase?: string;
  defaultSchema?: string;
  schema?: SchemaMap;
}

/** Table-level lineage only (no column passes): what `extractTables` returns. */
export interface TableLineage {
  sources: string[];
  targets: string[];
  intermediates: string[];
  sourceTables: TableName[];
  targetTables: TableName[];
  intermediateTables: TableName[];
  errors: Diagnostic[];
}

/**
 * Splits a qualified name written by this package (`db.schema.t`, `schema.t`, `t`) into its parts. Names with
 * more than three parts keep the leading parts in `database` (T-SQL linked servers: `srv.db`). Paths such as
 * `s3://bucket/key` or `@stage/path` are returned whole in `name`.
 */
export function parseTableName(qualified: string): TableName {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(qualified) || qualified.startsWith('@') || qualified.startsWith('/')) {
    return { name: qualified };
  }
  const parts = qualified.split('.');
  const name = parts.pop() ?? '';
  const schema = parts.pop();
  const database = parts.length > 0 ? parts.join('.') : undefined;
  return { ...(database !== undefined && { database }), ...(schema !== undefined && { schema }), name };
}

/** Writes a `TableName` back as a dotted string (the inverse of `parseTableName`). */
export function formatTableName(table: TableName): string {
  return [table.database, table.schema, table.name].filter((p) => p !== undefined).join('.');
}
