import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { executeSql } from './raw-sql.js';

/** Every lineage reference of the run, resolved set-based after all resources are written. */
export const STAGE_LINEAGE = 'sextant_stage_lineage';
/** The run's resolved edges, one row per distinct (from, to): what the integration's lineage becomes. */
export const STAGE_EDGES = 'sextant_stage_edges';
/**
 * Where the run's resolved edges stream when the backend copies bulk rows (PostgreSQL): COPY cannot skip a pair
 * already staged, so edges land here as sent and {@link STAGE_EDGES} takes each pair once at the end.
 */
export const STAGE_EDGE_STREAM = 'sextant_stage_edge_stream';
/** Pending references of other integrations that may heal in this run. */
export const STAGE_HEALING = 'sextant_stage_healing';
/** The reference rows the run's external pairs become, diffed against `pending_lineage` by match_key. */
export const STAGE_PENDING = 'sextant_stage_pending';

/** The columns a lineage staging table has (one reference pair per row). */
export const LINEAGE_STAGE_COLUMNS = [
  'edge_id',
  'file',
  'line',
  'integration_id',
  'sync_id',
  'from_kind',
  'from_key',
  'from_schema',
  'from_database',
  'from_column',
  'from_ref',
  'from_id',
  'to_kind',
  'to_key',
  'to_schema',
  'to_database',
  'to_column',
  'to_ref',
  'to_id',
] as const;

const LINEAGE_STAGE_DDL = `(
  edge_id text not null, file text not null, line integer not null, integration_id text not null, sync_id text not null,
  from_kind text not null, from_key text, from_schema text, from_database text, from_column text, from_ref text,
  from_id text, from_matches integer,
  to_kind text not null, to_key text, to_schema text, to_database text, to_column text, to_ref text,
  to_id text, to_matches integer)`;

/**
 * Creates the run's staging tables inside the sync's transaction. They are temporary (per connection): they vanish
 * at commit on PostgreSQL and are dropped by {@link dropStagingTables} on SQLite; a rollback removes them on both.
 */
export async function createStagingTables(db: Kysely<Database>, flags: DialectFlags): Promise<void> {
  for (const setting of flags.syncSessionSettings) await executeSql(db, flags, setting);
  await dropStagingTables(db, flags);
  await executeSql(
    db,
    flags,
    `create temp table ${STAGE_EDGES} (from_id text not null, to_id text not null, edge_id text,
      primary key (from_id, to_id)) ${flags.keyedTableOption} ${flags.tempTableSuffix}`,
  );
  if (flags.copiesBulkRows) {
    await executeSql(
      db,
      flags,
      `create temp table ${STAGE_EDGE_STREAM} (from_id text not null, to_id text not null, edge_id text)
        ${flags.tempTableSuffix}`,
    );
  }
  for (const table of [STAGE_LINEAGE, STAGE_HEALING]) {
    await executeSql(db, flags, `create temp table ${table} ${LINEAGE_STAGE_DDL} ${flags.tempTableSuffix}`);
  }
  await executeSql(
    db,
    flags,
    `create temp table ${STAGE_PENDING} (edge_id text not null, sync_id text not null, from_id text, to_id text,
      from_ref text, to_ref text, match_key text not null, other_key text, from_target_id text, to_target_id text)
      ${flags.tempTableSuffix}`,
  );
  await executeSql(db, flags, `create index ${STAGE_PENDING}_match on ${STAGE_PENDING} (match_key)`);
}

/** Creates one lineage staging table on its own (re-resolution outside a sync), dropped by the caller. */
export async function createLineageStage(
  db: Kysely<Database>,
  flags: DialectFlags,
  table: string,
): Promise<void> {
  await executeSql(db, flags, `drop table if exists ${table}`);
  await executeSql(db, flags, `create temp table ${table} ${LINEAGE_STAGE_DDL} ${flags.tempTableSuffix}`);
}

export async function dropStagingTables(db: Kysely<Database>, flags: DialectFlags): Promise<void> {
  for (const table of [STAGE_EDGES, STAGE_EDGE_STREAM, STAGE_LINEAGE, STAGE_HEALING, STAGE_PENDING]) {
    await executeSql(db, flags, `drop table if exists ${table}`);
  }
}

/** Gives the planner statistics on a filled staging table where it needs them (PostgreSQL). */
export async function analyzeStagingTable(
  db: Kysely<Database>,
  flags: DialectFlags,
  table: string,
): Promise<void> {
  if (flags.analyzesTempTables) await executeSql(db, flags, `analyze ${table}`);
}
