import { type Ast, objectNameParts, variantOf } from '../parse/index.js';
import { normalizeAlias, normalizeColumnName } from '../qualify/index.js';
import {
  addAll,
  columnKey,
  type OutputColumn,
  type QueryLineage,
  Scope,
  type Source,
} from '../scope/index.js';
import type { Env } from './env.js';
import { collectColumns } from './expressions.js';

/** Adds one output per select item to `lineage`, expanding `*` and `t.*` where the columns are known. */
export function collectProjection(items: Ast[], scope: Scope, env: Env, lineage: QueryLineage): void {
  scope.lateral = lineage.outputs;
  for (const [i, item] of items.entries()) collectSelectItem(item, i, scope, env, lineage);
  scope.lateral = undefined;
}

function collectSelectItem(item: Ast, i: number, scope: Scope, env: Env, lineage: QueryLineage): void {
  switch (variantOf(item)) {
    case 'Wildcard':
      expandStar(
        scope.order.map((alias) => scope.sources.get(alias)),
        item.Wildcard,
        lineage,
        scope,
        env,
      );
      return;
    case 'QualifiedWildcard': {
      const [target, options] = item.QualifiedWildcard as [Ast, Ast];
      const parts = objectNameParts(target?.ObjectName ?? []);
      const qualifier = parts.map((p) => normalizeAlias(p, env.ctx)).join('.');
      expandStar([scope.findSource(qualifier)], options, lineage, scope, env);
      return;
    }
    case 'ExprWithAlias':
      addOutput(
        normalizeColumnName(item.ExprWithAlias.alias, env.ctx),
        item.ExprWithAlias.expr,
        scope,
        env,
        lineage,
      );
      return;
    case 'UnnamedExpr':
      addOutput(outputName(item.UnnamedExpr, env) ?? `_col_${i}`, item.UnnamedExpr, scope, env, lineage);
      return;
  }
}

function addOutput(name: string, expr: Ast, scope: Scope, env: Env, lineage: QueryLineage): void {
  const output = { name, direct: new Set<string>(), indirect: new Set<string>() };
  collectColumns(expr, scope, env, output);
  lineage.outputs.push(output);
}

/** The name an engine gives an unaliased select item: the column's own name, also through casts. */
function outputName(expr: Ast, env: Env): string | undefined {
  switch (variantOf(expr)) {
    case 'Identifier':
      return normalizeColumnName(expr.Identifier, env.ctx);
    case 'CompoundIdentifier': {
      const parts = expr.CompoundIdentifier;
      return normalizeColumnName(parts[parts.length - 1], env.ctx);
    }
    case 'Cast':
      return outputName(expr.Cast.expr, env);
    case 'Nested':
      return outputName(expr.Nested, env);
    default:
      return undefined;
  }
}

/**
 * Expands a star over the given sources: known columns become outputs; a base table with unknown columns is
 * remembered in `stars` so later references through this query still reach it.
 */
function expandStar(
  sources: (Source | undefined)[],
  options: Ast,
  lineage: QueryLineage,
  scope: Scope,
  env: Env,
): void {
  const excluded = excludedColumns(options, env);
  const first = lineage.outputs.length;
  for (const source of sources) {
    if (!source) continue;
    if (source.kind === 'table') {
      if (!source.columns) lineage.stars.push(source.key);
      for (const column of source.columns ?? []) {
        if (excluded.has(column)) continue;
        lineage.outputs.push({
          name: column,
          direct: new Set([columnKey(source.key, column)]),
          indirect: new Set(),
        });
      }
      continue;
    }
    for (const output of source.lineage.outputs) if (!excluded.has(output.name)) lineage.outputs.push(output);
    lineage.stars.push(...source.lineage.stars);
  }
  applyStarModifiers(lineage.outputs, first, options, scope, env);
}

/** Snowflake `* RENAME (x AS y)` renames expanded columns; `* REPLACE (expr AS c)` gives `c` a new value. */
function applyStarModifiers(
  outputs: OutputColumn[],
  first: number,
  options: Ast,
  scope: Scope,
  env: Env,
): void {
  const renames: Ast[] =
    options?.opt_rename?.Multiple ?? (options?.opt_rename?.Single ? [options.opt_rename.Single] : []);
  const replaces: Ast[] = options?.opt_replace?.items ?? [];
  if (renames.length === 0 && replaces.length === 0) return;
  for (let i = first; i < outputs.length; i++) {
    const output = outputs[i] as OutputColumn;
    const rename = renames.find((r) => normalizeColumnName(r.ident, env.ctx) === output.name);
    if (rename) outputs[i] = { ...output, name: normalizeColumnName(rename.alias, env.ctx) };
    const replace = replaces.find((r) => normalizeColumnName(r.column_name, env.ctx) === output.name);
    if (replace) {
      const value = { name: output.name, direct: new Set<string>(), indirect: new Set<string>() };
      collectColumns(replace.expr, scope, env, value);
      outputs[i] = value;
    }
  }
}

/** Names removed by `* EXCEPT (...)` (BigQuery) or `* EXCLUDE (...)` (Snowflake, DuckDB). */
function excludedColumns(options: Ast, env: Env): Set<string> {
  const names = new Set<string>();
  const visit = (node: Ast): void => {
    if (node === null || typeof node !== 'object') return;
    if (typeof node.value === 'string') names.add(normalizeColumnName(node, env.ctx));
    else for (const key in node) if (key !== 'span') visit(node[key]);
  };
  visit(options?.opt_except);
  visit(options?.opt_exclude);
  return names;
}

/**
 * Collects the columns of GROUP BY / HAVING / QUALIFY / ORDER BY into the rows' indirect set. These clauses may
 * name a select alias or a position (`GROUP BY 1`), which lead to that output's columns.
 */
export function collectClauseColumns(exprs: Ast[], scope: Scope, lineage: QueryLineage, env: Env): void {
  if (!env.withColumns) {
    for (const expr of exprs) collectColumns(expr, scope, env, { direct: new Set(), indirect: new Set() });
    return;
  }
  const aliases = new Scope(scope);
  aliases.add('\u0000outputs', {
    kind: 'query',
    lineage: { outputs: lineage.outputs, stars: [], rowIndirect: new Set() },
  });
  const rows = { direct: lineage.rowIndirect, indirect: lineage.rowIndirect };
  for (const expr of exprs) {
    if (!expr) continue;
    for (const item of Array.isArray(expr) ? expr : [expr]) {
      const position = positionOf(item);
      const output = position === undefined ? undefined : lineage.outputs[position - 1];
      if (output) addAll(lineage.rowIndirect, output.direct);
      else collectColumns(item, aliases, env, rows, { asIndirect: true });
    }
  }
}

function positionOf(expr: Ast): number | undefined {
  const number = expr?.Value?.value?.Number;
  return Array.isArray(number) ? Number(number[0]) : undefined;
}
