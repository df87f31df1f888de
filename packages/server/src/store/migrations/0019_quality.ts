import { type Kysely, sql } from 'kysely';

/**
 * Data quality (issue #23): column profiles of connector-backed tables, monitors (Secoda's Monitors API), their
 * measurements and incidents. Profile statistics are one JSON document per run: they are read whole, never
 * queried inside.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  await s
    .createTable('table_profiles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('resource_id', 'text', (c) => c.notNull().references('resources.id').onDelete('cascade'))
    .addColumn('row_count', 'bigint')
    .addColumn('is_row_count_estimated', 'integer', (c) => c.notNull())
    .addColumn('sample_percent', 'double precision')
    .addColumn('columns', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await s
    .createIndex('table_profiles_resource')
    .on('table_profiles')
    .columns(['resource_id', 'created_at'])
    .execute();

  await s
    .createTable('monitors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('target_id', 'text', (c) => c.notNull().references('resources.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('metric_type', 'text', (c) => c.notNull())
    .addColumn('metric_config', 'text')
    .addColumn('is_enabled', 'integer', (c) => c.notNull())
    .addColumn('condition_auto_sensitivity', 'integer')
    .addColumn('condition_manual_min', 'double precision')
    .addColumn('condition_manual_max', 'double precision')
    .addColumn('notify_slack_channel', 'text')
    .addColumn('schedule', 'text', (c) => c.notNull())
    .addColumn('frequency', 'integer', (c) => c.notNull())
    .addColumn('next_run_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('last_attempted_at', 'text')
    .addColumn('last_success_at', 'text')
    .addColumn('last_error_at', 'text')
    .addColumn('last_error_message', 'text')
    .addColumn('last_measurement_value', 'double precision')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await s.createIndex('monitors_workspace').on('monitors').columns(['workspace_id', 'created_at']).execute();
  await s.createIndex('monitors_due').on('monitors').columns(['next_run_at']).execute();
  await s.createIndex('monitors_target').on('monitors').columns(['target_id']).execute();

  await s
    .createTable('monitor_measurements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('monitor_id', 'text', (c) => c.notNull().references('monitors.id').onDelete('cascade'))
    .addColumn('value', 'double precision')
    .addColumn('lower_threshold', 'double precision')
    .addColumn('upper_threshold', 'double precision')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await s
    .createIndex('monitor_measurements_monitor')
    .on('monitor_measurements')
    .columns(['monitor_id', 'created_at'])
    .execute();

  await s
    .createTable('monitor_incidents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('monitor_id', 'text', (c) => c.notNull().references('monitors.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision')
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // One open incident per monitor, whatever the number of processes running monitors.
  await s
    .createIndex('monitor_incidents_one_open')
    .on('monitor_incidents')
    .column('monitor_id')
    .unique()
    .where(sql.ref('status'), '=', 'open')
    .execute();
  await s
    .createIndex('monitor_incidents_workspace')
    .on('monitor_incidents')
    .columns(['workspace_id', 'opened_at'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore a backup to go back');
}
