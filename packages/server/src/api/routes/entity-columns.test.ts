import type { Resource } from '@sextant/sdk';
import { expect, test } from 'vitest';
import { applySync } from '../../sync/apply-sync.js';
import { createSyncTarget, runRecords } from '../../sync/sync-test-support.js';
import { forEachApp } from '../../testing/index.js';

const table = (
  id: string,
  columns: Array<{ name: string; type?: string; description?: string }>,
  title = 'payments',
): Resource[] => [
  { entity_type: 'table', databuilder_id: id, title, schema: 'mart', database: 'shop' },
  ...columns.map(
    (column, i): Resource => ({
      entity_type: 'column',
      databuilder_id: `${id}.${column.name}`,
      parent_databuilder_id: id,
      title: column.name,
      sort_order: i + 1,
      ...(column.type ? { type: column.type } : {}),
      ...(column.description ? { description: column.description } : {}),
    }),
  ),
];

/** A merged table's columns (issue 15): the same-named columns of its sources are one column. */
forEachApp('columns of an entity', (t) => {
  test('the typed column list of an entity merges its sources’ columns by name', async () => {
    const { integrationId: dbt } = await createSyncTarget(t().store, { workspaceId: t().workspaceId });
    await applySync(t().store, {
      integrationId: dbt,
      source: 'dbt',
      records: runRecords({
        resources: table('model.shop.payments', [
          { name: 'id', description: 'One payment (dbt docs).' },
          { name: 'AMOUNT' },
        ]),
      }),
    });
    const { integrationId: warehouse } = await createSyncTarget(t().store, { workspaceId: t().workspaceId });
    await applySync(t().store, {
      integrationId: warehouse,
      source: 'jsonl',
      records: runRecords({
        resources: table('shop.mart.payments', [
          { name: 'id', type: 'integer' },
          { name: 'amount', type: 'numeric', description: 'In cents.' },
          { name: 'paid_at', type: 'timestamp' },
        ]),
      }),
    });
    const idOf = async (integrationId: string, databuilderId: string) =>
      (
        await t()
          .store.db.selectFrom('resources')
          .select('id')
          .where('integration_id', '=', integrationId)
          .where('databuilder_id', '=', databuilderId)
          .executeTakeFirstOrThrow()
      ).id;
    const entityId = await idOf(dbt, 'model.shop.payments');
    const columns = async () => {
      const res = await t().app.inject({
        url: `/api/v1/table/columns?parent_id=${entityId}`,
        headers: t().as('viewer'),
      });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as {
        count: number;
        results: Array<{ id: string; title: string; type: string; description: string; parent: string }>;
      };
      expect(body.count).toBe(body.results.length);
      return body.results.map((c) => ({ ...c, id: c.id, parent: c.parent }));
    };
    const warehouseId = await idOf(warehouse, 'shop.mart.payments.id');
    const listed = await columns();
    expect(listed.map((c) => [c.title, c.type, c.description, c.parent])).toEqual([
      ['id', 'integer', 'One payment (dbt docs).', entityId],
      ['amount', 'numeric', 'In cents.', entityId],
      ['paid_at', 'timestamp', '', entityId],
    ]);
    expect(listed[0]!.id).toBe(warehouseId);

    // A user's edit of a column's description wins over dbt's.
    const patched = await t().app.inject({
      method: 'PATCH',
      url: `/api/v1/resource/all/${warehouseId}`,
      headers: t().as('editor'),
      payload: { description: 'Edited in the catalog.' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect((await columns())[0]!.description).toBe('Edited in the catalog.');
  });

  test('an entity counts its sources’ columns once per name in children_count', async () => {
    const sync = async (source: 'dbt' | 'jsonl', resources: Resource[]) => {
      const { integrationId } = await createSyncTarget(t().store, { workspaceId: t().workspaceId });
      await applySync(t().store, { integrationId, source, records: runRecords({ resources }) });
      return integrationId;
    };
    const warehouse = await sync(
      'jsonl',
      table('shop.mart.refunds', [{ name: 'id' }, { name: 'amount' }, { name: 'paid_at' }], 'refunds'),
    );
    await sync(
      'dbt',
      table('model.shop.refunds', [{ name: 'ID' }, { name: 'amount' }, { name: 'note' }], 'refunds'),
    );
    const entityId = (
      await t()
        .store.db.selectFrom('resources')
        .select('id')
        .where('integration_id', '=', warehouse)
        .where('databuilder_id', '=', 'shop.mart.refunds')
        .executeTakeFirstOrThrow()
    ).id;
    const get = async (url: string) => {
      const res = await t().app.inject({ url, headers: t().as('viewer') });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    // id, amount, paid_at and note: the warehouse row alone has 3 columns, the two sources 6 rows.
    expect((await get(`/api/v1/resource/all/${entityId}`)).children_count).toBe(4);
    const filter = encodeURIComponent(
      JSON.stringify({ operator: 'exact', field: 'title', value: 'refunds' }),
    );
    const listed = await get(`/api/v1/resource/catalog?filter=${filter}`);
    expect(
      listed.results.map((r: { id: string; children_count: number }) => [r.id, r.children_count]),
    ).toEqual([[entityId, 4]]);
    expect((await get(`/api/v1/table/columns?parent_id=${entityId}`)).count).toBe(4);
  });
});
