import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { PROCESS_OWNER_ID } from './process-owner.js';

/** How often a process refreshes the heartbeat of the syncs it runs; leases are several times longer. */
export const HEARTBEAT_INTERVAL_MS = 2000;

/** The syncs this process runs, per database handle. */
const liveSyncs = new Map<Kysely<Database>, Set<string>>();
let timer: NodeJS.Timeout | undefined;
let beating = false;

/**
 * Keeps `syncs.heartbeat_at` of a running sync fresh while this process runs it, whoever started it (an upload,
 * the CLI, a job): a sync whose heartbeat stops was interrupted (see recoverInterruptedRuns). The timer is
 * unref'd and stops when no sync is live. On SQLite the update waits while a sync transaction holds the one
 * connection, which is harmless: no other process can write then either.
 */
export function keepSyncAlive(db: Kysely<Database>, syncId: string): void {
  const ids = liveSyncs.get(db) ?? new Set<string>();
  liveSyncs.set(db, ids);
  ids.add(syncId);
  if (!timer) {
    timer = setInterval(() => void beat(), HEARTBEAT_INTERVAL_MS);
    timer.unref();
  }
}

/** The sync ended (or was given up): stop refreshing its heartbeat. */
export function releaseSync(db: Kysely<Database>, syncId: string): void {
  const ids = liveSyncs.get(db);
  ids?.delete(syncId);
  if (ids?.size === 0) liveSyncs.delete(db);
  if (liveSyncs.size === 0 && timer) {
    clearInterval(timer);
    timer = undefined;
  }
}

async function beat(): Promise<void> {
  if (beating) return;
  beating = true;
  try {
    const now = new Date().toISOString();
    for (const [db, ids] of [...liveSyncs]) {
      await db
        .updateTable('syncs')
        .set({ heartbeat_at: now })
        .where('id', 'in', [...ids])
        .where('owner_id', '=', PROCESS_OWNER_ID)
        .where('status', '=', 'running')
        .execute()
        .catch(() => {
          // A busy or closed database: the next beat tries again, and a closed handle is forgotten below.
        });
    }
  } finally {
    beating = false;
  }
}
