import { ConflictError, UnprocessableError } from '../errors/index.js';
import { newId } from '../lib/ids.js';
import { isUniqueViolation } from '../store/catalog/index.js';
import type { Store } from '../store/database.js';
import { getIntegration } from '../store/integrations/index.js';
import { findActiveJob, insertQueuedJob, type JobTrigger } from '../store/jobs/index.js';
import { findRunner } from './runner-registry.js';

/**
 * "Run now": queues a run of an integration and answers its sync id at once (the sync record exists, `running`,
 * from this moment). Push-based integrations (CSV, JSONL, dbt) have nothing to run (422); a run already queued
 * or running answers 409 with that run's sync id.
 */
export async function requestRun(
  store: Store,
  options: { workspaceId: string; integrationId: string; triggeredBy: string | null },
): Promise<{ sync_id: string }> {
  const integration = await getIntegration(store.db, options.workspaceId, options.integrationId);
  const runner = findRunner(integration.type);
  if (!runner) {
    throw new UnprocessableError(
      'integration_not_runnable',
      `integrations of type "${integration.type}" are push-based: send their files to the import routes instead`,
      { type: integration.type },
    );
  }
  return queueRun(store, {
    workspaceId: integration.workspace_id,
    integrationId: integration.id,
    source: runner.source,
    trigger: 'manual',
    triggeredBy: options.triggeredBy,
  });
}

/** Queues a run unless one of the integration is queued or running (then 409 `sync_in_progress`). */
export async function queueRun(
  store: Store,
  options: {
    workspaceId: string;
    integrationId: string;
    source: string;
    trigger: JobTrigger;
    triggeredBy: string | null;
  },
): Promise<{ sync_id: string }> {
  const syncId = newId();
  try {
    await store.db.transaction().execute(async (tx) => {
      const active = await findActiveJob(tx, options.integrationId);
      if (active) throw runInProgress(active.sync_id);
      await insertQueuedJob(tx, { ...options, id: newId(), syncId, now: new Date().toISOString() });
    });
  } catch (error) {
    // Another process queued one between our check and our insert: the unique job slot said no.
    if (!isUniqueViolation(error)) throw error;
    const active = await findActiveJob(store.db, options.integrationId);
    throw runInProgress(active?.sync_id ?? null);
  }
  return { sync_id: syncId };
}

function runInProgress(syncId: string | null): ConflictError {
  return new ConflictError(
    'sync_in_progress',
    `a run of this integration is already queued or running${syncId ? ` (sync ${syncId})` : ''}`,
    { sync_id: syncId },
  );
}
