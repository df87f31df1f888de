import type { SecretBox } from '../auth/secret-box.js';
import { INTERRUPTED_SYNC, type Store } from '../store/database.js';
import { deleteJob, failRunningSync, findRunIntegration, type JobRow } from '../store/jobs/index.js';
import { applySync } from '../sync/apply-sync.js';
import type { SyncErrorInfo } from '../sync/sync-types.js';
import { boundHeapGrowthWhileSyncing } from './bounded-heap-growth.js';
import { collectRunGarbage } from './collect-run-garbage.js';
import { RecordSpool } from './record-spool.js';
import { findRunner, type JobLogger, type RunnerResult } from './runner-registry.js';
import { SyncLogWriter } from './sync-log-writer.js';

export interface RunJobServices {
  store: Store;
  secrets: SecretBox;
  logger: JobLogger;
  limits: { memoryLimitMb: number; timeLimitMs: number };
}

/** The error of a run the server stopped (or lost) in the middle; shared with restart recovery. */
export const INTERRUPTED: SyncErrorInfo = INTERRUPTED_SYNC;

/**
 * Runs one claimed job to its end:
 *
 *   runner (sandbox) ──records──> spool file ──(run ok)──> applySync into the job's sync record
 *        └──log lines, http calls──> sync_logs         └──(run failed)──> sync failed, nothing applied
 *
 * and frees the integration's job slot. Never throws: every outcome ends in the sync record.
 */
export async function runJob(services: RunJobServices, job: JobRow, signal: AbortSignal): Promise<void> {
  const { store, logger } = services;
  const log = new SyncLogWriter(store, job.sync_id, (error) =>
    logger.warn({ err: error, syncId: job.sync_id }, 'could not write sync log lines'),
  );
  const spool = new RecordSpool();
  try {
    log.add('run', 'info', `run started (${job.trigger})`, { trigger: job.trigger, job_id: job.id });
    const outcome = await produceRecords(services, job, { spool, log, signal });
    if (!outcome.ok) {
      log.add('run', 'error', `run failed: ${outcome.error.message}`, { error: outcome.error });
      await failSync(store, job.sync_id, { ...outcome.error, details: {} });
      logger.warn({ syncId: job.sync_id, error: outcome.error }, 'run failed');
      return;
    }
    log.add(
      'run',
      'info',
      `integration finished: ${spool.resources} resources, ${spool.lineages} lineage declared`,
      {
        resources: spool.resources,
        lineages: spool.lineages,
      },
    );
    await applyRecords(services, job, spool, log);
  } catch (error) {
    await failSync(store, job.sync_id, {
      code: 'sync_failed',
      message: (error as Error).message,
      details: {},
    }).catch(() => {});
    logger.error({ err: error, syncId: job.sync_id }, 'run crashed');
  } finally {
    // The run's garbage, sync included, is not left for the next run to add to.
    collectRunGarbage();
    spool.dispose();
    await log.close();
    await deleteJob(store.db, job.id).catch((error) =>
      logger.error({ err: error, jobId: job.id }, 'could not free the job slot'),
    );
  }
}

async function produceRecords(
  services: RunJobServices,
  job: JobRow,
  run: { spool: RecordSpool; log: SyncLogWriter; signal: AbortSignal },
): Promise<RunnerResult> {
  const integration = await findRunIntegration(services.store.db, job.integration_id);
  if (!integration)
    return { ok: false, error: { code: 'integration_not_found', message: 'the integration was deleted' } };
  const runner = findRunner(integration.type);
  if (!runner) {
    return {
      ok: false,
      error: {
        code: 'integration_not_runnable',
        message: `integrations of type "${integration.type}" have no runner`,
      },
    };
  }
  const result = await runner
    .run({
      store: services.store,
      secrets: services.secrets,
      integration,
      signal: run.signal,
      limits: services.limits,
      logger: services.logger,
      emit: (record) => run.spool.add(record),
      log: (entry) => run.log.add('log', entry.level ?? 'info', String(entry.message), { ...entry }),
      httpCall: (entry) => run.log.add('http', 'info', describeCall(entry), entry),
    })
    .catch(
      (error: Error & { code?: unknown }): RunnerResult => ({
        ok: false,
        error: { code: typeof error.code === 'string' ? error.code : 'run_crashed', message: error.message },
      }),
    );
  if (run.signal.aborted)
    return { ok: false, error: { code: INTERRUPTED.code, message: INTERRUPTED.message } };
  return result;
}

async function applyRecords(services: RunJobServices, job: JobRow, spool: RecordSpool, log: SyncLogWriter) {
  // The sync's promoted garbage is collected as it goes, not beside a full SQLite page cache (the server's peak);
  // what the runner made (rows, records) is all garbage by now: collected first, under the bound.
  const endHeapBound = boundHeapGrowthWhileSyncing();
  collectRunGarbage();
  try {
    const record = await applySync(services.store, {
      integrationId: job.integration_id,
      source: 'sdk',
      records: spool.records(),
      syncId: job.sync_id,
    });
    log.add('run', 'info', 'sync applied', { counts: record.counts });
    services.logger.info({ syncId: job.sync_id, ...record.counts }, 'run applied');
  } catch (error) {
    // applySync has recorded the failure in the sync record, unless it failed before it could.
    await failSync(services.store, job.sync_id, {
      code: 'sync_failed',
      message: (error as Error).message,
      details: {},
    });
    log.add('run', 'error', `sync failed: ${(error as Error).message}`, {});
    services.logger.warn({ syncId: job.sync_id, err: error }, 'run not applied');
  } finally {
    endHeapBound();
  }
}

async function failSync(store: Store, syncId: string, error: SyncErrorInfo): Promise<void> {
  await failRunningSync(store.db, { syncId, now: new Date().toISOString(), error });
}

function describeCall(entry: Record<string, unknown>): string {
  const status = entry.status ?? entry.error ?? '';
  return `${String(entry.method ?? 'GET')} ${String(entry.url ?? '')} ${String(status)}`.trim();
}
