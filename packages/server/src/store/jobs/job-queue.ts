import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { emptyCounts } from '../sync/sync-record-types.js';
import type { JobsTable, JobTrigger } from './jobs-schema.js';
import { keepSyncAlive, releaseSync } from './sync-heartbeat.js';

export type JobRow = JobsTable;

/**
 * Queues a run: its sync record (status `running`, no owner yet: a queued job keeps it alive) and its job row.
 * The caller owns the transaction; a second job of the same integration violates `jobs.integration_id`'s
 * uniqueness, which is how two runs never overlap, across processes.
 */
export async function insertQueuedJob(
  db: Kysely<Database>,
  job: {
    id: string;
    workspaceId: string;
    integrationId: string;
    syncId: string;
    source: string;
    trigger: JobTrigger;
    triggeredBy: string | null;
    now: string;
  },
): Promise<void> {
  await db
    .insertInto('syncs')
    .values({
      id: job.syncId,
      workspace_id: job.workspaceId,
      integration_id: job.integrationId,
      source: job.source,
      status: 'running',
      dry_run: 0,
      started_at: job.now,
      finished_at: null,
      counts: JSON.stringify(emptyCounts()),
      warnings: '[]',
      error: null,
      logs: '[]',
      triggered_by: job.triggeredBy,
      owner_id: null,
      heartbeat_at: null,
    })
    .execute();
  await db
    .insertInto('jobs')
    .values({
      id: job.id,
      workspace_id: job.workspaceId,
      integration_id: job.integrationId,
      sync_id: job.syncId,
      trigger: job.trigger,
      status: 'queued',
      owner_id: null,
      created_at: job.now,
      started_at: null,
    })
    .execute();
}

/** The queued or running job of an integration, if any. */
export async function findActiveJob(
  db: Kysely<Database>,
  integrationId: string,
): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('integration_id', '=', integrationId).executeTakeFirst();
}

/**
 * Claims the oldest queued job for this process with a conditional update (`… where status = 'queued'`), so two
 * processes polling one PostgreSQL database never both win one job: the loser's update matches no row and it
 * tries the next. The claimed job's sync becomes this process's, with a fresh heartbeat.
 */
export async function claimNextJob(
  db: Kysely<Database>,
  options: { ownerId: string; now: string },
): Promise<JobRow | undefined> {
  const candidates = await db
    .selectFrom('jobs')
    .selectAll()
    .where('status', '=', 'queued')
    .orderBy('created_at')
    .orderBy('id')
    .limit(5)
    .execute();
  for (const job of candidates) {
    const claimed = await db.transaction().execute(async (tx) => {
      const result = await tx
        .updateTable('jobs')
        .set({ status: 'running', owner_id: options.ownerId, started_at: options.now })
        .where('id', '=', job.id)
        .where('status', '=', 'queued')
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      await tx
        .updateTable('syncs')
        .set({ owner_id: options.ownerId, heartbeat_at: options.now })
        .where('id', '=', job.sync_id)
        .execute();
      return true;
    });
    if (claimed) {
      keepSyncAlive(db, job.sync_id);
      return { ...job, status: 'running', owner_id: options.ownerId, started_at: options.now };
    }
  }
  return undefined;
}

/** A run ended: its integration may run again. */
export async function deleteJob(db: Kysely<Database>, jobId: string): Promise<void> {
  await db.deleteFrom('jobs').where('id', '=', jobId).execute();
}

/** What a run needs to know of its integration (any workspace), or undefined once it is deleted. */
export async function findRunIntegration(
  db: Kysely<Database>,
  integrationId: string,
): Promise<{ id: string; workspace_id: string; type: string } | undefined> {
  return db
    .selectFrom('integrations')
    .select(['id', 'workspace_id', 'type'])
    .where('id', '=', integrationId)
    .executeTakeFirst();
}

/**
 * Ends a run's sync as failed unless it already ended (applySync records its own outcome; this is for runs that
 * failed before or around it), and stops its heartbeat.
 */
export async function failRunningSync(
  db: Kysely<Database>,
  options: {
    syncId: string;
    now: string;
    error: { code: string; message: string; details: Record<string, unknown> };
  },
): Promise<void> {
  releaseSync(db, options.syncId);
  await db
    .updateTable('syncs')
    .set({ status: 'failed', finished_at: options.now, error: JSON.stringify(options.error) })
    .where('id', '=', options.syncId)
    .where('status', '=', 'running')
    .execute();
}
