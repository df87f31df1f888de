import type { Store } from '../store/database.js';
import { findIntegration } from '../store/integrations/index.js';
import { countLiveResources, findSyncOwner } from '../store/notifications/index.js';
import { findSyncRecord } from '../store/sync/index.js';
import type { SyncRecord } from '../store/sync/sync-record-types.js';
import { eventsOf } from './catalog-events.js';

/**
 * Emits `sync.finished` for a sync whose end is recorded. Returns at once: the facts are read in the background
 * (only when someone listens), so a sync never waits for, nor fails because of, its announcement.
 */
export function announceSyncFinished(store: Store, syncId: string): void {
  const hub = eventsOf(store);
  if (!hub.hasListeners('sync.finished')) return;
  hub.track(
    (async () => {
      const owner = await findSyncOwner(store.db, syncId);
      if (!owner) return;
      const record = await findSyncRecord(store.db, { integrationId: owner.integration_id, syncId });
      const integration = await findIntegration(store.db, owner.workspace_id, owner.integration_id);
      if (!record || !integration || record.dry_run) return;
      // Counting is only worth it when the run staled something: the share is 0 otherwise.
      const staled = record.status === 'succeeded' ? record.counts.staled : 0;
      const resourcesBefore =
        staled > 0 ? liveBefore(record, await countLiveResources(store.db, integration.id)) : null;
      hub.emit('sync.finished', {
        workspaceId: owner.workspace_id,
        integration: { id: integration.id, name: integration.name, type: integration.type },
        record,
        resourcesBefore,
        staledShare: record.status !== 'succeeded' ? null : resourcesBefore ? staled / resourcesBefore : 0,
      });
    })(),
    'sync.finished',
  );
}

/** Live before = live after − created − revived + staled. */
function liveBefore(record: SyncRecord, liveAfter: number): number {
  const { created, revived, staled } = record.counts;
  return Math.max(0, liveAfter - created - revived + staled);
}
