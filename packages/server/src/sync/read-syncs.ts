import { NotFoundError } from '../errors/index.js';
import type { Store } from '../store/database.js';
import { findSyncRecord, findSyncTarget, listSyncRecords, type SyncTarget } from '../store/sync/index.js';
import type { SyncRecord } from './sync-types.js';

/** The integration a sync or an upload addresses; another workspace's integration is "not found". */
export async function getSyncTarget(
  store: Store,
  options: { workspaceId: string; integrationId: string },
): Promise<SyncTarget> {
  const target = await findSyncTarget(store.db, store.flags, {
    integrationId: options.integrationId,
    lock: false,
  });
  if (!target || target.workspace_id !== options.workspaceId) {
    throw new NotFoundError('integration_not_found', `integration ${options.integrationId} not found`, {
      integration_id: options.integrationId,
    });
  }
  return target;
}

/** One page of an integration's syncs, newest first. */
export async function listIntegrationSyncs(
  store: Store,
  options: { workspaceId: string; integrationId: string; offset: number; limit: number },
): Promise<{ count: number; results: SyncRecord[] }> {
  await getSyncTarget(store, options);
  return listSyncRecords(store.db, options);
}

/** One sync of an integration; throws `sync_not_found` when it is not that integration's. */
export async function getIntegrationSync(
  store: Store,
  options: { workspaceId: string; integrationId: string; syncId: string },
): Promise<SyncRecord> {
  await getSyncTarget(store, options);
  const record = await findSyncRecord(store.db, options);
  if (!record)
    throw new NotFoundError('sync_not_found', `sync ${options.syncId} not found`, {
      sync_id: options.syncId,
    });
  return record;
}
