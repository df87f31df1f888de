import type { Kysely } from 'kysely';
import { parseJsonColumn, toBool } from '../../lib/json.js';
import { PROCESS_OWNER_ID } from '../jobs/process-owner.js';
import { listPage } from '../list-page.js';
import type { Database, SyncsTable } from '../schema.js';
import type { SyncCounts, SyncErrorInfo, SyncRecord, SyncWarning } from './sync-record-types.js';
import { emptyCounts } from './sync-record-types.js';

/**
 * Records the start of a run (committed on its own, so a run that dies still leaves its record), owned by this
 * process. The caller keeps its heartbeat going (keepSyncAlive) until {@link finishSyncRecord}.
 */
export async function insertSyncRecord(
  db: Kysely<Database>,
  row: Pick<
    SyncsTable,
    'id' | 'workspace_id' | 'integration_id' | 'source' | 'started_at' | 'triggered_by'
  > & {
    dry_run: boolean;
  },
): Promise<void> {
  await db
    .insertInto('syncs')
    .values({
      ...row,
      dry_run: row.dry_run ? 1 : 0,
      status: 'running',
      counts: JSON.stringify(emptyCounts()),
      warnings: '[]',
      logs: '[]',
      finished_at: null,
      error: null,
      owner_id: PROCESS_OWNER_ID,
      heartbeat_at: row.started_at,
    })
    .execute();
}

/** Records how a run ended; answers the finished record (undefined if the row is gone). */
export async function finishSyncRecord(
  db: Kysely<Database>,
  options: {
    id: string;
    status: 'succeeded' | 'failed';
    finishedAt: string;
    counts: SyncCounts;
    warnings: SyncWarning[];
    error: SyncErrorInfo | null;
    logs: unknown[];
  },
): Promise<SyncRecord | undefined> {
  const row = await db
    .updateTable('syncs')
    .set({
      status: options.status,
      finished_at: options.finishedAt,
      counts: JSON.stringify(options.counts),
      warnings: JSON.stringify(options.warnings),
      error: options.error === null ? null : JSON.stringify(options.error),
      logs: JSON.stringify(options.logs),
    })
    .where('id', '=', options.id)
    .returningAll()
    .executeTakeFirst();
  return row ? toSyncRecord(row) : undefined;
}

/** One sync of an integration, or undefined. */
export async function findSyncRecord(
  db: Kysely<Database>,
  options: { integrationId: string; syncId: string },
): Promise<SyncRecord | undefined> {
  const row = await db
    .selectFrom('syncs')
    .selectAll()
    .where('id', '=', options.syncId)
    .where('integration_id', '=', options.integrationId)
    .executeTakeFirst();
  return row ? toSyncRecord(row) : undefined;
}

/** One page of an integration's syncs, newest first, with the total count. */
export async function listSyncRecords(
  db: Kysely<Database>,
  options: { integrationId: string; offset: number; limit: number },
): Promise<{ count: number; results: SyncRecord[] }> {
  const base = db.selectFrom('syncs').where('integration_id', '=', options.integrationId);
  const { rows, count } = await listPage(
    base,
    (q) => q.selectAll().orderBy('started_at', 'desc').orderBy('id', 'desc'),
    options,
  );
  return { count, results: rows.map(toSyncRecord) };
}

export function toSyncRecord(row: SyncsTable): SyncRecord {
  return {
    id: row.id,
    integration_id: row.integration_id,
    status: row.status,
    dry_run: toBool(row.dry_run),
    source: row.source,
    started_at: row.started_at,
    finished_at: row.finished_at,
    counts: { ...emptyCounts(), ...parseJsonColumn<Partial<SyncCounts>>(row.counts, {}) },
    warnings: parseJsonColumn<SyncWarning[]>(row.warnings, []),
    error: parseJsonColumn<SyncErrorInfo | null>(row.error, null),
  };
}
