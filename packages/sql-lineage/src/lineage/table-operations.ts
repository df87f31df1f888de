import type { TableName } from '../model.js';
import { type Ast, type Ident, objectNameParts } from '../parse/index.js';
import { formatTableName, qualifyTableName } from '../qualify/index.js';
import type { Env } from './env.js';
import { emptyOutcome, type StatementOutcome } from './statement-outcome.js';

/*
 * Statements that act on whole tables rather than on rows of a query. The rule they follow (docs/lineage.md,
 * "Statements that modify a table"): a table the script leaves in place with new rows, fewer rows or a new
 * schema is a target; rows moved from another table make that table a source; a table the script removes
 * (DROP, the old name of a RENAME) is not reported, and what the script wrote under an old name moves to the
 * new one.
 */

/**
 * `ALTER TABLE`: `RENAME TO` moves the table, Snowflake `SWAP WITH` exchanges two tables' rows (each is the
 * other's source), any other operation (columns, partitions, properties) modifies the table in place.
 */
export function analyzeAlterTable(alter: Ast, env: Env): StatementOutcome {
  const outcome = emptyOutcome('alter_table');
  const table = qualifyTableName(objectNameParts(alter.name), env.ctx);
  for (const operation of alter.operations ?? []) {
    const swapped = operation?.SwapWith?.table_name;
    const renamed = operation?.RenameTable?.table_name;
    const newName = renamed?.To ?? renamed?.As ?? (Array.isArray(renamed) ? renamed : undefined);
    if (swapped) {
      const other = qualifyTableName(objectNameParts(swapped), env.ctx);
      outcome.type = 'swap_tables';
      for (const t of [table, other]) {
        outcome.sources.set(formatTableName(t), t);
        outcome.targets.set(formatTableName(t), t);
      }
    } else if (newName) {
      outcome.type = 'rename_table';
      addRename(outcome, table, qualifyTableName(objectNameParts(newName), env.ctx), env);
    } else {
      outcome.targets.set(formatTableName(table), table);
    }
  }
  return outcome;
}

/** MySQL / Exasol `RENAME TABLE a TO b [, c TO d]`. */
export function analyzeRenameTable(renames: Ast, env: Env): StatementOutcome {
  const outcome = emptyOutcome('rename_table');
  for (const rename of Array.isArray(renames) ? renames : []) {
    const from = qualifyTableName(objectNameParts(rename.old_name), env.ctx);
    addRename(outcome, from, qualifyTableName(objectNameParts(rename.new_name), env.ctx), env);
  }
  return outcome;
}

/**
 * A rename as one statement shows it (old name read, new name written, `old.* → new.*`); the script pass
 * (`compose-script.ts`) applies it as a move through `renames`.
 */
function addRename(outcome: StatementOutcome, from: TableName, to: TableName, env: Env): void {
  const fromKey = formatTableName(from);
  const toKey = formatTableName(to);
  outcome.sources.set(fromKey, from);
  outcome.targets.set(toKey, to);
  outcome.renames.push({ from: fromKey, to: toKey });
  outcome.replacesTarget = true;
  const columns = env.schema.columnsOf(from);
  if (columns) env.schema.set(to, columns);
  env.schema.delete(from);
  if (env.withColumns) addStarEdge(outcome, fromKey, toKey);
}

/** `TRUNCATE [TABLE] a, b`: the tables are emptied (modified in place, their earlier lineage gone). */
export function analyzeTruncate(truncate: Ast, env: Env): StatementOutcome {
  const outcome = emptyOutcome('truncate');
  for (const target of truncate.table_names ?? []) {
    const table = qualifyTableName(objectNameParts(target?.name ?? target), env.ctx);
    outcome.targets.set(formatTableName(table), table);
  }
  outcome.replacesTarget = true;
  return outcome;
}

/** Hive `ALTER TABLE t EXCHANGE PARTITION (...) WITH TABLE s` (recognised in `parse/rewrite-unparsed.ts`). */
export function analyzeExchangePartition(exchange: Ast, env: Env): StatementOutcome {
  return moveRows('exchange_partition', { from: exchange.source, to: exchange.name }, env);
}

/**
 * Vertica's partition and table copying functions, called as `SELECT fn('source', ..., 'target')`: the first
 * argument is where rows come from, the last where they go (`SWAP_PARTITIONS_BETWEEN_TABLES` names them
 * staging and target).
 */
const ROW_MOVING_FUNCTIONS = new Set([
  'swap_partitions_between_tables',
  'move_partitions_to_table',
  'copy_partitions_to_table',
  'copy_table',
]);

/** The outcome of a `SELECT` that only calls row-moving functions, else `undefined`. */
export function analyzeRowMovingCall(query: Ast, env: Env): StatementOutcome | undefined {
  const select = query?.body?.Select;
  if (!select || (select.from ?? []).length > 0 || (select.projection ?? []).length === 0) return undefined;
  const calls: Array<{ from: Ast[]; to: Ast[] }> = [];
  for (const item of select.projection) {
    const fn = (item?.UnnamedExpr ?? item?.ExprWithAlias?.expr)?.Function;
    const parts = objectNameParts(fn?.name);
    const name = parts[parts.length - 1]?.value.toLowerCase() ?? '';
    const args: string[] = (fn?.args?.List?.args ?? []).map(
      (arg: Ast) => arg?.Unnamed?.Expr?.Value?.value?.SingleQuotedString,
    );
    const [first, last] = [args[0], args[args.length - 1]];
    if (!ROW_MOVING_FUNCTIONS.has(name) || args.length < 2 || !first || !last) return undefined;
    calls.push({ from: nameFromString(first), to: nameFromString(last) });
  }
  const outcome = emptyOutcome('move_partitions');
  for (const call of calls) mergeOutcome(outcome, moveRows('move_partitions', call, env));
  return outcome;
}

/** `'schema.table'` as a function argument: unquoted parts (Vertica folds them). */
function nameFromString(text: string): Ast[] {
  return text.split('.').map((value): { Identifier: Ident } => ({ Identifier: { value: value.trim() } }));
}

function moveRows(type: string, names: { from: Ast; to: Ast }, env: Env): StatementOutcome {
  const outcome = emptyOutcome(type);
  const from = qualifyTableName(objectNameParts(names.from), env.ctx);
  const to = qualifyTableName(objectNameParts(names.to), env.ctx);
  outcome.sources.set(formatTableName(from), from);
  outcome.targets.set(formatTableName(to), to);
  if (env.withColumns) addStarEdge(outcome, formatTableName(from), formatTableName(to));
  return outcome;
}

function mergeOutcome(into: StatementOutcome, from: StatementOutcome): void {
  for (const [key, table] of from.sources) into.sources.set(key, table);
  for (const [key, table] of from.targets) into.targets.set(key, table);
  into.edges.push(...from.edges);
}

function addStarEdge(outcome: StatementOutcome, from: string, to: string): void {
  outcome.edges.push({ from: { table: from, column: '*' }, to: { table: to, column: '*' }, kind: 'direct' });
}
