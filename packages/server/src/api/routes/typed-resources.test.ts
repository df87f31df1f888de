import { beforeAll, expect, test } from 'vitest';
import { seedIntegration, seedResource } from '../../catalog/testing/seed-catalog.js';
import { forEachApp } from '../../testing/index.js';

forEachApp('typed resource routes', (t) => {
  const created: Record<string, { id: string; title_full: string }> = {};

  const post = (path: string, payload: unknown, role: 'editor' | 'viewer' | 'admin' = 'editor') =>
    t().app.inject({
      method: 'POST',
      url: `/api/v1/${path}`,
      headers: t().as(role),
      payload: payload as object,
    });

  beforeAll(async () => {
    const chain: Array<[string, string, Record<string, unknown>]> = [
      ['db', 'database/databases', { title: 'warehouse' }],
      ['schema', 'database/schemas', { title: 'sales', parent: 'db' }],
      [
        'table',
        'table/tables',
        { title: 'orders', parent: 'schema', description: 'hand made', owners: ['o@example.com'] },
      ],
      [
        'column',
        'table/columns',
        { title: 'amount', parent: 'table', type: 'numeric', sort_order: 2, is_pk: false },
      ],
      ['dashboard', 'dashboard/dashboards', { title: 'Revenue' }],
      ['chart', 'dashboard/charts', { title: 'By month', parent: 'dashboard' }],
    ];
    for (const [key, path, body] of chain) {
      const parent = body.parent ? created[body.parent as string]!.id : undefined;
      const res = await post(path, { ...body, ...(parent ? { parent } : {}) });
      if (res.statusCode !== 201) throw new Error(`${path}: ${res.statusCode} ${res.body}`);
      created[key] = res.json();
    }
  });

  test('POST creates hand-made resources with derived full titles and type fields', async () => {
    const { app } = t();
    const table = await app.inject({
      method: 'GET',
      url: `/api/v1/table/tables/${created.table!.id}`,
      headers: t().as('viewer'),
    });
    expect(table.json()).toMatchObject({
      entity_type: 'table',
      title_full: 'warehouse.sales.orders',
      schema: 'sales',
      database: 'warehouse',
      integration: null,
      parent: created.schema!.id,
      children_count: 1,
      description: 'hand made',
      owners: [],
      external_owners: ['o@example.com'],
    });
    expect(created.column).toMatchObject({
      title_full: 'warehouse.sales.orders.amount',
      type: 'numeric',
      sort_order: 2,
      is_pk: false,
    });
    expect(created.chart).toMatchObject({ title_full: 'Revenue.By month', entity_type: 'chart' });
    expect(created.db).not.toHaveProperty('schema');
  });

  test('a typed route answers 404 for an id of another entity type', async () => {
    const res = await t().app.inject({
      method: 'GET',
      url: `/api/v1/table/tables/${created.column!.id}`,
      headers: t().as('viewer'),
    });
    expect(res.statusCode).toBe(404);
    const patch = await t().app.inject({
      method: 'PATCH',
      url: `/api/v1/dashboard/charts/${created.table!.id}`,
      headers: t().as('editor'),
      payload: { pii: true },
    });
    expect(patch.statusCode).toBe(404);
    const del = await t().app.inject({
      method: 'DELETE',
      url: `/api/v1/database/databases/${created.table!.id}`,
      headers: t().as('editor'),
    });
    expect(del.statusCode).toBe(404);
  });

  test('lists filter by integration_id, parent_id and title (and __in lists)', async () => {
    const { app, store, workspaceId } = t();
    const integrationId = await seedIntegration(store.db, { workspaceId });
    const synced = await seedResource(store.db, {
      workspace_id: workspaceId,
      integration_id: integrationId,
      entity_type: 'table',
      title: 'synced',
    });
    await seedResource(store.db, {
      workspace_id: workspaceId,
      entity_type: 'table',
      title: 'gone',
      stale: 1,
    });
    const list = async (query: string) => {
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1/table/tables?${query}`,
        headers: t().as('viewer'),
      });
      expect(res.statusCode, res.body).toBe(200);
      return res
        .json()
        .results.map((r: { title: string }) => r.title)
        .sort();
    };
    expect(await list('')).toEqual(['orders', 'synced']);
    expect(await list(`integration_id=${integrationId}`)).toEqual(['synced']);
    expect(await list(`parent_id=${created.schema!.id}`)).toEqual(['orders']);
    expect(await list('title=orders')).toEqual(['orders']);
    expect(await list('title__in=orders,synced')).toEqual(['orders', 'synced']);
    expect(await list(`parent_id__in=${created.schema!.id}&title=synced`)).toEqual([]);
    const columns = await app.inject({
      method: 'GET',
      url: '/api/v1/table/columns/',
      headers: t().as('viewer'),
    });
    expect(columns.json()).toMatchObject({ count: 1, total_pages: 1, meta: { page: 1, next_page: null } });
    expect(synced).toBeTruthy();
  });

  test('renaming a hand-made table re-derives the full titles below it', async () => {
    const res = await t().app.inject({
      method: 'PATCH',
      url: `/api/v1/table/tables/${created.table!.id}`,
      headers: t().as('editor'),
      payload: { title: 'purchases' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().title_full).toBe('warehouse.sales.purchases');
    const column = await t().app.inject({
      method: 'GET',
      url: `/api/v1/table/columns/${created.column!.id}`,
      headers: t().as('viewer'),
    });
    expect(column.json().title_full).toBe('warehouse.sales.purchases.amount');
  });

  test('renaming a hand-made database carries the name to its schemas, tables and columns', async () => {
    const res = await t().app.inject({
      method: 'PATCH',
      url: `/api/v1/database/databases/${created.db!.id}`,
      headers: t().as('editor'),
      payload: { title: 'lake' },
    });
    expect(res.statusCode).toBe(200);
    const get = async (path: string, id: string) =>
      (
        await t().app.inject({ method: 'GET', url: `/api/v1/${path}/${id}`, headers: t().as('viewer') })
      ).json();
    expect((await get('database/schemas', created.schema!.id)).title_full).toBe('lake.sales');
    expect(await get('table/tables', created.table!.id)).toMatchObject({
      database: 'lake',
      title_full: 'lake.sales.purchases',
    });
    expect((await get('table/columns', created.column!.id)).title_full).toBe('lake.sales.purchases.amount');
  });

  test('a parent of the wrong type or of another workspace answers 422', async () => {
    const wrong = await post('table/tables', { title: 'x', parent: created.db!.id });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error).toMatchObject({ code: 'invalid_parent', details: { field: 'parent' } });
    const theirs = await t().app.inject({
      method: 'POST',
      url: '/api/v1/database/databases',
      headers: t().as('other'),
      payload: { title: 'theirs' },
    });
    const foreign = await post('database/schemas', { title: 'x', parent: theirs.json().id });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().error.code).toBe('resource_not_found');
  });

  test('viewers cannot create; malformed bodies answer 4xx', async () => {
    expect((await post('table/tables', { title: 'x' }, 'viewer')).statusCode).toBe(403);
    const headers = { ...t().as('editor'), 'content-type': 'application/json' };
    const cases: Array<[string, string, number]> = [
      ['table/tables', '{"title":', 400],
      ['table/tables', '{"title":""}', 400],
      ['table/tables', '{"title":"x","type":"int"}', 400],
      ['table/columns', '{"title":"x","sort_order":"first"}', 400],
      ['dashboard/charts', '{"title":"x","schema":"s"}', 400],
      ['database/databases', JSON.stringify({ title: 'x', definition: 'd'.repeat(3_000_000) }), 413],
    ];
    for (const [path, payload, status] of cases) {
      const res = await t().app.inject({ method: 'POST', url: `/api/v1/${path}`, headers, payload });
      expect(res.statusCode, `${path} ${payload.slice(0, 30)}`).toBe(status);
      expect(res.json().error.code).toBeTypeOf('string');
    }
  });

  test('creations are audited', async () => {
    const rows = await t()
      .store.db.selectFrom('audit_logs')
      .select(['entity_id', 'after'])
      .where('action', '=', 'create')
      .where('entity_type', '=', 'resource')
      .where('entity_id', '=', created.column!.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]!.after!).title).toBe('amount');
  });
});
