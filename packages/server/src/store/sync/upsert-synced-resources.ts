import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { insertRows, setFromExcluded } from './raw-sql.js';

/**
 * The columns that always follow the source (no user-edit policy applies to them), in the order the import
 * worker packs them (sync/pack-prepared-records.ts).
 */
export const STRUCTURAL_COLUMNS = [
  'entity_type',
  'native_type',
  'title',
  'title_lower',
  'external_updated_at',
  'type',
  'sort_order',
  'is_pk',
  'hidden',
  'schema_name',
  'database_name',
  'group_name',
  'product',
  'row_count',
  'byte_size',
  'external_usage',
  'properties',
] as const;

/** The columns a sync writes; everything else on a resource row (tags, pii, user_values ...) belongs to users. */
export const SYNCED_RESOURCE_COLUMNS = [
  'id',
  'workspace_id',
  'integration_id',
  'databuilder_id',
  ...STRUCTURAL_COLUMNS,
  'parent_id',
  'title_full',
  'description',
  'definition',
  'owners',
  'stale',
  'stale_at',
  'source_values',
  'source_hash',
  'last_sync_id',
  'created_at',
  'updated_at',
] as const;

export type SyncedResourceRow = Record<(typeof SYNCED_RESOURCE_COLUMNS)[number], string | number | null>;

// On update the row keeps its identity and creation time.
const UPDATED_COLUMNS = SYNCED_RESOURCE_COLUMNS.filter(
  (column) => !['id', 'workspace_id', 'integration_id', 'databuilder_id', 'created_at'].includes(column),
);
const CONFLICT_CLAUSE = `on conflict (id) do update set ${setFromExcluded(UPDATED_COLUMNS)}`;

/**
 * Writes new and changed resources of a run in multi-row statements. Rows carry their final id (the existing one
 * for updates), so an update is an insert that conflicts on `id`.
 */
export async function upsertSyncedResources(
  db: Kysely<Database>,
  flags: DialectFlags,
  rows: SyncedResourceRow[],
): Promise<void> {
  await insertRows(db, flags, {
    table: 'resources',
    columns: SYNCED_RESOURCE_COLUMNS,
    rows: rows.map((row) => SYNCED_RESOURCE_COLUMNS.map((column) => row[column])),
    conflictClause: CONFLICT_CLAUSE,
  });
}

/**
 * Writes resources a run declares for the first time (fresh ids: nothing to conflict with). A plain insert, so
 * that PostgreSQL streams a large batch with COPY (a first sync is almost all of these).
 */
export async function insertSyncedResources(
  db: Kysely<Database>,
  flags: DialectFlags,
  rows: SyncedResourceRow[],
): Promise<void> {
  await insertRows(db, flags, {
    table: 'resources',
    columns: SYNCED_RESOURCE_COLUMNS,
    rows: rows.map((row) => SYNCED_RESOURCE_COLUMNS.map((column) => row[column])),
  });
}
