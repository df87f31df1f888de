import { beforeAll, expect, test } from 'vitest';
import { applySync } from '../../sync/index.js';
import { createSyncTarget, forEachApp, runRecords } from '../../testing/index.js';

forEachApp('search route', (t) => {
  let integrationId: string;

  beforeAll(async () => {
    const { store, workspaceId, otherWorkspaceId } = t();
    ({ integrationId } = await createSyncTarget(store, { workspaceId }));
    const resources = [
      { entity_type: 'table', databuilder_id: 'o', title: 'orders', schema: 'mart', database: 'shop' },
      {
        entity_type: 'table',
        databuilder_id: 'p',
        title: 'payments',
        schema: 'mart',
        database: 'shop',
        description: 'orders paid',
      },
      { entity_type: 'column', databuilder_id: 'o.id', parent_databuilder_id: 'o', title: 'order_id' },
    ];
    await applySync(store, { integrationId, source: 'jsonl', records: runRecords({ resources }) });
    const other = await createSyncTarget(store, { workspaceId: otherWorkspaceId });
    await applySync(store, {
      integrationId: other.integrationId,
      source: 'jsonl',
      records: runRecords({
        resources: [
          { entity_type: 'table', databuilder_id: 'x', title: 'orders_secret', schema: 's', database: 'd' },
        ],
      }),
    });
  });

  const get = (url: string, role: 'viewer' | 'other' = 'viewer') =>
    t().app.inject({ method: 'GET', url, headers: t().as(role) });

  test('answers ranked hits in the list envelope, with facets', async () => {
    const res = await get('/api/v1/search?q=order');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.results.map((r: { title: string }) => r.title)).toEqual(['orders', 'order_id', 'payments']);
    expect(body.results[0]).toMatchObject({
      entity_type: 'table',
      integration: integrationId,
      match: 'title_prefix',
    });
    expect(body).toMatchObject({
      count: 3,
      total_pages: 1,
      meta: { page: 1, next_page: null },
      approximate: false,
    });
    expect(body.facets.entity_type).toEqual([
      { value: 'table', label: 'table', count: 2 },
      { value: 'column', label: 'column', count: 1 },
    ]);
    expect(body.facets.integration).toEqual([{ value: integrationId, label: expect.any(String), count: 3 }]);
  });

  test('filters by facets given once or repeated, and pages', async () => {
    const tables = (await get('/api/v1/search?q=order&entity_type=table')).json();
    expect(tables.results.map((r: { title: string }) => r.title)).toEqual(['orders', 'payments']);
    const both = (
      await get('/api/v1/search?q=order&entity_type=table&entity_type=column&page_size=1&page=2')
    ).json();
    expect(both.results.map((r: { title: string }) => r.title)).toEqual(['order_id']);
    expect(both.meta).toMatchObject({ page: 2, previous_page: 1, next_page: 3 });
    expect(both.links.next).toContain('entity_type=column');
    const none = (await get('/api/v1/search?q=order&verified=true')).json();
    expect(none).toMatchObject({ count: 0, results: [] });
  });

  test('another workspace sees only its own', async () => {
    const theirs = (await get('/api/v1/search?q=orders', 'other')).json();
    expect(theirs.results.map((r: { title: string }) => r.title)).toEqual(['orders_secret']);
    const ours = (await get('/api/v1/search?q=secret')).json();
    expect(ours.count).toBe(0);
  });

  test('FTS syntax and control characters are words, never a 500; bad filters are a 400', async () => {
    for (const q of [
      '"',
      '*',
      '-orders',
      'NEAR(orders',
      '(((',
      'orders)',
      "'",
      ':*',
      '&|!',
      'a'.repeat(1000),
    ]) {
      const res = await get(`/api/v1/search?q=${encodeURIComponent(q).replace('%2500', '%00')}`);
      expect(res.statusCode, q).toBe(200);
    }
    // NUL is refused at the edge for every route (issue 16), search included.
    expect((await get('/api/v1/search?q=orders%00')).json().error.code).toBe('invalid_text');
    expect((await get('/api/v1/search?q=a'.padEnd(1020, 'a'))).statusCode).toBe(400);
    expect((await get('/api/v1/search?q=x&verified=maybe')).statusCode).toBe(400);
    expect((await get('/api/v1/search?q=x&tag=%00')).json().error.details.field).toBe('query.tag');
    expect((await get('/api/v1/search?q=x&page=0')).statusCode).toBe(400);
  });

  test('needs a signed-in viewer', async () => {
    const res = await t().app.inject({ method: 'GET', url: '/api/v1/search?q=orders' });
    expect(res.statusCode).toBe(401);
  });
});
