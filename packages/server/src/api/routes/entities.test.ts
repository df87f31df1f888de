import { expect, test } from 'vitest';
import { addDbtTags } from '../../store/dbt/index.js';
import { deleteIntegrationRow } from '../../store/integrations/integrations.js';
import { applySync } from '../../sync/apply-sync.js';
import { createSyncTarget, runRecords } from '../../sync/sync-test-support.js';
import { forEachApp } from '../../testing/index.js';
import { warehouseTable } from '../../testing/lineage-resolution.js';

/**
 * One physical table, one catalog entity (issue 15): a warehouse import and a dbt project describing the same
 * table answer once in the catalog, the typed list and search, and the table's page is the merged entity.
 */
forEachApp('catalog entities', (t) => {
  const get = (url: string) => t().app.inject({ method: 'GET', url, headers: t().as('viewer') });
  const syncWarehouse = (integrationId: string, description = '') =>
    applySync(t().store, {
      integrationId,
      source: 'jsonl',
      records: runRecords({
        resources: warehouseTable('Shop', 'PUBLIC', 'ORDERS').map((r) =>
          r.entity_type === 'table' ? { ...r, description } : r,
        ),
      }),
    });
  const syncDbt = (integrationId: string) =>
    applySync(t().store, {
      integrationId,
      source: 'dbt',
      records: runRecords({
        resources: [
          {
            entity_type: 'table',
            databuilder_id: 'model.shop.orders',
            title: 'orders',
            schema: 'public',
            database: 'shop',
            description: 'One row per order (dbt docs).',
            definition: 'select * from raw.orders',
          },
        ],
      }),
    });
  const tablesNamedOrders = async () => {
    const res = await get(
      `/api/v1/resource/catalog?filter=${encodeURIComponent(JSON.stringify({ operator: 'exact', field: 'title', value: 'orders' }))}`,
    );
    const upper = await get(
      `/api/v1/resource/catalog?filter=${encodeURIComponent(JSON.stringify({ operator: 'exact', field: 'title', value: 'ORDERS' }))}`,
    );
    if (res.statusCode !== 200) throw new Error(res.body);
    return [...res.json().results, ...upper.json().results] as Array<{ id: string; integration: string }>;
  };

  test('a warehouse table and the dbt model that builds it are one entity with two sources', async () => {
    const { integrationId: dbt } = await createSyncTarget(t().store, { workspaceId: t().workspaceId });
    await syncDbt(dbt);
    const { integrationId: warehouse } = await createSyncTarget(t().store, { workspaceId: t().workspaceId });
    await syncWarehouse(warehouse);
    const dbtId = (
      await t()
        .store.db.selectFrom('resources')
        .select('id')
        .where('integration_id', '=', dbt)
        .executeTakeFirstOrThrow()
    ).id;
    const warehouseId = (
      await t()
        .store.db.selectFrom('resources')
        .select('id')
        .where('integration_id', '=', warehouse)
        .where('entity_type', '=', 'table')
        .executeTakeFirstOrThrow()
    ).id;
    // The entity answers under its oldest source's id (dbt's here), with the warehouse's structure and the dbt
    // description, in lists and search as on its page.
    const listed = await tablesNamedOrders();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      id: dbtId,
      integration: warehouse,
      title: 'ORDERS',
      description: 'One row per order (dbt docs).',
      sources: [warehouseId, dbtId],
    });
    const typed = (await get('/api/v1/table/tables?title__in=orders,ORDERS')).json();
    expect(typed.results.map((r: { id: string; description: string }) => [r.id, r.description])).toEqual([
      [dbtId, 'One row per order (dbt docs).'],
    ]);
    const found = (await get('/api/v1/search?q=orders&entity_type=table')).json();
    expect(found.results.map((r: { id: string }) => r.id)).toEqual([dbtId]);

    // Either source's id answers the merged entity under the entity's id.
    for (const id of [warehouseId, dbtId]) {
      const entity = (await get(`/api/v1/resource/all/${id}`)).json();
      expect(entity).toMatchObject({
        id: dbtId,
        title: 'ORDERS',
        description: 'One row per order (dbt docs).',
        definition: 'select * from raw.orders',
        sources: [warehouseId, dbtId],
      });
      expect(entity.described_by.map((s: { kind: string }) => s.kind)).toEqual(['warehouse', 'dbt']);
    }

    // Deleting the warehouse removes only its contribution: the dbt source answers alone, under the same id,
    // and keeps it when the warehouse is imported again.
    await t()
      .store.db.transaction()
      .execute((trx) => deleteIntegrationRow(trx, warehouse));
    expect((await tablesNamedOrders()).map((r) => r.id)).toEqual([dbtId]);
    const alone = (await get(`/api/v1/resource/all/${dbtId}`)).json();
    expect(alone).toMatchObject({ id: dbtId, sources: [] });
    expect(alone.described_by).toHaveLength(1);
    const { integrationId: again } = await createSyncTarget(t().store, { workspaceId: t().workspaceId });
    await syncWarehouse(again);
    expect((await tablesNamedOrders()).map((r) => [r.id, r.integration])).toEqual([[dbtId, again]]);

    // Deleting the dbt project and importing it again leaves the id to the warehouse, now the oldest source.
    await t()
      .store.db.transaction()
      .execute((trx) => deleteIntegrationRow(trx, dbt));
    const reimported = (await tablesNamedOrders()).map((r) => r.id);
    expect(reimported).toHaveLength(1);
    const { integrationId: dbtAgain } = await createSyncTarget(t().store, { workspaceId: t().workspaceId });
    await syncDbt(dbtAgain);
    expect((await tablesNamedOrders()).map((r) => r.id)).toEqual(reimported);
    await t()
      .store.db.transaction()
      .execute((trx) => deleteIntegrationRow(trx, dbtAgain));
    await t()
      .store.db.transaction()
      .execute((trx) => deleteIntegrationRow(trx, again));
  });

  test('a user edit on either source wins over both sources', async () => {
    const { integrationId: dbt } = await createSyncTarget(t().store, { workspaceId: t().workspaceId });
    await syncDbt(dbt);
    const { integrationId: warehouse } = await createSyncTarget(t().store, { workspaceId: t().workspaceId });
    await syncWarehouse(warehouse, 'warehouse comment');
    const primary = (await tablesNamedOrders()).find((r) => r.integration === warehouse)!;
    const patched = await t().app.inject({
      method: 'PATCH',
      url: `/api/v1/resource/all/${primary.id}`,
      headers: t().as('editor'),
      payload: { description: 'Edited in the catalog.' },
    });
    expect(patched.statusCode).toBe(200);
    expect((await get(`/api/v1/resource/all/${primary.id}`)).json().description).toBe(
      'Edited in the catalog.',
    );
    for (const id of [dbt, warehouse])
      await t()
        .store.db.transaction()
        .execute((trx) => deleteIntegrationRow(trx, id));
  });

  test('a tag that came from dbt can be removed from the entity, and the next dbt sync adds it no more', async () => {
    const { integrationId: warehouse } = await createSyncTarget(t().store, { workspaceId: t().workspaceId });
    await syncWarehouse(warehouse);
    const { integrationId: dbt } = await createSyncTarget(t().store, { workspaceId: t().workspaceId });
    await syncDbt(dbt);
    const dbtTags = () =>
      addDbtTags(t().store.db, t().store.flags, {
        workspaceId: t().workspaceId,
        integrationId: dbt,
        tags: new Map([['model.shop.orders', ['finance']]]),
      });
    await dbtTags();
    const tag = await t()
      .store.db.selectFrom('tags')
      .select('id')
      .where('workspace_id', '=', t().workspaceId)
      .where('name', '=', 'finance')
      .executeTakeFirstOrThrow();
    const [entity] = await tablesNamedOrders();
    expect((await get(`/api/v1/resource/all/${entity!.id}`)).json().tags).toEqual([tag.id]);

    const patched = await t().app.inject({
      method: 'PATCH',
      url: `/api/v1/resource/all/${entity!.id}`,
      headers: t().as('editor'),
      payload: { tags: [] },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().tags).toEqual([]);
    await dbtTags();
    await syncDbt(dbt);
    expect((await get(`/api/v1/resource/all/${entity!.id}`)).json().tags).toEqual([]);
    expect((await tablesNamedOrders()).map((r) => (r as unknown as { tags: string[] }).tags)).toEqual([[]]);
    for (const id of [dbt, warehouse])
      await t()
        .store.db.transaction()
        .execute((trx) => deleteIntegrationRow(trx, id));
  });
});
