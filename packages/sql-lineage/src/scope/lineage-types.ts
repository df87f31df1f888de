import type { TableName } from '../model.js';

/**
 * A set of base-table columns, each written `table\u0000column` (cheap to hash, and never ambiguous since
 * names cannot contain NUL).
 */
export type ColumnSet = Set<string>;

/** Builds the key of a base column. */
export function columnKey(table: string, column: string): string {
  return `${table}\u0000${column}`;
}

/** Splits a key built by `columnKey`. */
export function splitColumnKey(key: string): { table: string; column: string } {
  const at = key.indexOf('\u0000');
  return { table: key.slice(0, at), column: key.slice(at + 1) };
}

/** Adds every member of `from` to `into`. */
export function addAll(into: ColumnSet, from: Iterable<string> | undefined): void {
  if (from) for (const key of from) into.add(key);
}

/** Where the values of one output column of a query come from. */
export interface OutputColumn {
  name: string;
  /** Base columns whose values flow into this column. */
  direct: ColumnSet;
  /** Base columns that shape only this column (window PARTITION BY / ORDER BY, a scalar subquery's filter). */
  indirect: ColumnSet;
}

/** The lineage of a query (a SELECT, a set operation, a CTE body, a derived table). */
export interface QueryLineage {
  outputs: OutputColumn[];
  /**
   * Base tables whose `*` could not be expanded (columns unknown). A name that is not an explicit output is
   * looked up in them: `WITH o AS (SELECT * FROM orders) SELECT o.id FROM o` gives `orders.id`.
   */
  stars: string[];
  /** Base columns that filter, join, group or order the rows of this query: they shape every output. */
  rowIndirect: ColumnSet;
  /** Set for a table function or an opaque source: every column read through it comes from these. */
  anyColumn?: ColumnSet;
  /** For a CTE: the base tables its body reads, added to a statement's sources only where the CTE is used. */
  reads?: Map<string, TableName>;
}

/** Makes an empty query lineage. */
export function emptyQueryLineage(): QueryLineage {
  return { outputs: [], stars: [], rowIndirect: new Set() };
}
