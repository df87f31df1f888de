import type { ColumnEdge, TableName } from '../model.js';
import { type Ast, type Ident, objectNameParts } from '../parse/index.js';
import { normalizeAlias, normalizeColumnName } from '../qualify/index.js';
import { type ColumnSet, Scope, type Source, addAll, splitColumnKey } from '../scope/index.js';
import type { Env } from './env.js';
import { type ColumnSink, collectColumns } from './expressions.js';
import { addRelation, addTableWithJoins } from './relations.js';
import { type StatementOutcome, emptyOutcome } from './statement-outcome.js';
import { withSources } from './statements.js';

/**
 * UPDATE t SET c = expr [FROM ...] [WHERE ...]: each assigned column gets the columns of its expression
 * (direct) and of the WHERE clause and join conditions (indirect). The target is found by name or, as in
 * T-SQL `UPDATE a SET ... FROM tbl a JOIN ...`, by an alias declared in FROM.
 */
export function analyzeUpdate(update: Ast, env: Env): StatementOutcome {
  const scope = new Scope(undefined);
  const rows = new Set<string>();
  addTableWithJoins(update.table, scope, env, rows);
  const targetTables = new Map(env.tables);
  env.tables.clear();
  const from = update.from?.AfterSet ?? update.from?.BeforeSet ?? update.from ?? [];
  for (const item of Array.isArray(from) ? from : []) addTableWithJoins(item, scope, env, rows);
  const target = findTarget(update.table?.relation, scope, targetTables, env);
  const outcome = withSources(emptyOutcome('update'), env);
  if (!target) return outcome;
  outcome.targets.set(target.key, target.table);
  if (!env.withColumns) return outcome;
  collectColumns(update.selection, scope, env, { direct: rows, indirect: rows }, true);
  outcome.edges = assignmentEdges(update.assignments ?? [], target.key, scope, env, rows);
  return outcome;
}

/**
 * MERGE INTO t USING s ON ... WHEN [NOT] MATCHED [AND ...] THEN UPDATE / INSERT: UPDATE SET and INSERT VALUES
 * give direct edges; the ON condition and each clause's own predicate give indirect ones.
 */
export function analyzeMerge(merge: Ast, env: Env): StatementOutcome {
  const scope = new Scope(undefined);
  const rows = new Set<string>();
  const targetSource = addRelation(merge.table, scope, env, rows);
  const targetTables = new Map(env.tables);
  env.tables.clear();
  addRelation(merge.source, scope, env, rows);
  const outcome = withSources(emptyOutcome('merge'), env);
  const [key, table] = [...targetTables][0] ?? [];
  if (!key || !table || targetSource?.kind !== 'table') return outcome;
  outcome.targets.set(key, table);
  if (!env.withColumns) return outcome;
  collectColumns(merge.on, scope, env, { direct: rows, indirect: rows }, true);
  for (const clause of merge.clauses ?? []) {
    const clauseRows = new Set(rows);
    collectColumns(clause.predicate, scope, env, { direct: clauseRows, indirect: clauseRows }, true);
    const action = clause.action;
    if (action?.Update) outcome.edges.push(...assignmentEdges(action.Update.assignments, key, scope, env, clauseRows));
    if (action?.Insert) outcome.edges.push(...mergeInsertEdges(action.Insert, key, scope, env, clauseRows));
  }
  return outcome;
}

function mergeInsertEdges(insert: Ast, target: string, scope: Scope, env: Env, rows: ColumnSet): ColumnEdge[] {
  const columns: string[] = (insert.columns ?? []).map((c: Ast) => lastName(c, env));
  const row = insert.kind?.Values?.rows?.[0];
  const cells: Ast[] = Array.isArray(row) ? row : (row?.content ?? []);
  const edges: ColumnEdge[] = [];
  cells.forEach((cell, i) => {
    const column = columns[i];
    if (column) edges.push(...valueEdges(cell, { table: target, column }, scope, env, rows));
  });
  return edges;
}

function assignmentEdges(assignments: Ast[], target: string, scope: Scope, env: Env, rows: ColumnSet): ColumnEdge[] {
  const edges: ColumnEdge[] = [];
  for (const assignment of assignments) {
    const names: Ast[] = assignment.target?.ColumnName ?? assignment.target?.Tuple ?? assignment.id ?? [];
    const column = lastName(names, env);
    edges.push(...valueEdges(assignment.value, { table: target, column }, scope, env, rows));
  }
  return edges;
}

function valueEdges(expr: Ast, to: { table: string; column: string }, scope: Scope, env: Env, rows: ColumnSet): ColumnEdge[] {
  const sink: ColumnSink = { direct: new Set(), indirect: new Set() };
  collectColumns(expr, scope, env, sink);
  addAll(sink.indirect, rows);
  const edges: ColumnEdge[] = [];
  for (const key of sink.direct) edges.push({ from: splitColumnKey(key), to, kind: 'direct' });
  for (const key of sink.indirect) edges.push({ from: splitColumnKey(key), to, kind: 'indirect' });
  return edges;
}

function findTarget(
  relation: Ast,
  scope: Scope,
  targetTables: Map<string, TableName>,
  env: Env,
): { key: string; table: TableName } | undefined {
  const parts = objectNameParts(relation?.Table?.name ?? []);
  if (parts.length === 1) {
    const aliased: Source | undefined = scope.sources.get(normalizeAlias(parts[0] as Ident, env.ctx));
    if (aliased?.kind === 'table') {
      const table = env.tables.get(aliased.key) ?? targetTables.get(aliased.key);
      if (table) {
        env.tables.delete(aliased.key);
        return { key: aliased.key, table };
      }
    }
  }
  const [key, table] = [...targetTables][0] ?? [];
  return key && table ? { key, table } : undefined;
}

function lastName(names: Ast, env: Env): string {
  const parts = Array.isArray(names) ? objectNameParts(names) : objectNameParts([names]);
  const last = parts[parts.length - 1];
  return last ? normalizeColumnName(last, env.ctx) : '';
}

