import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { executeSql, placeholders, selectSql } from './raw-sql.js';

/**
 * Secondary indexes a bulk load may drop and rebuild: building an index from a million sorted keys at the end is
 * several times cheaper than updating it a row at a time (what pg_restore and SQLite's own `.import` advice do).
 * Only indexes that nothing reads while a sync writes the table are listed; the unique and primary keys stay.
 */
const SUSPENDABLE: Record<'resources' | 'lineage', readonly string[]> = {
  resources: [
    'resources_parent',
    'resources_workspace_stale_created',
    'resources_workspace_type_created',
    'resources_workspace_title',
  ],
  lineage: ['lineage_from', 'lineage_to', 'lineage_integration'],
};

/**
 * Rows a load must bring, and more than the table already holds, before its indexes are dropped and rebuilt
 * (`SEXTANT_BULK_LOAD_MIN_ROWS` overrides it: the tests take that road with a handful of rows).
 */
export function bulkLoadMinRows(): number {
  const configured = Number(process.env.SEXTANT_BULK_LOAD_MIN_ROWS);
  return process.env.SEXTANT_BULK_LOAD_MIN_ROWS && Number.isFinite(configured) ? configured : 50_000;
}

/** Indexes dropped for a bulk load, with the statements that rebuild them exactly as they were. */
export interface SuspendedIndexes {
  table: string;
  definitions: Array<{ name: string; sql: string }>;
}

/**
 * Drops a table's suspendable secondary indexes inside the caller's transaction (SQLite, whose DDL is
 * transactional: a rollback restores them, and other connections keep seeing them until commit). The caller
 * must {@link restoreIndexes} before anything queries the table through them, and before committing.
 * Returns undefined on PostgreSQL, where dropping an index locks the table against readers.
 */
export async function suspendIndexes(
  db: Kysely<Database>,
  flags: DialectFlags,
  table: 'resources' | 'lineage',
): Promise<SuspendedIndexes | undefined> {
  if (flags.backend !== 'sqlite') return undefined;
  const names = SUSPENDABLE[table];
  const definitions = await selectSql<{ name: string; sql: string }>(
    db,
    flags,
    `select name, sql from sqlite_master where type = 'index' and tbl_name = ? and sql is not null
     and name in (${placeholders(names.length)})`,
    [table, ...names],
  );
  for (const { name } of definitions) await executeSql(db, flags, `drop index ${name}`);
  return { table, definitions };
}

/** Rebuilds indexes {@link suspendIndexes} dropped. */
export async function restoreIndexes(
  db: Kysely<Database>,
  flags: DialectFlags,
  suspended: SuspendedIndexes | undefined,
): Promise<void> {
  for (const { sql } of suspended?.definitions ?? []) await executeSql(db, flags, sql);
}

/**
 * Whether loading `rows` into the table is a bulk load: SQLite, at least {@link bulkLoadMinRows}, and more than the
 * table holds (its largest rowid: an estimate that costs one B-tree descent).
 */
export async function isBulkLoad(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { table: 'resources' | 'lineage'; rows: number; tableRows?: number | undefined },
): Promise<boolean> {
  if (flags.backend !== 'sqlite' || options.rows < bulkLoadMinRows()) return false;
  return options.rows > (options.tableRows ?? (await maxRowid(db, flags, options.table)));
}

/** The table's largest rowid (SQLite; 0 when empty): rows inserted later have larger ones. */
export async function maxRowid(
  db: Kysely<Database>,
  flags: DialectFlags,
  table: 'resources' | 'lineage',
): Promise<number> {
  const [row] = await selectSql<{ n: number | null }>(db, flags, `select max(rowid) as n from ${table}`);
  return Number(row?.n ?? 0);
}
