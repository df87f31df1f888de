import { type ColumnSet, columnKey, type OutputColumn, type QueryLineage } from './lineage-types.js';

/** A base table visible in a scope; `columns` is known only from the schema option or an earlier statement. */
export interface TableSource {
  kind: 'table';
  key: string;
  columns: string[] | undefined;
}

/** A CTE, derived table, UNNEST, lateral view or table function visible in a scope. */
export interface QuerySource {
  kind: 'query';
  lineage: QueryLineage;
}

export type Source = TableSource | QuerySource;

/** Where one column reference leads. */
export interface ResolvedColumn {
  direct: ColumnSet;
  indirect: ColumnSet | undefined;
}

/**
 * The names visible in one SELECT, in the spirit of sqlglot's `Scope`: the sources of its FROM clause by alias,
 * and its parent for correlated subqueries. Resolution is done directly to base columns (no AST rewriting).
 */
export class Scope {
  readonly sources = new Map<string, Source>();
  /** Source aliases in FROM order, for `*` expansion. */
  readonly order: string[] = [];
  /** Full table keys of table sources, for references like `schema.table.column`. */
  readonly tableKeys = new Map<string, string>();

  /**
   * Outputs defined so far in this SELECT's projection, while it is being read: Snowflake, Redshift,
   * Databricks and others let a later select item use an earlier alias (`name AS n, n || x AS y`).
   */
  lateral: OutputColumn[] | undefined;

  /** `WINDOW w AS (...)` definitions of this SELECT, by name, for `OVER w`. */
  readonly windows = new Map<string, unknown>();

  /** Columns joined with USING: an unqualified reference means the (coalesced) left-hand column. */
  readonly using = new Map<string, ResolvedColumn>();

  constructor(readonly parent: Scope | undefined) {}

  /** Makes a source visible under an alias (a later source with the same alias wins, as in most engines). */
  add(alias: string, source: Source): void {
    if (!this.sources.has(alias)) this.order.push(alias);
    this.sources.set(alias, source);
    if (source.kind === 'table') this.tableKeys.set(source.key, alias);
  }

  /** Finds the scope and source for a qualifier, walking out through parents (correlated subqueries). */
  findSource(qualifier: string): Source | undefined {
    for (let scope: Scope | undefined = this; scope; scope = scope.parent) {
      const found = scope.sources.get(qualifier);
      if (found) return found;
      const alias = scope.tableKeys.get(qualifier) ?? findBySuffix(scope.tableKeys, qualifier);
      if (alias) return scope.sources.get(alias);
    }
    return undefined;
  }

  /**
   * Resolves an unqualified column. First, through this scope and its parents, a source known to have the
   * column (USING columns, schema, explicit outputs of CTEs and derived tables, earlier select aliases); only
   * then a guess: the only source, or the only source whose columns are unknown, innermost scope first.
   * `undefined` when nothing fits, or several unknown sources could hold it.
   */
  resolveUnqualified(column: string): ResolvedColumn | undefined {
    for (let scope: Scope | undefined = this; scope; scope = scope.parent) {
      const found = scope.resolveKnown(column);
      if (found) return found;
    }
    for (let scope: Scope | undefined = this; scope; scope = scope.parent) {
      const found = scope.resolveGuess(column);
      if (found) return found;
    }
    return undefined;
  }

  private resolveKnown(column: string): ResolvedColumn | undefined {
    const joined = this.using.get(column);
    if (joined) return joined;
    for (const source of this.sources.values()) {
      const known = resolveInSource(source, column, false);
      if (known) return known;
    }
    const alias = this.lateral?.findLast((output) => output.name === column);
    return alias ? { direct: alias.direct, indirect: alias.indirect } : undefined;
  }

  private resolveGuess(column: string): ResolvedColumn | undefined {
    let unknown: Source | undefined;
    let unknownCount = 0;
    for (const source of this.sources.values()) {
      if (this.sources.size === 1) return resolveInSource(source, column, true);
      if (hasUnknownColumns(source)) {
        unknown = source;
        unknownCount++;
      }
    }
    return unknownCount === 1 && unknown ? resolveInSource(unknown, column, true) : undefined;
  }
}

/**
 * Resolves a column inside one source. With `allowGuess`, a source whose columns are unknown is assumed to
 * have the column (the SQL says so, or it is the only candidate).
 */
export function resolveInSource(
  source: Source,
  column: string,
  allowGuess: boolean,
): ResolvedColumn | undefined {
  if (source.kind === 'table') {
    if (source.columns && !source.columns.includes(column) && !allowGuess) return undefined;
    if (!source.columns && !allowGuess) return undefined;
    return { direct: new Set([columnKey(source.key, column)]), indirect: undefined };
  }
  const lineage = source.lineage;
  for (let i = lineage.outputs.length - 1; i >= 0; i--) {
    const output = lineage.outputs[i];
    if (output?.name === column) return { direct: output.direct, indirect: output.indirect };
  }
  if (lineage.anyColumn && allowGuess) return { direct: lineage.anyColumn, indirect: undefined };
  if (lineage.stars.length === 1 && allowGuess) {
    return { direct: new Set([columnKey(lineage.stars[0] as string, column)]), indirect: undefined };
  }
  return undefined;
}

function hasUnknownColumns(source: Source): boolean {
  if (source.kind === 'table') return source.columns === undefined;
  return source.lineage.stars.length > 0 || source.lineage.anyColumn !== undefined;
}

function findBySuffix(tableKeys: Map<string, string>, qualifier: string): string | undefined {
  for (const [key, alias] of tableKeys) if (key.endsWith(`.${qualifier}`)) return alias;
  return undefined;
}
