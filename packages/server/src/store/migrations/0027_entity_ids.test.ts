import { expect, test } from 'vitest';
import { applySync } from '../../sync/apply-sync.js';
import { createSyncTarget, runRecords } from '../../sync/sync-test-support.js';
import { forEachBackend } from '../../testing/index.js';
import { warehouseTable } from '../../testing/lineage-resolution.js';
import { findEntityIdChanges } from '../catalog/refresh-entity-ids.js';
import { fillEntityIds } from './0027_entity_ids.js';

forEachBackend('migration 0027: entity ids filled for stores from before the column', (store) => {
  test('every workspace’s later sources get their entity’s id, the rest stay null', async () => {
    const workspaces: string[] = [];
    for (const name of ['orders', 'users']) {
      const { workspaceId, integrationId: first } = await createSyncTarget(store());
      const { integrationId: second } = await createSyncTarget(store(), { workspaceId });
      for (const integrationId of [first, second]) {
        await applySync(store(), {
          integrationId,
          source: 'jsonl',
          records: runRecords({ resources: warehouseTable('shop', 'public', name) }),
        });
      }
      workspaces.push(workspaceId);
    }
    // What the column holds right after it is added.
    await store().db.updateTable('resources').set({ entity_id: null }).execute();
    await fillEntityIds(store().db);
    for (const workspaceId of workspaces) {
      const all = { workspaceId, changed: { kind: 'all' } as const };
      expect(await findEntityIdChanges(store().db, store().flags, all)).toEqual([]);
      const named = await store()
        .db.selectFrom('resources')
        .select(['id', 'entity_id'])
        .where('workspace_id', '=', workspaceId)
        .where('entity_type', '=', 'table')
        .orderBy('id')
        .execute();
      expect(named.map((row) => row.entity_id)).toEqual([null, named[0]!.id]);
    }
  });
});
