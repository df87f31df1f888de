import { type Ast, variantOf } from '../parse/index.js';
import { normalizeAlias } from '../qualify/index.js';
import { addAll, emptyQueryLineage, type OutputColumn, type QueryLineage, Scope } from '../scope/index.js';
import type { Env } from './env.js';
import { collectColumns } from './expressions.js';
import { collectClauseColumns, collectProjection } from './projection.js';
import { addLateralView, addTableWithJoins } from './relations.js';
import { renameOutputs } from './rename-outputs.js';

/**
 * Builds the lineage of a query: its CTEs, its body (SELECT, set operation, VALUES) and its ORDER BY.
 * `parent` is the enclosing scope for correlated subqueries and LATERAL derived tables.
 */
export function buildQuery(query: Ast, env: Env, parent: Scope | undefined): QueryLineage {
  const inner = withCtes(query.with, env, parent);
  const built = buildSetExpr(query.body, inner, parent);
  if (env.withColumns && query.order_by?.kind?.Expressions) {
    const exprs = query.order_by.kind.Expressions.map((o: Ast) => o.expr);
    collectClauseColumns(exprs, built.scope ?? new Scope(parent), built.lineage, inner);
  }
  return built.lineage;
}

/** Registers the CTEs of a WITH clause (a recursive CTE is built twice so self-references see the anchor). */
export function withCtes(withNode: Ast, env: Env, parent: Scope | undefined): Env {
  const cteTables: Ast[] = withNode?.cte_tables ?? [];
  if (cteTables.length === 0) return env;
  const inner: Env = { ...env, ctes: new Map(env.ctes) };
  for (const cte of cteTables) {
    const name = normalizeAlias(cte.alias.name, env.ctx);
    const columns: Ast[] = cte.alias.columns ?? [];
    // Each CTE collects the tables it reads apart: they count only if the CTE is used (`reads`).
    const own: Env = { ...inner, tables: new Map() };
    if (withNode.recursive) {
      inner.ctes.set(name, emptyQueryLineage());
      inner.ctes.set(name, renameOutputs(buildQuery(cte.query, own, parent), columns, env));
    }
    const lineage = renameOutputs(buildQuery(cte.query, own, parent), columns, env);
    inner.ctes.set(name, { ...lineage, reads: own.tables });
  }
  return inner;
}

interface BuiltSetExpr {
  lineage: QueryLineage;
  /** The scope of a plain SELECT body, for resolving the query's ORDER BY. */
  scope?: Scope;
}

function buildSetExpr(body: Ast, env: Env, parent: Scope | undefined): BuiltSetExpr {
  switch (variantOf(body)) {
    case 'Select':
      return buildSelect(body.Select, env, parent);
    case 'Query':
      return { lineage: buildQuery(body.Query, env, parent) };
    case 'SetOperation':
      return { lineage: buildSetOperation(body.SetOperation, env, parent) };
    case 'Values':
      return { lineage: buildValues(body.Values, env, parent) };
    default:
      return { lineage: emptyQueryLineage() };
  }
}

function buildSelect(select: Ast, env: Env, parent: Scope | undefined): BuiltSetExpr {
  const scope = new Scope(parent);
  const lineage = emptyQueryLineage();
  for (const item of select.from ?? []) addTableWithJoins(item, scope, env, lineage.rowIndirect);
  for (const view of select.lateral_views ?? []) addLateralView(view, scope, env);
  for (const [name, spec] of select.named_window ?? [])
    scope.windows.set(String(name?.value).toLowerCase(), spec);
  collectProjection(select.projection ?? [], scope, env, lineage);
  const rows = { direct: lineage.rowIndirect, indirect: lineage.rowIndirect };
  collectColumns(select.selection, scope, env, rows, { asIndirect: true });
  collectColumns(select.prewhere, scope, env, rows, { asIndirect: true });
  const grouped = [select.group_by?.Expressions?.[0], select.having, select.qualify];
  const distributed = [select.cluster_by, select.distribute_by, select.sort_by];
  collectClauseColumns([...grouped, ...distributed], scope, lineage, env);
  return { lineage, scope };
}

function buildSetOperation(op: Ast, env: Env, parent: Scope | undefined): QueryLineage {
  const left = buildSetExpr(op.left, env, parent).lineage;
  const right = buildSetExpr(op.right, env, parent).lineage;
  // The right side of EXCEPT / INTERSECT only decides which left rows survive: it filters, it does not flow.
  const rightFilters = op.op === 'Except' || op.op === 'Intersect' || op.op === 'Minus';
  const outputs: OutputColumn[] = left.outputs.map((output, i) => {
    const other = right.outputs[i];
    const direct = new Set(output.direct);
    const indirect = new Set(output.indirect);
    if (other) {
      addAll(rightFilters ? indirect : direct, other.direct);
      addAll(indirect, other.indirect);
    }
    return { name: output.name, direct, indirect };
  });
  const rowIndirect = new Set(left.rowIndirect);
  addAll(rowIndirect, right.rowIndirect);
  const stars = [...new Set([...left.stars, ...right.stars])];
  return { outputs, stars, rowIndirect };
}

function buildValues(values: Ast, env: Env, parent: Scope | undefined): QueryLineage {
  const lineage = emptyQueryLineage();
  const scope = new Scope(parent);
  for (const row of values.rows ?? []) {
    const cells: Ast[] = Array.isArray(row) ? row : (row?.content ?? []);
    cells.forEach((cell, i) => {
      let output = lineage.outputs[i];
      if (!output) {
        output = { name: `column${i + 1}`, direct: new Set(), indirect: new Set() };
        lineage.outputs.push(output);
      }
      collectColumns(cell, scope, env, output);
    });
  }
  return lineage;
}
