import { type Expression, type SqlBool, sql } from 'kysely';
import type { DialectFlags } from '../dialect.js';

/**
 * `column in (ids)`, written the way each backend handles best for the thousands of ids a graph answer can carry:
 * PostgreSQL takes one array parameter (`= any($1)`, planned once whatever the count); SQLite takes an `in` list
 * (callers chunk it under its parameter limit with {@link idChunkSize}).
 */
export function idInList(flags: DialectFlags, column: string, ids: readonly string[]): Expression<SqlBool> {
  if (flags.backend === 'postgres') return sql<SqlBool>`${sql.ref(column)} = any(${[...ids]}::text[])`;
  return sql<SqlBool>`${sql.ref(column)} in (${sql.join(ids)})`;
}

/** Ids per statement: all of them on PostgreSQL (one array parameter), under the parameter limit on SQLite. */
export function idChunkSize(flags: DialectFlags): number {
  return flags.backend === 'postgres' ? Number.MAX_SAFE_INTEGER : flags.maxParameters - 10;
}
