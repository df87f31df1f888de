import type { Kysely } from 'kysely';

/**
 * OpenLineage throughput (issue 19: ≥ 2,000 Spark-shaped events/s applied). A Spark event is ~40 KB, nearly all of
 * it the inputs and outputs (schema and columnLineage facets), and a job's runs send the same datasets again and
 * again. So the datasets of an event are stored once by content:
 *
 *   openlineage_events.body   the event without `inputs`/`outputs` when `io_hash` is set (whole before 0025)
 *   openlineage_io            (workspace, hash) ──> `{inputs, outputs}` JSON, written once per distinct content
 *   openlineage_runs.io_hash  the run's merged inputs/outputs (`io` holds them for runs folded before 0025)
 *
 * and each namespace keeps what its catalog records were last synced from, so the drain skips a sync when nothing
 * the catalog shows changed, and finds after a crash the namespaces whose sync did not happen (`dirty`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  await s
    .createTable('openlineage_io')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('io', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('openlineage_io_pk', ['workspace_id', 'hash'])
    .execute();
  await s.alterTable('openlineage_events').addColumn('io_hash', 'text').execute();
  await s.alterTable('openlineage_runs').addColumn('io_hash', 'text').execute();
  await s.alterTable('openlineage_namespaces').addColumn('input_digest', 'text').execute();
  await s.alterTable('openlineage_namespaces').addColumn('records_digest', 'text').execute();
  await s
    .alterTable('openlineage_namespaces')
    .addColumn('dirty', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
