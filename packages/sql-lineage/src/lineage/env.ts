import type { Diagnostic, TableName } from '../model.js';
import type { Ast } from '../parse/index.js';
import type { NameContext, SchemaIndex } from '../qualify/index.js';
import type { QueryLineage, Scope } from '../scope/index.js';

/** What the passes share while analysing one statement. */
export interface Env {
  ctx: NameContext;
  /** Known columns: the schema option plus tables created earlier in the script. */
  schema: SchemaIndex;
  /** False for table-level lineage only: expressions are then walked only to find subqueries. */
  withColumns: boolean;
  /** CTEs visible here, by normalised name (a nested WITH copies and extends the map). */
  ctes: Map<string, QueryLineage>;
  /** Base tables the statement reads, by key. */
  tables: Map<string, TableName>;
  diagnostics: Diagnostic[];
  /** The statement is inside a procedure or block body. */
  inBlock: boolean;
  /** Column references that could not be attributed to a table (ambiguous without a schema). */
  unresolved: Set<string>;
  /**
   * Builds a nested query's lineage (query.ts's buildQuery). Expressions and FROM items hold subqueries, and
   * queries hold expressions and FROM items: passing the builder in keeps the imports one way (query.ts uses
   * expressions.ts and relations.ts, never the reverse).
   */
  buildQuery: (query: Ast, env: Env, parent: Scope | undefined) => QueryLineage;
}
