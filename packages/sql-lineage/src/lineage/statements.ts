import { type Ast, type Insert, objectNameParts, parseScript, variantOf } from '../parse/index.js';
import { formatTableName, normalizeColumnName, qualifyTableName } from '../qualify/index.js';
import type { QueryLineage } from '../scope/index.js';
import { analyzeCopy, analyzeCopyIntoSnowflake, analyzeUnload } from './copy.js';
import { analyzeDelete, analyzeMerge, analyzeUpdate } from './dml.js';
import { edgesInto, outputNames } from './edges.js';
import type { Env } from './env.js';
import { buildQuery, withCtes } from './query.js';
import { emptyOutcome, type StatementOutcome, withSources } from './statement-outcome.js';
import {
  analyzeAlterTable,
  analyzeExchangePartition,
  analyzeRenameTable,
  analyzeRowMovingCall,
  analyzeTruncate,
} from './table-operations.js';

/** Analyses one parsed statement. Unknown kinds give an empty outcome (or their nested statements). */
export function analyzeStatement(node: Ast, env: Env): StatementOutcome {
  const kind = variantOf(node) ?? '';
  const body = node?.[kind];
  switch (kind) {
    case 'Query':
      return analyzeQueryStatement(body, env);
    case 'Insert':
      return analyzeInsert(body, env);
    case 'CreateTable':
      return analyzeCreateTable(body, env);
    case 'CreateView':
      return analyzeCreateView(body, env);
    case 'Update':
      return analyzeUpdate(body, env);
    case 'Merge':
      return analyzeMerge(body, env);
    case 'Copy':
      return analyzeCopy(body, env);
    case 'CopyIntoSnowflake':
      return analyzeCopyIntoSnowflake(body, env);
    case 'Unload':
      return analyzeUnload(body, env);
    case 'Drop':
      return analyzeDrop(body, env);
    case 'AlterTable':
      return analyzeAlterTable(body, env);
    case 'RenameTable':
      return analyzeRenameTable(body, env);
    case 'Truncate':
      return analyzeTruncate(body, env);
    case 'ExchangePartition':
      return analyzeExchangePartition(body, env);
    case 'Delete':
      return analyzeDelete(body, env);
    case 'Directory':
      return analyzeDirectory(body, env);
    default: {
      const outcome = emptyOutcome(snakeCase(kind));
      outcome.nested = [...findNestedStatements(body), ...parseStringBody(body, env)];
      return outcome;
    }
  }
}

function analyzeQueryStatement(query: Ast, env: Env): StatementOutcome {
  const inner = variantOf(query.body);
  if (inner === 'Insert' || inner === 'Update' || inner === 'Merge' || inner === 'Delete') {
    // `WITH x AS (...) INSERT INTO ...`: the CTEs are visible to the inner statement.
    return analyzeStatement(query.body[inner], withCtes(query.with, env, undefined));
  }
  // SELECT ... INTO t, also as the first branch of a set operation (`SELECT * INTO t FROM a UNION ...`).
  const into = query.body?.Select?.into ?? firstSelect(query.body)?.into;
  const moved = analyzeRowMovingCall(query, env);
  if (moved) return moved;
  const lineage = buildQuery(query, env, undefined);
  if (into?.name && !assignsVariables(env)) {
    const outcome = writeQuery('select_into', into.name, lineage, env, { replaces: true });
    outcome.isTemporary = Boolean(into.temporary);
    return outcome;
  }
  const outcome = withSources(emptyOutcome('select'), env);
  if (env.withColumns) outcome.edges = edgesInto(null, undefined, lineage);
  return outcome;
}

function analyzeInsert(insert: Insert, env: Env): StatementOutcome {
  const type = insert.overwrite ? 'insert_overwrite' : 'insert';
  const tableName = insert.table?.TableName ?? insert.table;
  if (!insert.source) return emptyOutcome(type);
  const lineage = buildQuery(insert.source, env, undefined);
  const listed = (insert.columns ?? []).map((c) => columnName(c, env));
  return writeQuery(type, tableName, lineage, env, { replaces: Boolean(insert.overwrite), columns: listed });
}

function analyzeCreateTable(create: Ast, env: Env): StatementOutcome {
  const target = qualifyTableName(objectNameParts(create.name), env.ctx);
  const defined: string[] = (create.columns ?? []).map((c: Ast) => normalizeColumnName(c.name, env.ctx));
  if (create.query) {
    const outcome = writeQuery(
      'create_table_as',
      create.name,
      buildQuery(create.query, env, undefined),
      env,
      {
        replaces: true,
        columns: defined,
      },
    );
    outcome.isTemporary = Boolean(create.temporary);
    return outcome;
  }
  const copied = create.like?.Plain?.name ?? create.like?.Parenthesized?.name ?? create.like ?? create.clone;
  if (copied && objectNameParts(copied).length > 0) {
    // CREATE TABLE t LIKE s / CLONE s: t takes s's columns (and, for CLONE, its rows).
    const source = qualifyTableName(objectNameParts(copied), env.ctx);
    const outcome = emptyOutcome('create_table');
    outcome.sources.set(formatTableName(source), source);
    outcome.targets.set(formatTableName(target), target);
    outcome.replacesTarget = true;
    const columns = env.schema.columnsOf(source);
    if (columns) env.schema.set(target, columns);
    return outcome;
  }
  // Plain DDL moves no data, but the table is the script's output (sqllineage counts it too); its columns
  // serve later INSERTs without a column list.
  if (defined.length > 0) env.schema.set(target, defined);
  const outcome = emptyOutcome('create_table');
  outcome.targets.set(formatTableName(target), target);
  outcome.replacesTarget = true;
  outcome.isTemporary = Boolean(create.temporary);
  return outcome;
}

function analyzeCreateView(view: Ast, env: Env): StatementOutcome {
  const type = view.materialized ? 'create_materialized_view' : 'create_view';
  const columns: string[] = (view.columns ?? []).map((c: Ast) => normalizeColumnName(c.name ?? c, env.ctx));
  return writeQuery(type, view.name, buildQuery(view.query, env, undefined), env, {
    replaces: true,
    columns,
  });
}

/**
 * `SELECT ... INTO x` creates table x only in T-SQL and, outside procedure bodies, in PostgreSQL-like and
 * generic SQL; in MySQL, Snowflake, BigQuery, Oracle and in PL/pgSQL bodies it assigns variables.
 */
function assignsVariables(env: Env): boolean {
  const dialect = env.ctx.dialect.name;
  if (dialect === 'tsql') return false;
  return env.inBlock || ['mysql', 'snowflake', 'bigquery', 'oracle'].includes(dialect);
}

function firstSelect(body: Ast): Ast {
  for (let node = body, depth = 0; node && depth < 16; depth++) {
    if (node.Select) return node.Select;
    node = node.SetOperation?.left ?? node.Query?.body;
  }
  return undefined;
}

/** Hive / Spark `INSERT OVERWRITE [LOCAL] DIRECTORY 'path' SELECT ...`: the path is the target. */
function analyzeDirectory(directory: Ast, env: Env): StatementOutcome {
  const lineage = buildQuery(directory.source, env, undefined);
  const outcome = withSources(emptyOutcome('insert_overwrite_directory'), env);
  const path = String(directory.path ?? '');
  outcome.targets.set(path, { name: path });
  outcome.replacesTarget = true;
  if (env.withColumns) outcome.edges = edgesInto(path, undefined, lineage);
  return outcome;
}

function analyzeDrop(drop: Ast, env: Env): StatementOutcome {
  const outcome = emptyOutcome('drop');
  if (!/^(Table|View|MaterializedView)$/.test(String(drop.object_type))) return outcome;
  for (const name of drop.names ?? []) {
    const table = qualifyTableName(objectNameParts(name), env.ctx);
    outcome.dropped.push(formatTableName(table));
    env.schema.delete(table);
  }
  return outcome;
}

interface WriteOptions {
  replaces: boolean;
  /** Target columns by position (INSERT column list, CTAS / view column list); empty when not given. */
  columns?: string[];
}

/**
 * The common end of INSERT, CTAS, CREATE VIEW and SELECT INTO: the query's outputs are written, by position,
 * to the listed columns, else to the target's known columns, else under their own names.
 */
export function writeQuery(
  type: string,
  name: Ast,
  lineage: QueryLineage,
  env: Env,
  options: WriteOptions,
): StatementOutcome {
  const target = qualifyTableName(objectNameParts(name), env.ctx);
  const key = formatTableName(target);
  const outcome = withSources(emptyOutcome(type), env);
  outcome.targets.set(key, target);
  outcome.replacesTarget = options.replaces;
  const known = env.schema.columnsOf(target);
  const listed = options.columns && options.columns.length > 0 ? options.columns : undefined;
  const positional = listed ?? (type.startsWith('insert') && lineage.stars.length === 0 ? known : undefined);
  if (env.withColumns) outcome.edges = edgesInto(key, positional, lineage);
  if (options.replaces) {
    const columns = listed ?? outputNames(lineage);
    if (columns) env.schema.set(target, columns);
  }
  return outcome;
}

function columnName(column: Ast, env: Env): string {
  const parts = Array.isArray(column) ? objectNameParts(column) : [column];
  return normalizeColumnName(parts[parts.length - 1] ?? { value: '' }, env.ctx);
}

/** Statements inside a block: procedure bodies, BEGIN ... END, IF / WHILE branches. */
function findNestedStatements(node: Ast, depth = 0): Ast[] {
  if (node === null || typeof node !== 'object' || depth > 8) return [];
  if (Array.isArray(node)) return node.flatMap((n) => findNestedStatements(n, depth + 1));
  const found: Ast[] = [];
  for (const key in node) {
    if (key === 'statements' && Array.isArray(node[key])) found.push(...node[key]);
    else if (key !== 'span') found.push(...findNestedStatements(node[key], depth + 1));
  }
  return found;
}

/**
 * A function or procedure body given as a string (PostgreSQL `AS $$ ... $$`, `AS '...'`): parsed as a script
 * (its `BEGIN ... END` unwrapped by the parser adapter), so the statements inside give lineage.
 */
function parseStringBody(node: Ast, env: Env): Ast[] {
  const value = node?.function_body ?? node?.body;
  const text = findStringValue(value);
  if (!text || !/\b(insert|update|merge|create|select|delete|copy)\b/i.test(text)) return [];
  return parseScript(text, env.ctx.dialect.parserDialect).statements.map((s) => s.node);
}

function findStringValue(node: Ast, depth = 0): string | undefined {
  if (node === null || typeof node !== 'object' || depth > 6) return undefined;
  const literal = node.DollarQuotedString?.value ?? node.SingleQuotedString;
  if (typeof literal === 'string') return literal;
  for (const key in node) {
    const found = findStringValue(node[key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

function snakeCase(kind: string): string {
  return kind.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase() || 'unknown';
}
