import { sql } from 'kysely';
import { expect, test } from 'vitest';
import type { Store } from '../store/database.js';
import { forEachBackend } from '../testing/index.js';
import { applySync } from './apply-sync.js';
import { createSyncTarget, edge, internal, runRecords, tableRun } from './sync-test-support.js';

async function graphVersion(store: Store, workspaceId: string): Promise<number> {
  const { rows } = await sql<{ version: number | string }>`
    select version from lineage_graph_versions where workspace_id = ${workspaceId}`.execute(store.db);
  return Number(rows[0]?.version ?? 0);
}

async function bulkMarkers(store: Store): Promise<number> {
  const { rows } = await sql<{
    n: number | string;
  }>`select count(*) as n from lineage_graph_bulk_writes`.execute(store.db);
  return Number(rows[0]?.n ?? 0);
}

// A sync writes edges in bulk with the per-row version triggers silenced (SQLite) and bumps the version itself:
// the lineage index must still see every change a sync makes, and only those.
forEachBackend('lineage graph version across syncs', (store) => {
  const run = {
    resources: [...tableRun('orders', ['id']), ...tableRun('payments', ['id']).slice(2)],
    lineages: [edge(internal('db.public.orders.id'), internal('db.public.payments.id'))],
  };

  test('a sync that adds or removes edges moves the version; an identical re-run does not', async () => {
    const { workspaceId, integrationId } = await createSyncTarget(store());
    const before = await graphVersion(store(), workspaceId);
    await applySync(store(), { integrationId, source: 'jsonl', records: runRecords(run) });
    const afterFirst = await graphVersion(store(), workspaceId);
    expect(afterFirst).toBeGreaterThan(before);
    await applySync(store(), { integrationId, source: 'jsonl', records: runRecords(run) });
    expect(await graphVersion(store(), workspaceId)).toBe(afterFirst);
    await applySync(store(), {
      integrationId,
      source: 'jsonl',
      records: runRecords({ resources: run.resources }),
    });
    expect(await graphVersion(store(), workspaceId)).toBeGreaterThan(afterFirst);
    expect(await bulkMarkers(store())).toBe(0);
  });

  test('outside a sync, an edge written by hand still moves the version (triggers are back on)', async () => {
    const { workspaceId, integrationId } = await createSyncTarget(store());
    await applySync(store(), { integrationId, source: 'jsonl', records: runRecords(run) });
    const ids = await store()
      .db.selectFrom('resources')
      .select(['id', 'databuilder_id'])
      .where('integration_id', '=', integrationId)
      .execute();
    const idOf = (databuilderId: string) => ids.find((row) => row.databuilder_id === databuilderId)!.id;
    const before = await graphVersion(store(), workspaceId);
    const now = new Date().toISOString();
    await store()
      .db.insertInto('lineage')
      .values({
        id: `manual-${integrationId}`,
        workspace_id: workspaceId,
        from_resource_id: idOf('db.public.payments'),
        to_resource_id: idOf('db.public.orders'),
        is_manual: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    expect(await graphVersion(store(), workspaceId)).toBeGreaterThan(before);
  });

  test('a failed sync leaves neither a bump nor a silenced workspace behind', async () => {
    const { workspaceId, integrationId } = await createSyncTarget(store());
    const before = await graphVersion(store(), workspaceId);
    const broken = runRecords({ ...run, lineages: [...run.lineages, { from_identifier: 42 }] });
    await expect(applySync(store(), { integrationId, source: 'jsonl', records: broken })).rejects.toThrow();
    expect(await graphVersion(store(), workspaceId)).toBe(before);
    expect(await bulkMarkers(store())).toBe(0);
  });
});
