import { type Kysely, sql } from 'kysely';
import type { SyncErrorInfo } from '../../sync/sync-types.js';
import type { Database } from '../schema.js';
import './jobs-schema.js';

/**
 * Marks failed every `running` sync whose run is gone, and frees its integration's job slot:
 *
 *   running sync ── heartbeat older than `staleBefore` (or none) ──┐
 *                ── not this process's (its own runs are alive)  ──┼─> failed, `error`, finished now;
 *                ── no queued job waiting to fill it             ──┘   its job row deleted
 *
 * This covers a job whose process was killed, and an upload or CLI import killed in the middle (their syncs carry
 * a heartbeat too). The catalog itself needs no repair: a sync applies in one transaction. Returns the syncs
 * marked failed.
 */
export async function recoverInterruptedRuns(
  db: Kysely<Database>,
  options: { ownerId: string; staleBefore: string; now: string; error: SyncErrorInfo },
): Promise<Array<{ id: string; integration_id: string }>> {
  const recovered = await db
    .updateTable('syncs')
    .set({ status: 'failed', finished_at: options.now, error: JSON.stringify(options.error) })
    .where('status', '=', 'running')
    .where((eb) => eb.or([eb('heartbeat_at', 'is', null), eb('heartbeat_at', '<', options.staleBefore)]))
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
