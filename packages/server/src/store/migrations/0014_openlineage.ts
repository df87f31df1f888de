import type { ColumnDefinitionBuilder, Kysely } from 'kysely';

/**
 * OpenLineage in (issue 19): events are stored as they arrive (`openlineage_events`, drained in `seq` order by the
 * worker) and folded into runs, jobs and standalone datasets; each namespace is an `openlineage` integration whose
 * catalog resources the sync engine writes from these tables.
 *
 *   POST /api/v1/lineage ──> openlineage_events (pending) ──worker──> openlineage_runs / _jobs / _datasets
 *                                                                        └──> applySync(namespace's integration)
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  const isPostgres = db.getExecutor().adapter.supportsTransactionalDdl;
  const workspace = (c: ColumnDefinitionBuilder) =>
    c.notNull().references('workspaces.id').onDelete('cascade');
  await s
    .createTable('openlineage_events')
    .addColumn('seq', isPostgres ? 'bigserial' : 'integer', (c) =>
      isPostgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('workspace_id', 'text', workspace)
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('event_kind', 'text', (c) => c.notNull())
    .addColumn('event_type', 'text')
    .addColumn('event_time', 'text', (c) => c.notNull())
    .addColumn('run_id', 'text')
    .addColumn('job_namespace', 'text')
    .addColumn('job_name', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .execute();
  await s
    .createIndex('openlineage_events_state')
    .on('openlineage_events')
    .columns(['state', 'seq'])
    .execute();
  await s
    .createIndex('openlineage_events_run')
    .on('openlineage_events')
    .columns(['workspace_id', 'run_id', 'seq'])
    .execute();

  await s
    .createTable('openlineage_namespaces')
    .addColumn('workspace_id', 'text', workspace)
    .addColumn('namespace', 'text', (c) => c.notNull())
    .addColumn('integration_id', 'text', (c) => c.notNull().references('integrations.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('openlineage_namespaces_pk', ['workspace_id', 'namespace'])
    .execute();

  await s
    .createTable('openlineage_runs')
    .addColumn('workspace_id', 'text', workspace)
    .addColumn('run_id', 'text', (c) => c.notNull())
    .addColumn('job_namespace', 'text', (c) => c.notNull())
    .addColumn('job_name', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('state_rank', 'integer', (c) => c.notNull())
    .addColumn('state_time', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('nominal_start_time', 'text')
    .addColumn('nominal_end_time', 'text')
    .addColumn('parent_run_id', 'text')
    .addColumn('parent_job_namespace', 'text')
    .addColumn('parent_job_name', 'text')
    .addColumn('error_message', 'text')
    .addColumn('facets', 'text', (c) => c.notNull())
    .addColumn('io', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('openlineage_runs_pk', ['workspace_id', 'run_id'])
    .execute();
  await s
    .createIndex('openlineage_runs_job')
    .on('openlineage_runs')
    .columns(['workspace_id', 'job_namespace', 'job_name', 'created_at'])
    .execute();

  await s
    .createTable('openlineage_jobs')
    .addColumn('workspace_id', 'text', workspace)
    .addColumn('namespace', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('facets', 'text', (c) => c.notNull())
    .addColumn('latest_run_id', 'text')
    .addColumn('lineage_run_id', 'text')
    .addColumn('lineage_rank', 'text')
    .addColumn('static_io', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('openlineage_jobs_pk', ['workspace_id', 'namespace', 'name'])
    .execute();

  await s
    .createTable('openlineage_datasets')
    .addColumn('workspace_id', 'text', workspace)
    .addColumn('dataset_namespace', 'text', (c) => c.notNull())
    .addColumn('dataset_name', 'text', (c) => c.notNull())
    .addColumn('facets', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('openlineage_datasets_pk', ['workspace_id', 'dataset_namespace', 'dataset_name'])
    .execute();

  // One drainer at a time per database, so events of a run are applied in order across worker processes.
  await s
    .createTable('openlineage_drain_lease')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('owner', 'text')
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore a backup to go back');
}
