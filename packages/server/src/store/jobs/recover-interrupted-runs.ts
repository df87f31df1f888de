import { hostname } from 'node:os';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';
import type { SyncErrorInfo } from '../sync/sync-record-types.js';

/**
 * Marks failed every `running` sync whose run is gone, and frees its integration's job slot:
 *
 *   running sync ── not this process's (its own runs are alive)          ──┐
 *                ── no queued job waiting to fill it                      ──┤
 *                ── its owner is a process of this host that has exited,  ──┼─> failed, `error`, finished now;
 *                   or (owner elsewhere or unknown) heartbeat older than       its job row deleted
 *                   `staleBefore` or none                                  ──┘
 *   ...but never while its owner is a live process of this host
 *
 * This covers a job whose process was killed, and an upload or CLI import killed in the middle (their syncs carry
 * a heartbeat too). The owner check matters on SQLite: a long sync transaction keeps its own heartbeat from being
 * written, yet the import is alive; and a killed process of this host is recognised at once. The catalog itself
 * needs no repair: a sync applies in one transaction. Returns the syncs marked failed.
 */
export async function recoverInterruptedRuns(
  db: Kysely<Database>,
  options: { ownerId: string; staleBefore: string; now: string; error: SyncErrorInfo },
): Promise<Array<{ id: string; integration_id: string }>> {
  const candidates = await db
    .selectFrom('syncs')
    .select(['id', 'owner_id', 'heartbeat_at'])
    .where('status', '=', 'running')
    .where((eb) => eb.or([eb('owner_id', 'is', null), eb('owner_id', '<>', options.ownerId)]))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('jobs')
            .select(sql.lit(1).as('one'))
            .whereRef('jobs.sync_id', '=', 'syncs.id')
            .where('jobs.status', '=', 'queued'),
        ),
      ),
    )
    .execute();
  const ids = candidates
    .filter((sync) => {
      const owner = ownerHereState(sync.owner_id ?? null);
      if (owner === 'alive') return false;
      const heartbeat = sync.heartbeat_at ?? null;
      return owner === 'exited' || heartbeat === null || heartbeat < options.staleBefore;
    })
    .map((sync) => sync.id);
  if (ids.length === 0) return [];
  const recovered = await db
    .updateTable('syncs')
    .set({ status: 'failed', finished_at: options.now, error: JSON.stringify(options.error) })
    .where('id', 'in', ids)
    .where('status', '=', 'running')
    .returning(['id', 'integration_id'])
    .execute();
  if (recovered.length > 0) {
    await db
      .deleteFrom('jobs')
      .where(
        'sync_id',
        'in',
        recovered.map((row) => row.id),
      )
      .execute();
  }
  return recovered;
}

/**
 * Whether an owner id (`host:pid:random`, see process-owner.ts) names a process of this host that is still
 * running, one that has exited, or a process this host cannot check (another host, an unknown format).
 */
function ownerHereState(ownerId: string | null): 'alive' | 'exited' | 'unknown' {
  const match = ownerId === null ? null : /^(.*):(\d+):[^:]+$/.exec(ownerId);
  if (!match || match[1] !== hostname()) return 'unknown';
  const pid = Number(match[2]);
  if (pid === process.pid) return 'alive'; // another handle of this very process
  try {
    process.kill(pid, 0);
    return 'alive';
  } catch (error) {
    // EPERM: the process exists but is another user's.
    return (error as NodeJS.ErrnoException).code === 'ESRCH' ? 'exited' : 'alive';
  }
}
