import { expect, test } from 'vitest';
import { searchCatalog } from '../../catalog/read-resources.js';
import { applySync } from '../../sync/apply-sync.js';
import { createSyncTarget, runRecords } from '../../sync/sync-test-support.js';
import { forEachBackend } from '../../testing/index.js';
import { warehouseTable } from '../../testing/lineage-resolution.js';
import { deleteIntegrationRow, recordIntegrationAddress } from '../integrations/integrations.js';
import { findEntitySources } from './entity-sources.js';
import { findEntityIdChanges, refreshEntityIds } from './refresh-entity-ids.js';

/**
 * `resources.entity_id` (issue 15): kept by syncs, deletions and address changes, in whatever order they come, so
 * that lists read one column per row. Each case checks the stored column, what a list answers, and that the
 * column is what the sources give when worked out afresh.
 */
forEachBackend('entity ids kept by the sync', (store) => {
  const tables = (name: string) => ({ resources: warehouseTable('shop', 'public', name) });

  async function setUp() {
    const { workspaceId, integrationId: first } = await createSyncTarget(store());
    const { integrationId: second } = await createSyncTarget(store(), { workspaceId });
    return { workspaceId, first, second };
  }

  const sync = (integrationId: string, run: { resources: unknown[] }) =>
    applySync(store(), { integrationId, source: 'jsonl', records: runRecords(run) });

  /** Each live table of the workspace: `integration → entity integration` (`self` when under its own id). */
  async function entityOwners(workspaceId: string, names: Record<string, string>) {
    const rows = await store()
      .db.selectFrom('resources as r')
      .leftJoin('resources as e', 'e.id', 'r.entity_id')
      .select(['r.integration_id', 'e.integration_id as entity_integration'])
      .where('r.workspace_id', '=', workspaceId)
      .where('r.entity_type', '=', 'table')
      .where('r.stale', '=', 0)
      .execute();
    expect(
      await findEntityIdChanges(store().db, store().flags, { workspaceId, changed: { kind: 'all' } }),
    ).toEqual([]);
    return rows
      .map(
        (row) =>
          `${names[row.integration_id!]} → ${row.entity_integration ? names[row.entity_integration] : 'self'}`,
      )
      .sort();
  }

  const listed = async (workspaceId: string) =>
    (
      await searchCatalog(store(), {
        workspaceId,
        filter: JSON.stringify({ operator: 'exact', field: 'entity_type', value: 'table' }),
        page: { limit: 10, offset: 0 },
      })
    ).count;

  test('the later source names the older one, whichever integration synced first', async () => {
    const { workspaceId, first, second } = await setUp();
    const names = { [first]: 'first', [second]: 'second' };
    await sync(second, tables('orders'));
    await sync(first, tables('orders'));
    expect(await entityOwners(workspaceId, names)).toEqual(['first → second', 'second → self']);
    expect(await listed(workspaceId)).toBe(1);
  });

  test('deleting the oldest source hands the entity to the next one; re-importing joins it again', async () => {
    const { workspaceId, first, second } = await setUp();
    const names: Record<string, string> = { [first]: 'first', [second]: 'second' };
    await sync(first, tables('orders'));
    await sync(second, tables('orders'));
    expect(await entityOwners(workspaceId, names)).toEqual(['first → self', 'second → first']);
    await store()
      .db.transaction()
      .execute((trx) => deleteIntegrationRow(trx, first));
    expect(await entityOwners(workspaceId, names)).toEqual(['second → self']);
    const { integrationId: third } = await createSyncTarget(store(), { workspaceId });
    names[third] = 'third';
    await sync(third, tables('orders'));
    expect(await entityOwners(workspaceId, names)).toEqual(['second → self', 'third → second']);
    expect(await listed(workspaceId)).toBe(1);
  });

  test('deleting the source that linked two others parts them', async () => {
    const { workspaceId, first, second } = await setUp();
    const names = { [first]: 'first', [second]: 'second' };
    // Two tables of one integration at one address (a dbt project's source and model of one relation) share no
    // entity with each other, only through another integration's table of that address.
    const table = (databuilder_id: string) => ({
      entity_type: 'table',
      databuilder_id,
      title: 'orders',
      schema: 'public',
      database: 'shop',
    });
    await sync(second, { resources: [table('source'), table('model')] });
    await sync(first, { resources: [table('orders')] });
    expect(await entityOwners(workspaceId, names)).toEqual([
      'first → second',
      'second → second',
      'second → self',
    ]);
    expect(await listed(workspaceId)).toBe(1);
    await store()
      .db.transaction()
      .execute((trx) => deleteIntegrationRow(trx, first));
    expect(await entityOwners(workspaceId, names)).toEqual(['second → self', 'second → self']);
    expect(await listed(workspaceId)).toBe(2);
  });

  test('a staled source leaves the entity; revived, it is its id again', async () => {
    const { workspaceId, first, second } = await setUp();
    const names = { [first]: 'first', [second]: 'second' };
    await sync(first, tables('orders'));
    await sync(second, tables('orders'));
    // The first integration no longer declares `orders`: it is staled, the second's table stands alone.
    await sync(first, tables('users'));
    expect(await entityOwners(workspaceId, names)).toEqual(['first → self', 'second → self']);
    expect(await listed(workspaceId)).toBe(2);
    await sync(first, tables('orders'));
    expect(await entityOwners(workspaceId, names)).toEqual(['first → self', 'second → first']);
    const second_orders = await store()
      .db.selectFrom('resources')
      .select('id')
      .where('integration_id', '=', second)
      .where('entity_type', '=', 'table')
      .executeTakeFirstOrThrow();
    expect(await findEntitySources(store().db, { workspaceId, id: second_orders.id })).toHaveLength(2);
  });

  test('a host recorded later parts two connectors’ tables, and joins them again', async () => {
    const { workspaceId, first, second } = await setUp();
    const names = { [first]: 'first', [second]: 'second' };
    await sync(first, tables('orders'));
    await sync(second, tables('orders'));
    const flags = store().flags;
    await recordIntegrationAddress(store().db, flags, {
      integrationId: first,
      host: 'a',
      dialect: 'postgres',
    });
    expect(await entityOwners(workspaceId, names)).toEqual(['first → self', 'second → first']);
    await recordIntegrationAddress(store().db, flags, {
      integrationId: second,
      host: 'b',
      dialect: 'postgres',
    });
    expect(await entityOwners(workspaceId, names)).toEqual(['first → self', 'second → self']);
    await recordIntegrationAddress(store().db, flags, {
      integrationId: second,
      host: 'a',
      dialect: 'postgres',
    });
    expect(await entityOwners(workspaceId, names)).toEqual(['first → self', 'second → first']);
  });

  test('a store whose column was never filled is filled by working out every table (the migration)', async () => {
    const { workspaceId, first, second } = await setUp();
    await sync(first, tables('orders'));
    await sync(second, tables('orders'));
    await store()
      .db.updateTable('resources')
      .set({ entity_id: null })
      .where('workspace_id', '=', workspaceId)
      .execute();
    const changed = { workspaceId, changed: { kind: 'all' } as const };
    expect(await findEntityIdChanges(store().db, store().flags, changed)).toHaveLength(1);
    expect(await refreshEntityIds(store().db, store().flags, changed)).toBe(1);
    expect(await findEntityIdChanges(store().db, store().flags, changed)).toEqual([]);
  });
});
