import type { Store } from '../store/database.js';
import { listSyncLogs, type SyncLogEntry } from '../store/jobs/index.js';
import { getIntegrationSync } from '../sync/read-syncs.js';

/** One page of a sync's log lines (the integration's own, its http calls, the runner's), oldest first. */
export async function listRunLogs(
  store: Store,
  options: { workspaceId: string; integrationId: string; syncId: string; offset: number; limit: number },
): Promise<{ count: number; results: SyncLogEntry[] }> {
  await getIntegrationSync(store, options);
  return listSyncLogs(store.db, options);
}
