import type { ColumnEdge, TableName } from '../model.js';
import {
  type Assignment,
  type Ast,
  type Delete,
  type Ident,
  type Merge,
  type MergeInsert,
  objectNameParts,
  type TableWithJoins,
  type Update,
} from '../parse/index.js';
import { formatTableName, normalizeAlias, normalizeColumnName, qualifyTableName } from '../qualify/index.js';
import { addAll, type ColumnSet, Scope, type Source, splitColumnKey } from '../scope/index.js';
import type { Env } from './env.js';
import { type ColumnSink, collectColumns } from './expressions.js';
import { addRelation, addTableWithJoins } from './relations.js';
import { emptyOutcome, type StatementOutcome, withSources } from './statement-outcome.js';

/**
 * UPDATE t SET c = expr [FROM ...] [WHERE ...]: each assigned column gets the columns of its expression
 * (direct) and of the WHERE clause and join conditions (indirect). The target is found by name or, as in
 * T-SQL `UPDATE a SET ... FROM tbl a JOIN ...`, by an alias declared in FROM.
 */
export function analyzeUpdate(update: Update, env: Env): StatementOutcome {
  const scope = new Scope(undefined);
  const rows = new Set<string>();
  const readBefore = new Set(env.tables.keys());
  const named = addTarget(update.table?.relation, scope, env, rows, readBefore);
  addTableWithJoins({ ...update.table, relation: undefined }, scope, env, rows);
  for (const item of updateFromItems(update.from)) addTableWithJoins(item, scope, env, rows);
  const target = aliasedTarget(update.table?.relation, scope, env, readBefore) ?? named;
  // Expressions are walked even for table-level lineage: their subqueries read tables too.
  collectColumns(update.selection, scope, env, { direct: rows, indirect: rows }, { asIndirect: true });
  const edges = target ? assignmentEdges(update.assignments ?? [], target.key, scope, env, rows) : [];
  const outcome = withSources(emptyOutcome('update'), env);
  if (!target) return outcome;
  outcome.targets.set(target.key, target.table);
  if (env.withColumns) outcome.edges = edges;
  return outcome;
}

/**
 * DELETE FROM t [USING s | FROM t JOIN s] [WHERE ...]: t is modified in place, so it is the target; the tables
 * that decide which rows go (USING, joins, subqueries in WHERE) are sources. No value flows, so there are no
 * column edges. MySQL's `DELETE a, b FROM a JOIN b ...` names its targets by table or alias.
 */
export function analyzeDelete(del: Delete, env: Env): StatementOutcome {
  const scope = new Scope(undefined);
  const rows = new Set<string>();
  const readBefore = new Set(env.tables.keys());
  const from: TableWithJoins[] = del.from?.WithFromKeyword ?? del.from?.WithoutKeyword ?? [];
  const listed: Ast[] = del.tables ?? [];
  const targets: Target[] = [];
  from.forEach((item, i) => {
    const target =
      i === 0 && listed.length === 0 ? addTarget(item.relation, scope, env, rows, readBefore) : undefined;
    if (target) targets.push(target);
    addTableWithJoins(target ? { ...item, relation: undefined } : item, scope, env, rows);
  });
  for (const item of del.using ?? []) addTableWithJoins(item, scope, env, rows);
  for (const name of listed) {
    const target =
      aliasedTarget({ Table: { name } }, scope, env, readBefore) ?? namedTarget(name, env, readBefore);
    if (target) targets.push(target);
  }
  collectColumns(del.selection, scope, env, { direct: rows, indirect: rows }, { asIndirect: true });
  const outcome = withSources(emptyOutcome('delete'), env);
  for (const target of targets) outcome.targets.set(target.key, target.table);
  return outcome;
}

/**
 * MERGE INTO t USING s ON ... WHEN [NOT] MATCHED [AND ...] THEN UPDATE / INSERT: UPDATE SET and INSERT VALUES
 * give direct edges; the ON condition and each clause's own predicate give indirect ones.
 */
export function analyzeMerge(merge: Merge, env: Env): StatementOutcome {
  const scope = new Scope(undefined);
  const rows = new Set<string>();
  const target = addTarget(merge.table, scope, env, rows, new Set(env.tables.keys()));
  addRelation(merge.source, scope, env, rows);
  collectColumns(merge.on, scope, env, { direct: rows, indirect: rows }, { asIndirect: true });
  const edges: ColumnEdge[] = [];
  for (const clause of merge.clauses ?? []) {
    const clauseRows = new Set(rows);
    collectColumns(
      clause.predicate,
      scope,
      env,
      { direct: clauseRows, indirect: clauseRows },
      { asIndirect: true },
    );
    const action = typeof clause.action === 'object' ? clause.action : undefined;
    if (!target) continue;
    if (action?.Update)
      edges.push(...assignmentEdges(action.Update.assignments ?? [], target.key, scope, env, clauseRows));
    if (action?.Insert) edges.push(...mergeInsertEdges(action.Insert, target.key, scope, env, clauseRows));
  }
  const outcome = withSources(emptyOutcome('merge'), env);
  if (!target) return outcome;
  outcome.targets.set(target.key, target.table);
  if (env.withColumns) outcome.edges = edges;
  return outcome;
}

function mergeInsertEdges(
  insert: MergeInsert,
  target: string,
  scope: Scope,
  env: Env,
  rows: ColumnSet,
): ColumnEdge[] {
  const columns = (insert.columns ?? []).map((c) => lastName(c, env));
  const row = typeof insert.kind === 'object' ? insert.kind.Values?.rows?.[0] : undefined;
  const cells: Ast[] = Array.isArray(row) ? row : (row?.content ?? []);
  const edges: ColumnEdge[] = [];
  cells.forEach((cell, i) => {
    const column = columns[i];
    if (column) edges.push(...valueEdges(cell, { table: target, column }, scope, env, rows));
  });
  return edges;
}

function assignmentEdges(
  assignments: Assignment[],
  target: string,
  scope: Scope,
  env: Env,
  rows: ColumnSet,
): ColumnEdge[] {
  const edges: ColumnEdge[] = [];
  for (const assignment of assignments) {
    const names: Ast[] = assignment.target?.ColumnName ?? assignment.target?.Tuple ?? assignment.id ?? [];
    const column = lastName(names, env);
    edges.push(...valueEdges(assignment.value, { table: target, column }, scope, env, rows));
  }
  return edges;
}

function valueEdges(
  expr: Ast,
  to: { table: string; column: string },
  scope: Scope,
  env: Env,
  rows: ColumnSet,
): ColumnEdge[] {
  const sink: ColumnSink = { direct: new Set(), indirect: new Set() };
  collectColumns(expr, scope, env, sink);
  addAll(sink.indirect, rows);
  const edges: ColumnEdge[] = [];
  for (const key of sink.direct) edges.push({ from: splitColumnKey(key), to, kind: 'direct' });
  for (const key of sink.indirect) edges.push({ from: splitColumnKey(key), to, kind: 'indirect' });
  return edges;
}

/** UPDATE's FROM list, wherever the parser put it. */
function updateFromItems(from: Update['from']): TableWithJoins[] {
  if (Array.isArray(from)) return from;
  return from?.AfterSet ?? from?.BeforeSet ?? [];
}

interface Target {
  key: string;
  table: TableName;
}

/** Adds the written table to the scope; it counts as a source only if the statement also reads it elsewhere. */
function addTarget(
  relation: Ast,
  scope: Scope,
  env: Env,
  rows: ColumnSet,
  readBefore: Set<string>,
): Target | undefined {
  const source = addRelation(relation, scope, env, rows);
  if (source?.kind !== 'table') return undefined;
  const table = env.tables.get(source.key);
  if (!readBefore.has(source.key)) env.tables.delete(source.key);
  return table ? { key: source.key, table } : undefined;
}

/** T-SQL `UPDATE a SET ... FROM tbl a JOIN ...`: the name after UPDATE is an alias declared in FROM. */
function aliasedTarget(relation: Ast, scope: Scope, env: Env, readBefore: Set<string>): Target | undefined {
  const parts = objectNameParts(relation?.Table?.name ?? []);
  if (parts.length !== 1) return undefined;
  const aliased: Source | undefined = scope.sources.get(normalizeAlias(parts[0] as Ident, env.ctx));
  if (aliased?.kind !== 'table') return undefined;
  const table = env.tables.get(aliased.key);
  if (!table) return undefined;
  if (!readBefore.has(aliased.key)) env.tables.delete(aliased.key);
  return { key: aliased.key, table };
}

/** A multi-table DELETE target named by its table (not an alias): read only if the statement reads it elsewhere. */
function namedTarget(name: Ast, env: Env, readBefore: Set<string>): Target | undefined {
  const parts = objectNameParts(name);
  if (parts.length === 0) return undefined;
  const table = qualifyTableName(parts, env.ctx);
  const key = formatTableName(table);
  if (!readBefore.has(key)) env.tables.delete(key);
  return { key, table };
}

function lastName(names: Ast, env: Env): string {
  const parts = Array.isArray(names) ? objectNameParts(names) : objectNameParts([names]);
  const last = parts[parts.length - 1];
  return last ? normalizeColumnName(last, env.ctx) : '';
}
