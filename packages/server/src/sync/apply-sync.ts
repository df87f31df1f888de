import type { Kysely } from 'kysely';
import { NotFoundError, SextantError } from '../errors/index.js';
import { announceSyncFinished } from '../events/index.js';
import { newId } from '../lib/ids.js';
import { nowIso, stepTimer } from '../lib/time.js';
import type { Store } from '../store/database.js';
import { keepSyncAlive, releaseSync } from '../store/jobs/index.js';
import type { Database, ImportPolicy } from '../store/schema.js';
import {
  executeSql,
  findSyncTarget,
  finishSyncRecord,
  insertSyncRecord,
  type SyncTarget,
} from '../store/sync/index.js';
import { SyncRun } from './sync-run.js';
import {
  emptyCounts,
  type RunRecord,
  type SyncErrorInfo,
  type SyncProgress,
  type SyncRecord,
  type SyncWarning,
} from './sync-types.js';

/**
 * The integration a run applies to: its id (read here; with a workspace, another workspace's integration is "not
 * found"), or the target a caller already found and checked (an upload route checks it before reading the body).
 */
export type SyncAddress =
  | { integrationId: string; workspaceId?: string | undefined; target?: undefined }
  | { target: SyncTarget; integrationId?: undefined; workspaceId?: undefined };

export type ApplySyncOptions = SyncAddress & SyncRunOptions;

export interface SyncRunOptions {
  /** What produced the run: `jsonl`, `csv`, `sdk`, `dbt`, `connector`. */
  source: string;
  /**
   * The run's records, one at a time or in batches; or a function giving them once the integration is known (a
   * reader that prepares records itself needs its import policy).
   */
  records: RunRecords | ((integration: { importPolicy: ImportPolicy }) => RunRecords);
  /** Compute the counts and warnings, then roll everything back. */
  dryRun?: boolean | undefined;
  triggeredBy?: string | null | undefined;
  /**
   * A `running` sync record created beforehand (a queued job's, so its id was known when the run was requested);
   * when given, no record is inserted and this one is finished.
   */
  syncId?: string | undefined;
  onProgress?: ((progress: SyncProgress) => void) | undefined;
  /** Warnings known before any record is read (e.g. about an artifact's version); listed first in the record. */
  warnings?: SyncWarning[] | undefined;
  /**
   * A last step inside the run's transaction, once every record is applied and lineage resolved: what it writes
   * commits or rolls back with the sync (dbt's test results and tags need the resource ids the run just wrote).
   * A dry run calls it too and rolls it back with the rest.
   */
  afterRecords?: ((trx: Kysely<Database>, run: AfterRecordsContext) => Promise<void>) | undefined;
}

export interface AfterRecordsContext {
  syncId: string;
  workspaceId: string;
  integrationId: string;
  /** Adds a warning to the sync record. */
  warn: (warning: SyncWarning) => void;
}

export type RunRecords = AsyncIterable<RunRecord | RunRecord[]> | Iterable<RunRecord>;

/** Thrown inside a dry run's transaction to roll it back after the counts are known. */
class DryRunRollback extends Error {}

/**
 * Applies one run of one integration atomically (DESIGN §2): every record is validated, resources are upserted by
 * (integration, databuilder_id), absent ones staled, lineage replaced and resolved, pending lineage healed, all in
 * one transaction. A run that fails changes nothing but its own sync record, which is committed separately before
 * the transaction starts and updated when it ends; the error is rethrown (with `sync_id` in its details when it is
 * an input error). Returns the finished sync record.
 */
export async function applySync(store: Store, options: ApplySyncOptions): Promise<SyncRecord> {
  const target = options.target ?? (await findTarget(store, options.integrationId, options.workspaceId));
  const syncId = options.syncId ?? newId();
  const startedAt = nowIso();
  const dryRun = options.dryRun === true;
  if (options.syncId === undefined) {
    await insertSyncRecord(store.db, {
      id: syncId,
      workspace_id: target.workspace_id,
      integration_id: target.id,
      source: options.source,
      started_at: startedAt,
      triggered_by: options.triggeredBy ?? null,
      dry_run: dryRun,
    });
    // A queued job's record is kept alive from the moment the job is claimed.
    keepSyncAlive(store.db, syncId);
  }
  let run: SyncRun | undefined;
  let timeCommit: ((name: string) => void) | undefined;
  try {
    await store.db.transaction().execute(async (trx) => {
      const locked = await findSyncTarget(trx, store.flags, { integrationId: target.id, lock: true });
      if (!locked) throw new NotFoundError('integration_not_found', `integration ${target.id} was deleted`);
      run = new SyncRun({
        db: trx,
        flags: store.flags,
        target: locked,
        syncId,
        now: startedAt,
        onProgress: options.onProgress,
      });
      await run.start();
      for (const warning of options.warnings ?? []) run.addWarning(warning);
      const records =
        typeof options.records === 'function'
          ? options.records({ importPolicy: locked.import_policy })
          : options.records;
      reading: for await (const item of records) {
        // A batch is taken in one go: awaiting once per record costs more than the work for a million records.
        for (const record of Array.isArray(item) ? item : [item]) {
          const writing = run.addRecord(record);
          if (writing) await writing;
          if (run.isSaturated) break reading;
        }
      }
      await run.finish();
      await options.afterRecords?.(trx, {
        syncId,
        workspaceId: locked.workspace_id,
        integrationId: locked.id,
        warn: (warning) => run?.addWarning(warning),
      });
      if (dryRun) throw new DryRunRollback();
      const committing = run;
      timeCommit = stepTimer((name, fields) => committing.log(name, fields));
    });
    timeCommit?.('committed');
  } catch (error) {
    if (!(error instanceof DryRunRollback)) {
      await resetSyncSession(store);
      await recordEnd(store, syncId, run, errorInfo(error));
      store.checkpointSoon();
      throw error;
    }
  }
  await resetSyncSession(store);
  const record = await recordEnd(store, syncId, run, null);
  store.checkpointSoon();
  if (!record) throw new Error(`sync ${syncId} vanished`);
  return record;
}

async function findTarget(
  store: Store,
  integrationId: string,
  workspaceId: string | undefined,
): Promise<SyncTarget> {
  const target = await findSyncTarget(store.db, store.flags, { integrationId, lock: false });
  if (!target || (workspaceId !== undefined && target.workspace_id !== workspaceId)) {
    throw new NotFoundError('integration_not_found', `integration ${integrationId} not found`);
  }
  return target;
}

async function resetSyncSession(store: Store): Promise<void> {
  for (const statement of store.flags.syncSessionReset) await executeSql(store.db, store.flags, statement);
}

async function recordEnd(
  store: Store,
  syncId: string,
  run: SyncRun | undefined,
  error: SyncErrorInfo | null,
): Promise<SyncRecord | undefined> {
  releaseSync(store.db, syncId);
  const report = run?.report() ?? { counts: emptyCounts(), warnings: [], logs: [] };
  const record = await finishSyncRecord(store.db, {
    id: syncId,
    status: error ? 'failed' : 'succeeded',
    finishedAt: nowIso(),
    ...report,
    error,
  });
  // After the run's transaction has committed or rolled back: listeners (Slack notifications) never delay it.
  announceSyncFinished(store, syncId);
  return record;
}

function errorInfo(error: unknown): SyncErrorInfo {
  if (error instanceof SextantError)
    return { code: error.code, message: error.message, details: error.details };
  return { code: 'sync_failed', message: (error as Error)?.message ?? String(error), details: {} };
}
