import { type Ast, objectNameParts, variantOf } from '../parse/index.js';
import { formatTableName, normalizeAlias, normalizeColumnName, qualifyTableName } from '../qualify/index.js';
import {
  addAll,
  type ColumnSet,
  emptyQueryLineage,
  type QueryLineage,
  resolveInSource,
  type Scope,
  type Source,
} from '../scope/index.js';
import type { Env } from './env.js';
import { collectColumns } from './expressions.js';
import { renameOutputs } from './rename-outputs.js';

/**
 * Adds a FROM item and its joins to the scope. Join conditions (ON, USING) shape the rows: their columns go to
 * `rowIndirect`, after every relation of the item is visible.
 */
export function addTableWithJoins(item: Ast, scope: Scope, env: Env, rowIndirect: ColumnSet): void {
  addRelation(item.relation, scope, env, rowIndirect);
  for (const join of item.joins ?? []) {
    const before = [...scope.sources.values()];
    const source = addRelation(join.relation, scope, env, rowIndirect);
    const operator = join.join_operator;
    const constraint = operator?.[variantOf(operator) ?? ''];
    if (!env.withColumns || constraint === null || typeof constraint !== 'object') continue;
    if (constraint.On)
      collectColumns(
        constraint.On,
        scope,
        env,
        { direct: rowIndirect, indirect: rowIndirect },
        { asIndirect: true },
      );
    for (const name of constraint.Using ?? []) {
      const parts = objectNameParts(name);
      const column = normalizeColumnName(parts[parts.length - 1] ?? { value: '' }, env.ctx);
      addUsingColumn(column, source, before, scope, rowIndirect);
    }
  }
}

/**
 * `JOIN x USING (c)`: the column of the joined relation and of the earlier relation that has it join the
 * rows; an unqualified `c` afterwards is their coalesced value, so it comes from both.
 */
function addUsingColumn(
  column: string,
  joined: Source | undefined,
  before: Source[],
  scope: Scope,
  into: ColumnSet,
): void {
  const right = joined ? resolveInSource(joined, column, true) : undefined;
  const known = before.map((s) => resolveInSource(s, column, false)).find((r) => r !== undefined);
  const left = known ?? (before[0] ? resolveInSource(before[0], column, true) : undefined);
  const both = new Set<string>();
  addAll(both, left?.direct);
  addAll(both, right?.direct);
  addAll(into, both);
  if (!scope.using.has(column)) scope.using.set(column, { direct: both, indirect: undefined });
}

/** Adds one table factor to the scope and returns the source it added. */
export function addRelation(factor: Ast, scope: Scope, env: Env, rowIndirect: ColumnSet): Source | undefined {
  const kind = variantOf(factor);
  const node = factor?.[kind ?? ''];
  if (!node || typeof node !== 'object') return undefined;
  switch (kind) {
    case 'Table':
      return node.args && !isTableHint(node.args, env)
        ? addOpaque(node, node.args, scope, env)
        : addNamedTable(node, scope, env, rowIndirect);
    case 'Derived': {
      const lineage = env.buildQuery(node.subquery, env, node.lateral ? scope : scope.parent);
      addAll(rowIndirect, lineage.rowIndirect);
      const alias = aliasOf(node, env) ?? `\u0000derived${scope.sources.size}`;
      return addQuery(renameOutputs(lineage, node.alias?.columns ?? [], env), alias, scope);
    }
    case 'UNNEST':
      return addUnnest(node, scope, env);
    case 'NestedJoin':
      addTableWithJoins(node.table_with_joins, scope, env, rowIndirect);
      return undefined;
    case 'Pivot':
    case 'Unpivot': {
      const inner = addRelation(node.table, scope, env, rowIndirect);
      const alias = aliasOf(node, env);
      if (inner && alias) scope.add(alias, inner);
      return inner;
    }
    default:
      return addOpaque(node, node, scope, env);
  }
}

/**
 * Catalog views (`information_schema.*`, PostgreSQL `pg_catalog.*`) describe the database rather than hold
 * data: a query over them has no upstream asset, and dbt does not list them as dependencies either.
 */
function isSystemCatalog(schema: string | undefined): boolean {
  return schema !== undefined && /^(information_schema|pg_catalog)$/i.test(schema);
}

/** T-SQL `FROM t (NOLOCK)`: old-style table hints parse like table-function arguments. */
function isTableHint(args: Ast, env: Env): boolean {
  if (env.ctx.dialect.name !== 'tsql') return false;
  const list: Ast[] = args.args ?? [];
  return (
    list.length > 0 &&
    list.every((a) =>
      /^(NOLOCK|READUNCOMMITTED|UPDLOCK|HOLDLOCK|ROWLOCK|TABLOCKX?|NOWAIT|READPAST|XLOCK|PAGLOCK|SERIALIZABLE|REPEATABLEREAD|READCOMMITTED)$/i.test(
        a?.Unnamed?.Expr?.Identifier?.value ?? '',
      ),
    )
  );
}

/** Spark `SELECT * FROM parquet.`path``: a file read, kept as a path "table". */
const SPARK_FILE_FORMATS = /^(parquet|json|csv|orc|avro|text|delta|binaryfile)$/i;

function addNamedTable(node: Ast, scope: Scope, env: Env, rowIndirect: ColumnSet): Source {
  const parts = objectNameParts(node.name);
  if (parts.length === 2 && parts[1]?.quote_style === '`' && SPARK_FILE_FORMATS.test(parts[0]?.value ?? '')) {
    return addFileSource(parts[1].value, aliasOf(node, env) ?? parts[1].value, scope, env);
  }
  const unnested = addImplicitUnnest(node, scope, env);
  if (unnested) return unnested;
  const last = parts[parts.length - 1];
  const alias = aliasOf(node, env) ?? (last ? normalizeAlias(last, env.ctx) : '');
  const cte = parts.length === 1 && last ? env.ctes.get(normalizeAlias(last, env.ctx)) : undefined;
  if (cte) {
    for (const [key, table] of cte.reads ?? []) env.tables.set(key, table);
    addAll(rowIndirect, cte.rowIndirect);
    return addQuery(renameOutputs(cte, node.alias?.columns ?? [], env), alias, scope);
  }
  const table = qualifyTableName(parts, env.ctx);
  const key = formatTableName(table);
  if (!isSystemCatalog(table.schema)) env.tables.set(key, table);
  const source: Source = { kind: 'table', key, columns: env.schema.columnsOf(table) };
  scope.add(alias, source);
  return source;
}

/** BigQuery `UNNEST(arr) AS e` names the element `e`; `UNNEST(arr) AS u(x)` names its column `x`. */
function addUnnest(node: Ast, scope: Scope, env: Env): Source {
  const sink = { direct: new Set<string>(), indirect: new Set<string>() };
  collectColumns(node.array_exprs, scope, env, sink);
  const lineage: QueryLineage = { ...emptyQueryLineage(), anyColumn: sink.direct };
  const alias = aliasOf(node, env);
  const columns: Ast[] = node.alias?.columns ?? [];
  const names =
    columns.length > 0 ? columns.map((c) => c.name ?? c) : node.alias?.name ? [node.alias.name] : [];
  for (const ident of names) {
    lineage.outputs.push({
      name: normalizeColumnName(ident, env.ctx),
      direct: sink.direct,
      indirect: new Set(),
    });
  }
  if (node.with_offset_alias) {
    lineage.outputs.push({
      name: normalizeColumnName(node.with_offset_alias, env.ctx),
      direct: new Set(),
      indirect: new Set(),
    });
  }
  return addQuery(lineage, alias ?? '_unnest', scope);
}

/** Hive `LATERAL VIEW explode(arr) v AS x, y`: `x` and `y` come from the columns of the generator. */
export function addLateralView(view: Ast, scope: Scope, env: Env): void {
  const sink = { direct: new Set<string>(), indirect: new Set<string>() };
  collectColumns(view.lateral_view, scope, env, sink);
  const lineage: QueryLineage = { ...emptyQueryLineage(), anyColumn: sink.direct };
  for (const ident of view.lateral_col_alias ?? []) {
    lineage.outputs.push({
      name: normalizeColumnName(ident, env.ctx),
      direct: sink.direct,
      indirect: new Set(),
    });
  }
  const parts = objectNameParts(view.lateral_view_name);
  const last = parts[parts.length - 1];
  addQuery(lineage, last ? normalizeAlias(last, env.ctx) : '_lateral', scope);
}

/**
 * A table function (`read_parquet(...)`, `generate_series(...)`, Snowflake `FLATTEN(input => t.c)`) or any
 * source we do not model: every column read through it comes from the columns of its arguments.
 */
function addOpaque(node: Ast, args: Ast, scope: Scope, env: Env): Source {
  const file = fileReadPath(node, args);
  if (file) return addFileSource(file, aliasOf(node, env) ?? file, scope, env);
  const sink = { direct: new Set<string>(), indirect: new Set<string>() };
  for (const key in args) if (key !== 'alias' && key !== 'name') collectColumns(args[key], scope, env, sink);
  const lineage: QueryLineage = { ...emptyQueryLineage(), anyColumn: sink.direct };
  const nameParts = objectNameParts(node.name ?? []);
  const last = nameParts[nameParts.length - 1];
  return addQuery(lineage, aliasOf(node, env) ?? (last ? normalizeAlias(last, env.ctx) : '_function'), scope);
}

/** DuckDB / Spark / ClickHouse file readers: `read_parquet('s3://...')`, `read_csv_auto('x.csv')`. */
const FILE_READERS =
  /^(read_(csv|csv_auto|parquet|json|json_auto|ndjson|ndjson_auto|text|blob|xlsx)|parquet_scan|csv_scan|s3|file|url|delta_scan|iceberg_scan)$/i;

function fileReadPath(node: Ast, args: Ast): string | undefined {
  const parts = objectNameParts(node.name ?? []);
  if (parts.length !== 1 || !FILE_READERS.test(parts[0]?.value ?? '')) return undefined;
  const first = args?.args?.[0]?.Unnamed?.Expr?.Value?.value;
  const path = first?.SingleQuotedString ?? first?.DoubleQuotedString;
  return typeof path === 'string' ? path : undefined;
}

/** A file or path read as a table; it is a source, with unknown columns. */
function addFileSource(path: string, alias: string, scope: Scope, env: Env): Source {
  env.tables.set(path, { name: path });
  const source: Source = { kind: 'table', key: path, columns: undefined };
  scope.add(alias, source);
  return source;
}

/**
 * BigQuery / Redshift `FROM t, t.items AS i`: a path that starts with an alias already in FROM is an implicit
 * UNNEST of that column, not a table.
 */
function addImplicitUnnest(node: Ast, scope: Scope, env: Env): Source | undefined {
  const parts = objectNameParts(node.name);
  const head = parts[0];
  if (parts.length < 2 || !head || !scope.sources.has(normalizeAlias(head, env.ctx))) return undefined;
  const sink = { direct: new Set<string>(), indirect: new Set<string>() };
  collectColumns({ CompoundIdentifier: parts.slice(0, 2) }, scope, env, sink);
  const lineage: QueryLineage = { ...emptyQueryLineage(), anyColumn: sink.direct };
  const last = parts[parts.length - 1] as { value: string };
  const alias = aliasOf(node, env) ?? normalizeAlias(last, env.ctx);
  lineage.outputs.push({ name: alias, direct: sink.direct, indirect: new Set() });
  return addQuery(lineage, alias, scope);
}

function addQuery(lineage: QueryLineage, alias: string, scope: Scope): Source {
  const source: Source = { kind: 'query', lineage };
  scope.add(alias, source);
  return source;
}

function aliasOf(node: Ast, env: Env): string | undefined {
  const name = node.alias?.name;
  return name?.value === undefined ? undefined : normalizeAlias(name, env.ctx);
}
