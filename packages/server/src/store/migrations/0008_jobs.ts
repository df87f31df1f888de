import type { Kysely } from 'kysely';

/**
 * Durable runs (DESIGN §6):
 *
 *   jobs       one row per queued or running run of an integration (deleted when the run ends). The unique
 *              integration_id is what keeps two runs of one integration from overlapping, across processes.
 *   syncs      gain owner_id + heartbeat_at: the process running the sync and when it last said so. A `running`
 *              sync whose heartbeat is older than the lease (and that no queued job waits for) was interrupted.
 *   sync_logs  an integration's own log lines and its http call log, kept with the sync record.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('syncs').addColumn('owner_id', 'text').execute();
  await db.schema.alterTable('syncs').addColumn('heartbeat_at', 'text').execute();
  await db.schema.createIndex('syncs_running_idx').on('syncs').columns(['status', 'heartbeat_at']).execute();

  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('integration_id', 'text', (c) =>
      c.notNull().unique().references('integrations.id').onDelete('cascade'),
    )
    .addColumn('sync_id', 'text', (c) => c.notNull().references('syncs.id').onDelete('cascade'))
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .execute();
  await db.schema.createIndex('jobs_queue_idx').on('jobs').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('jobs_sync_idx').on('jobs').column('sync_id').execute();

  await db.schema
    .createTable('sync_logs')
    .addColumn('sync_id', 'text', (c) => c.notNull().references('syncs.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sync_logs_pk', ['sync_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('integrations_due_idx')
    .on('integrations')
    .columns(['schedule_enabled', 'scheduled_extractions_next_run'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('integrations_due_idx').execute();
  await db.schema.dropTable('sync_logs').execute();
  await db.schema.dropTable('jobs').execute();
  await db.schema.dropIndex('syncs_running_idx').execute();
  await db.schema.alterTable('syncs').dropColumn('heartbeat_at').execute();
  await db.schema.alterTable('syncs').dropColumn('owner_id').execute();
}
