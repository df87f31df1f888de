import type { Kysely } from 'kysely';

/**
 * dbt: the last uploaded artifacts of each dbt integration (gzip, base64 text: one column type on both backends),
 * so a trigger can re-run the sync without a new upload; and the latest result of each dbt test per tested
 * resource, which the resource API shows and `failing_tests` filters.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  await s
    .createTable('dbt_artifacts')
    .addColumn('integration_id', 'text', (c) => c.notNull().references('integrations.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_gzip_base64', 'text', (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('schema_version', 'text', (c) => c.notNull())
    .addColumn('dbt_version', 'text')
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text')
    .addPrimaryKeyConstraint('dbt_artifacts_pk', ['integration_id', 'kind'])
    .execute();

  await s
    .createTable('dbt_test_results')
    .addColumn('resource_id', 'text', (c) => c.notNull().references('resources.id').onDelete('cascade'))
    .addColumn('test_unique_id', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('integration_id', 'text', (c) => c.notNull().references('integrations.id').onDelete('cascade'))
    .addColumn('test_name', 'text', (c) => c.notNull())
    .addColumn('column_name', 'text')
    .addColumn('status', 'text')
    .addColumn('message', 'text')
    .addColumn('failures', 'integer')
    .addColumn('run_at', 'text')
    .addColumn('sync_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('dbt_test_results_pk', ['resource_id', 'test_unique_id'])
    .execute();
  await s
    .createIndex('dbt_test_results_integration')
    .on('dbt_test_results')
    .columns(['integration_id', 'status'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore a backup to go back');
}
