import type { Kysely } from 'kysely';

/** Scheduled column profiles (issue #23): at most one schedule per table. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('profile_schedules')
    .addColumn('resource_id', 'text', (c) => c.primaryKey().references('resources.id').onDelete('cascade'))
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('frequency_hours', 'integer', (c) => c.notNull())
    .addColumn('sample_percent', 'double precision')
    .addColumn('next_run_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('profile_schedules_due')
    .on('profile_schedules')
    .column('next_run_at')
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore a backup to go back');
}
