import { type Ast, type Ident, variantOf } from '../parse/index.js';
import { normalizeAlias, normalizeColumnName } from '../qualify/index.js';
import { addAll, type ColumnSet, type ResolvedColumn, resolveInSource, type Scope } from '../scope/index.js';
import type { Env } from './env.js';

/** Where the columns found in an expression go. */
export interface ColumnSink {
  direct: ColumnSet;
  indirect: ColumnSet;
}

/** Keys of expression nodes that never hold column references. */
const SKIPPED_KEYS = new Set([
  'span',
  'data_type',
  'alias',
  'Value',
  'TypedString',
  'format',
  'charset',
  'collation',
]);

/**
 * Collects the base columns an expression reads into `sink.direct` (or all of them into `sink.indirect` with
 * `asIndirect`: the expression decides which rows pass, as WHERE, ON and HAVING do, not what a value is).
 * The filters of scalar subqueries and aggregate FILTER clauses shape the value without flowing into it, so
 * they go to `sink.indirect`. The walk is generic over the parser's JSON, so expression kinds we never listed
 * (new functions, operators, dialect syntax) still contribute their columns.
 */
export function collectColumns(
  expr: Ast,
  scope: Scope,
  env: Env,
  sink: ColumnSink,
  options: { asIndirect?: boolean } = {},
): void {
  walkExpression(expr, scope, env, sink, options.asIndirect === true);
}

/** The walk behind {@link collectColumns}; `asIndirect` positional here, where it is passed at every node. */
function walkExpression(expr: Ast, scope: Scope, env: Env, sink: ColumnSink, asIndirect: boolean): void {
  if (expr === null || typeof expr !== 'object') return;
  if (Array.isArray(expr)) {
    for (const item of expr) walkExpression(item, scope, env, sink, asIndirect);
    return;
  }
  if (isQuery(expr)) {
    collectSubquery(expr, scope, env, sink, asIndirect);
    return;
  }
  for (const key in expr) {
    if (SKIPPED_KEYS.has(key) || key.endsWith('_token')) continue;
    const value = expr[key];
    switch (key) {
      case 'Identifier':
        if (env.withColumns) addResolved(sink, resolveReference([value], scope, env), asIndirect);
        break;
      case 'CompoundIdentifier':
        if (env.withColumns) addResolved(sink, resolveReference(value, scope, env), asIndirect);
        break;
      case 'Function':
        collectFunction(value, scope, env, sink, asIndirect);
        break;
      default:
        if (value !== null && typeof value === 'object') walkExpression(value, scope, env, sink, asIndirect);
    }
  }
}

function collectFunction(fn: Ast, scope: Scope, env: Env, sink: ColumnSink, asIndirect: boolean): void {
  walkExpression(fn.args, scope, env, sink, asIndirect);
  walkExpression(fn.parameters, scope, env, sink, asIndirect);
  walkExpression(fn.filter, scope, env, sink, true);
  walkExpression(fn.within_group, scope, env, sink, true);
  // A window's PARTITION BY / ORDER BY decide the value itself (row_number, running sums): they flow.
  const named = fn.over?.NamedWindow?.value;
  const window = fn.over?.WindowSpec ?? (named === undefined ? undefined : findWindow(scope, named));
  if (window) {
    walkExpression(window.partition_by, scope, env, sink, asIndirect);
    walkExpression(window.order_by, scope, env, sink, asIndirect);
  }
}

/** A named window (`OVER w`), defined in this SELECT or an enclosing one; `WINDOW w2 AS (w)` is followed. */
function findWindow(scope: Scope, name: string, depth = 0): Ast {
  for (let s: Scope | undefined = scope; s; s = s.parent) {
    const spec = s.windows.get(name.toLowerCase()) as Ast;
    if (spec?.WindowSpec) return spec.WindowSpec;
    if (spec?.NamedWindow && depth < 8) return findWindow(scope, spec.NamedWindow.value, depth + 1);
  }
  return undefined;
}

/** A nested query: has a body that is a set expression. */
function isQuery(node: Ast): boolean {
  const body = node.body;
  if (body === null || typeof body !== 'object') return false;
  const kind = variantOf(body);
  return kind === 'Select' || kind === 'SetOperation' || kind === 'Query' || kind === 'Values';
}

/** A scalar subquery's values flow; its filters, and any IN / EXISTS subquery in a filter, shape rows. */
function collectSubquery(query: Ast, scope: Scope, env: Env, sink: ColumnSink, asIndirect: boolean): void {
  const lineage = env.buildQuery(query, env, scope);
  if (!env.withColumns) return;
  const into = asIndirect ? sink.indirect : sink.direct;
  for (const output of lineage.outputs) {
    addAll(into, output.direct);
    addAll(sink.indirect, output.indirect);
  }
  addAll(sink.indirect, lineage.rowIndirect);
}

function addResolved(sink: ColumnSink, resolved: ResolvedColumn | undefined, asIndirect: boolean): void {
  if (!resolved) return;
  addAll(asIndirect ? sink.indirect : sink.direct, resolved.direct);
  addAll(sink.indirect, resolved.indirect);
}

/**
 * Resolves `col`, `alias.col`, `schema.table.col` or a struct path `alias.col.field` / `col.field`.
 * Unresolvable names (ambiguous without a schema, or keywords the parser left as identifiers) give nothing.
 */
export function resolveReference(parts: Ident[], scope: Scope, env: Env): ResolvedColumn | undefined {
  const resolved = resolveParts(parts, scope, env);
  if (!resolved) env.unresolved.add(parts.map((p) => p.value).join('.'));
  return resolved;
}

function resolveParts(parts: Ident[], scope: Scope, env: Env): ResolvedColumn | undefined {
  const names = parts.map((p) => normalizeColumnName(p, env.ctx));
  if (names.length === 1) return scope.resolveUnqualified(names[0] as string);
  const column = names[names.length - 1] as string;
  const qualifier = tableQualifier(parts, names.length - 1, env);
  const source = scope.findSource(qualifier);
  if (source) return resolveInSource(source, column, true);
  // A struct field path: `alias.col.field...` or `col.field...`.
  const head = scope.findSource(tableQualifier(parts, 1, env));
  if (head) return resolveInSource(head, names[1] as string, true);
  return scope.resolveUnqualified(names[0] as string);
}

/** The first `count` parts of a reference, written like a table key (for `schema.table.column`). */
function tableQualifier(parts: Ident[], count: number, env: Env): string {
  return parts
    .slice(0, count)
    .map((p) => normalizeAlias(p, env.ctx))
    .join('.');
}
