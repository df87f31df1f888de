import { nextScheduledRun } from '../integrations/schedule.js';
import { newId } from '../lib/ids.js';
import type { Store } from '../store/database.js';
import {
  advanceSchedule,
  type DueIntegration,
  findActiveJob,
  insertQueuedJob,
  listDueIntegrations,
} from '../store/jobs/index.js';
import { findRunner, type JobLogger, runnableTypeKeys } from './runner-registry.js';

/** Due integrations handled per tick; the rest wait for the next one. */
const PER_TICK = 50;

/**
 * One scheduler tick: every enabled, due integration of a runnable type gets its schedule moved on and a queued
 * run, in one transaction. The schedule moves only if nobody moved it since it was read, so several processes
 * ticking on one database queue each due run once. A run still busy from before skips this slot (logged). The
 * next run is counted from `now`, so a server that was down does not run a backlog of missed slots.
 */
export async function scheduleDueRuns(
  store: Store,
  options: { now: Date; logger: JobLogger },
): Promise<string[]> {
  const now = options.now.toISOString();
  const due = await listDueIntegrations(store.db, {
    now,
    typePrefixes: runnableTypeKeys(),
    limit: PER_TICK,
  });
  const queued: string[] = [];
  for (const integration of due) {
    const outcome = await scheduleOne(store, integration, options.now).catch((error) => {
      options.logger.warn({ err: error, integrationId: integration.id }, 'could not queue a scheduled run');
      return undefined;
    });
    if (outcome === 'busy')
      options.logger.info(
        { integrationId: integration.id },
        'scheduled slot skipped: a run is still queued or running',
      );
    else if (outcome) queued.push(outcome);
  }
  return queued;
}

/** The queued run's sync id; `busy` when the slot was skipped; undefined when another process took the slot. */
async function scheduleOne(
  store: Store,
  integration: DueIntegration,
  now: Date,
): Promise<string | 'busy' | undefined> {
  const runner = findRunner(integration.type);
  if (!runner || integration.scheduled_extractions_next_run === null) return undefined;
  const at = now.toISOString();
  const nextRun = nextScheduledRun(
    {
      hour: integration.scheduled_extractions_hour,
      frequencyDays: integration.scheduled_extractions_frequency,
      lastRun: at,
    },
    now,
  );
  return store.db.transaction().execute(async (tx) => {
    const moved = await advanceSchedule(tx, {
      integrationId: integration.id,
      expectedNextRun: integration.scheduled_extractions_next_run!,
      nextRun,
      lastRun: at,
    });
    if (!moved) return undefined;
    if (await findActiveJob(tx, integration.id)) return 'busy';
    const syncId = newId();
    await insertQueuedJob(tx, {
      id: newId(),
      workspaceId: integration.workspace_id,
      integrationId: integration.id,
      syncId,
      source: runner.source,
      trigger: 'schedule',
      triggeredBy: null,
      now: at,
    });
    return syncId;
  });
}
