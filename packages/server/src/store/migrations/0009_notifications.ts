import type { Kysely } from 'kysely';

/**
 * Notifications (issue #9): one settings row per workspace (which Slack integration sends, to which channel, on
 * which events) and per-resource subscriptions (a channel told when the resource's dbt tests start failing).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  await s
    .createTable('notification_settings')
    .addColumn('workspace_id', 'text', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('slack_integration_id', 'text', (c) => c.references('integrations.id').onDelete('set null'))
    .addColumn('channel', 'text')
    .addColumn('on_sync_failure', 'integer', (c) => c.notNull())
    .addColumn('on_dbt_test_failure', 'integer', (c) => c.notNull())
    .addColumn('stale_threshold', 'double precision')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await s
    .createTable('notification_subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('resource_id', 'text', (c) => c.notNull().references('resources.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('notification_subscriptions_resource_channel', ['resource_id', 'channel'])
    .execute();
  await s
    .createIndex('notification_subscriptions_workspace')
    .on('notification_subscriptions')
    .columns(['workspace_id', 'created_at'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore a backup to go back');
}
