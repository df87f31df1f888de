import type { Store } from '../store/database.js';
import { findIntegration } from '../store/integrations/index.js';
import { listFailingTestResults, listResourceLabels } from '../store/notifications/index.js';
import { eventsOf, type NewlyFailingResource } from './catalog-events.js';

/** The failing tests of an integration before new results are stored, keyed `resource id \0 test id`. */
export interface FailingTestsSnapshot {
  integrationId: string;
  keys: Set<string> | undefined;
}

/**
 * Reads which tests fail now, to compare with the results about to be stored. Reads nothing (and the
 * announcement will be skipped) when nobody listens for `dbt.tests.changed`.
 */
export async function snapshotFailingTests(
  store: Store,
  integrationId: string,
): Promise<FailingTestsSnapshot> {
  if (!eventsOf(store).hasListeners('dbt.tests.changed')) return { integrationId, keys: undefined };
  const rows = await listFailingTestResults(store.db, integrationId);
  return { integrationId, keys: new Set(rows.map((row) => keyOf(row))) };
}

/**
 * Emits `dbt.tests.changed` with the resources whose tests fail now and did not in the snapshot. Returns at once;
 * the comparison runs in the background after the results are committed.
 */
export function announceDbtTestsChanged(
  store: Store,
  options: { workspaceId: string; syncId: string; before: FailingTestsSnapshot },
): void {
  const hub = eventsOf(store);
  const earlier = options.before.keys;
  if (earlier === undefined || !hub.hasListeners('dbt.tests.changed')) return;
  hub.track(
    (async () => {
      const { integrationId } = options.before;
      const failing = await listFailingTestResults(store.db, integrationId);
      const fresh = failing.filter((row) => !earlier.has(keyOf(row)));
      if (fresh.length === 0) return;
      const integration = await findIntegration(store.db, options.workspaceId, integrationId);
      if (!integration) return;
      const labels = new Map(
        (await listResourceLabels(store.db, [...new Set(fresh.map((row) => row.resource_id))])).map((l) => [
          l.id,
          l,
        ]),
      );
      const byResource = new Map<string, NewlyFailingResource>();
      for (const row of fresh) {
        const label = labels.get(row.resource_id);
        if (!label) continue;
        let resource = byResource.get(row.resource_id);
        if (!resource) {
          resource = {
            resourceId: label.id,
            title: label.title,
            titleFull: label.title_full,
            entityType: label.entity_type,
            tests: [],
          };
          byResource.set(row.resource_id, resource);
        }
        resource.tests.push({
          testUniqueId: row.test_unique_id,
          name: row.test_name,
          status: row.status ?? 'fail',
          message: row.message,
        });
      }
      hub.emit('dbt.tests.changed', {
        workspaceId: options.workspaceId,
        integration: { id: integration.id, name: integration.name, type: integration.type },
        syncId: options.syncId,
        newlyFailing: [...byResource.values()],
      });
    })(),
    'dbt.tests.changed',
  );
}

function keyOf(row: { resource_id: string; test_unique_id: string }): string {
  return `${row.resource_id}\u0000${row.test_unique_id}`;
}
