import type { Kysely } from 'kysely';

/**
 * Indexes that serve the catalog lists in their order, so a page is read, not sorted:
 * - the catalog's default view (`GET /resource/catalog`: live resources of a workspace, newest first) read the
 *   whole workspace and sorted it;
 * - typed lists (`/table/tables` ...) sorted ties on the id; the new index carries the id, and replaces the first
 *   migration's `resources_workspace_type`, of which it is a superset.
 * Without both, SQLite's planner may walk the first index for a typed list and skip past every other type.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('resources_workspace_stale_created')
    .on('resources')
    .columns(['workspace_id', 'stale', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('resources_workspace_type_created')
    .on('resources')
    .columns(['workspace_id', 'entity_type', 'stale', 'created_at', 'id'])
    .execute();
  await db.schema.dropIndex('resources_workspace_type').execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore a backup to go back');
}
