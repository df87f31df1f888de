import { nowIso } from '../lib/time.js';
import type { Store } from '../store/database.js';
import {
  findStoredOpenLineageIo,
  insertOpenLineageEvents,
  insertOpenLineageIo,
} from '../store/openlineage/index.js';
import { ioText, prepareOpenLineageEvents } from './prepare-events.js';

export { ioHashOf } from './prepare-events.js';

/** Wakes the drainer of this process when events arrive (set by the job service; absent in an API-only process). */
const wakers = new WeakMap<Store['db'], () => void>();

export function onOpenLineageEvents(store: Pick<Store, 'db'>, wake: () => void): () => void {
  wakers.set(store.db, wake);
  return () => wakers.delete(store.db);
}

/**
 * Stores OpenLineage events durably as pending and returns: the worker applies them (applyPendingOpenLineageEvents).
 * All or nothing: every event is validated first, and one invalid event refuses the whole batch (400 naming its
 * index and JSON path), so a producer that retries a batch never duplicates its valid part. Inputs/outputs
 * contents the database holds already are not sent to it again.
 */
export async function receiveOpenLineageEvents(
  store: Store,
  options: { workspaceId: string; bytes: Buffer; isBatch: boolean },
): Promise<{ accepted: number }> {
  const prepared = prepareOpenLineageEvents(options.bytes, { isBatch: options.isBatch });
  const receivedAt = nowIso();
  const rows = prepared.rows.map((row) => ({
    ...row,
    workspace_id: options.workspaceId,
    received_at: receivedAt,
  }));
  await store.db.transaction().execute(async (trx) => {
    const stored = await findStoredOpenLineageIo(trx, {
      workspaceId: options.workspaceId,
      hashes: [...prepared.io.keys()],
    });
    await insertOpenLineageIo(
      trx,
      [...prepared.io]
        .filter(([hash]) => !stored.has(hash))
        .map(([hash, parts]) => ({ workspace_id: options.workspaceId, hash, io: ioText(parts) })),
    );
    await insertOpenLineageEvents(trx, rows);
  });
  wakers.get(store.db)?.();
  return { accepted: rows.length };
}
