import { expect, test } from 'vitest';
import { applySync } from '../../sync/index.js';
import {
  createSyncTarget,
  edge,
  forEachBackend,
  internal,
  runRecords,
  tableRun,
} from '../../testing/index.js';
import { createStagingTables, dropStagingTables } from '../sync/staging-tables.js';
import { reresolveAfterSync } from './reresolve-references.js';

/*
 * The healing rule on its own (reresolve-references.ts): after a sync of one integration writes tables, the
 * waiting or resolved references of other integrations that name them are resolved again; a reference that finds
 * a table gets its edge (owned by the declaring integration), one whose table left waits again without it.
 */
forEachBackend('reresolveAfterSync', (store) => {
  const NOW = '2030-01-02T03:04:05.000Z';
  const LATER = '2030-01-03T03:04:05.000Z';

  /** The warehouse had `refunds` once (now stale); the BI tool's dashboard reads it, so its reference waits. */
  async function waitingReference() {
    const { workspaceId, integrationId: warehouse } = await createSyncTarget(store());
    const full = [...tableRun('orders', ['id']), ...tableRun('refunds', ['id']).slice(2)];
    await applySync(store(), {
      integrationId: warehouse,
      source: 'jsonl',
      records: runRecords({ resources: full }),
    });
    await applySync(store(), {
      integrationId: warehouse,
      source: 'jsonl',
      records: runRecords({ resources: tableRun('orders', ['id']) }),
    });
    const { integrationId: bi } = await createSyncTarget(store(), { workspaceId });
    await applySync(store(), {
      integrationId: bi,
      source: 'jsonl',
      records: runRecords({
        resources: [{ entity_type: 'dashboard', databuilder_id: 'd1', title: 'Refunds' }],
        lineages: [edge({ type: 'external_table', table: 'refunds' }, internal('d1'))],
      }),
    });
    const idOf = async (integrationId: string, databuilderId: string) =>
      (
        await store()
          .db.selectFrom('resources')
          .select('id')
          .where('integration_id', '=', integrationId)
          .where('databuilder_id', '=', databuilderId)
          .executeTakeFirstOrThrow()
      ).id;
    return {
      workspaceId,
      warehouse,
      bi,
      refunds: await idOf(warehouse, 'db.public.refunds'),
      dashboard: await idOf(bi, 'd1'),
    };
  }

  const pendingOf = (integrationId: string) =>
    store()
      .db.selectFrom('pending_lineage')
      .select(['from_target_id', 'to_resource_id'])
      .where('integration_id', '=', integrationId)
      .execute();

  const edgesOf = (integrationId: string) =>
    store()
      .db.selectFrom('lineage')
      .select(['from_resource_id', 'to_resource_id'])
      .where('integration_id', '=', integrationId)
      .execute();

  /** What a sync of the warehouse does to `refunds` at `now`, then the healing pass, in one transaction. */
  async function syncWarehouse(
    w: Awaited<ReturnType<typeof waitingReference>>,
    now: string,
    refundsStale: 0 | 1,
  ): Promise<number> {
    const { flags } = store();
    return store()
      .db.transaction()
      .execute(async (trx) => {
        await createStagingTables(trx, flags);
        await trx
          .updateTable('resources')
          .set({ stale: refundsStale, stale_at: refundsStale ? now : null, updated_at: now })
          .where('id', '=', w.refunds)
          .execute();
        const healed = await reresolveAfterSync(trx, flags, {
          workspaceId: w.workspaceId,
          integrationId: w.warehouse,
          now,
        });
        await dropStagingTables(trx, flags);
        return healed;
      });
  }

  test('a waiting reference heals when the table it names comes back, with an edge of its own integration', async () => {
    const w = await waitingReference();
    expect(await pendingOf(w.bi)).toEqual([{ from_target_id: null, to_resource_id: w.dashboard }]);
    expect(await edgesOf(w.bi)).toEqual([]);
    expect(await syncWarehouse(w, NOW, 0)).toBe(1);
    expect(await pendingOf(w.bi)).toEqual([{ from_target_id: w.refunds, to_resource_id: w.dashboard }]);
    expect(await edgesOf(w.bi)).toEqual([{ from_resource_id: w.refunds, to_resource_id: w.dashboard }]);
    expect(await edgesOf(w.warehouse)).toEqual([]);
  });

  test('a resolved reference waits again, without its edge, when its table leaves', async () => {
    const w = await waitingReference();
    await syncWarehouse(w, NOW, 0);
    expect(await syncWarehouse(w, LATER, 1)).toBe(1);
    expect(await pendingOf(w.bi)).toEqual([{ from_target_id: null, to_resource_id: w.dashboard }]);
    expect(await edgesOf(w.bi)).toEqual([]);
  });

  test('a sync that did not touch the named table heals nothing', async () => {
    const w = await waitingReference();
    // `refunds` is written at NOW, but the pass looks for what the sync at LATER wrote.
    await store()
      .db.updateTable('resources')
      .set({ stale: 0, stale_at: null, updated_at: NOW })
      .where('id', '=', w.refunds)
      .execute();
    const { flags } = store();
    const healed = await store()
      .db.transaction()
      .execute(async (trx) => {
        await createStagingTables(trx, flags);
        const count = await reresolveAfterSync(trx, flags, {
          workspaceId: w.workspaceId,
          integrationId: w.warehouse,
          now: LATER,
        });
        await dropStagingTables(trx, flags);
        return count;
      });
    expect(healed).toBe(0);
    expect(await pendingOf(w.bi)).toEqual([{ from_target_id: null, to_resource_id: w.dashboard }]);
  });
});
