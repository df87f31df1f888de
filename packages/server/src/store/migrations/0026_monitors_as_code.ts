import { type Kysely, sql } from 'kysely';

/**
 * Monitors as code (issue #23): a dbt project's `meta.secoda.monitors` creates monitors that its syncs own.
 * `managed_by` is the dbt integration (its deletion deletes them), `managed_key` the monitor's stable key within
 * it (`<node unique_id>[.<column>]:<metric>[:<key>]`), so a sync updates the monitor it made before instead of
 * making another. `description` comes from the YAML config. Hand-made monitors keep both null.
 *
 * The quality score as a resource field (search facet and sort): `resources.quality_score` (0–100, null until
 * computed) and when it was computed; refreshed by the monitor scheduler, after monitor runs and by the score route.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('monitors')
    .addColumn('managed_by', 'text', (c) => c.references('integrations.id').onDelete('cascade'))
    .execute();
  await db.schema.alterTable('monitors').addColumn('managed_key', 'text').execute();
  await db.schema.alterTable('monitors').addColumn('description', 'text').execute();
  await db.schema
    .createIndex('monitors_managed')
    .on('monitors')
    .columns(['managed_by', 'managed_key'])
    .unique()
    .execute();
  await db.schema.alterTable('resources').addColumn('quality_score', 'double precision').execute();
  await db.schema.alterTable('resources').addColumn('quality_scored_at', 'text').execute();
  // Only tables are scored: a partial index keeps the scheduler's "which to score next" off the other rows, and
  // costs a sync's columns nothing.
  await db.schema
    .createIndex('resources_quality_scored')
    .on('resources')
    .column('quality_scored_at')
    .where(sql.ref('entity_type'), '=', 'table')
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore a backup to go back');
}
