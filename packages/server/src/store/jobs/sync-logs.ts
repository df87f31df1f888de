import { type Kysely, sql } from 'kysely';
import { parseJsonColumn } from '../../lib/json.js';
import type { DialectFlags } from '../dialect.js';
import { rowsPerInsert } from '../dialect.js';
import type { Database } from '../schema.js';
import type { SyncLogsTable } from './jobs-schema.js';

/** One line of a sync's log as the API answers it. */
export interface SyncLogEntry {
  seq: number;
  at: string;
  kind: string;
  level: string;
  message: string;
  data: Record<string, unknown>;
}

/** Appends log lines (already numbered) to a sync's log. */
export async function insertSyncLogs(
  db: Kysely<Database>,
  flags: DialectFlags,
  rows: SyncLogsTable[],
): Promise<void> {
  const size = rowsPerInsert(flags, 7, 500);
  for (let i = 0; i < rows.length; i += size)
    await db
      .insertInto('sync_logs')
      .values(rows.slice(i, i + size))
      .execute();
}

/** One page of a sync's log, in order, with the total count. */
export async function listSyncLogs(
  db: Kysely<Database>,
  options: { syncId: string; offset: number; limit: number },
): Promise<{ count: number; results: SyncLogEntry[] }> {
  const base = db.selectFrom('sync_logs').where('sync_id', '=', options.syncId);
  const total = await base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  const rows = await base.selectAll().orderBy('seq').offset(options.offset).limit(options.limit).execute();
  return {
    count: Number(total.n),
    results: rows.map((row) => ({
      seq: row.seq,
      at: row.at,
      kind: row.kind,
      level: row.level,
      message: row.message,
      data: parseJsonColumn<Record<string, unknown>>(row.data, {}),
    })),
  };
}
