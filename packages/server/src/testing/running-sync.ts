import { newId } from '../lib/ids.js';
import type { TestStore } from './test-stores.js';

/** Long enough ago that any heartbeat timeout has passed. */
export const LONG_AGO = '2020-01-01T00:00:00.000Z';

/**
 * A `running` sync record started long ago, as a process that stopped mid-run leaves it: `lease` says which
 * process held it (`owner_id`, null before leases existed) and when it last beat. Answers the sync's id.
 */
export async function insertRunningSync(
  store: TestStore,
  target: { integrationId: string; workspaceId: string },
  lease: { owner_id: string | null; heartbeat_at: string | null },
): Promise<string> {
  const id = newId();
  await store.db
    .insertInto('syncs')
    .values({
      id,
      workspace_id: target.workspaceId,
      integration_id: target.integrationId,
      source: 'jsonl',
      status: 'running',
      dry_run: 0,
      started_at: LONG_AGO,
      finished_at: null,
      counts: '{}',
      warnings: '[]',
      error: null,
      logs: '[]',
      triggered_by: null,
      ...lease,
    })
    .execute();
  return id;
}
