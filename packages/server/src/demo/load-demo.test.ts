import { expect, test } from 'vitest';
import { dumpCatalog } from '../sync/sync-test-support.js';
import { forEachApp, type TestApp } from '../testing/index.js';

const loadDemo = (t: TestApp, payload: Record<string, unknown> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/demo', headers: t.as('admin'), payload });

forEachApp('demo catalog', (t) => {
  test('loads the shop through the sync engine: two integrations, both syncs succeed', async () => {
    const res = await loadDemo(t());
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.integrations.map((i: { name: string; type: string }) => [i.name, i.type])).toEqual([
      ['Demo shop', 'demo'],
      ['Demo shop dbt', 'dbt'],
    ]);
    expect(body.syncs.map((s: { status: string }) => s.status)).toEqual(['succeeded', 'succeeded']);
    expect(body.syncs[0].counts.created).toBeGreaterThan(40);
    expect(body.syncs[1].warnings).toEqual([]);
    expect(body.edits).toBeGreaterThan(0);
  });

  test('each table answers once in the catalog and in search, described by the warehouse and dbt', async () => {
    const get = (url: string) => t().app.inject({ method: 'GET', url, headers: t().as('viewer') });
    const filter = encodeURIComponent(
      JSON.stringify({ operator: 'exact', field: 'entity_type', value: 'table' }),
    );
    const tables = (await get(`/api/v1/resource/catalog?filter=${filter}&page_size=100`)).json()
      .results as Array<{
      id: string;
      title_full: string;
    }>;
    const addresses = tables.map((table) => table.title_full.toLowerCase());
    expect(addresses.length).toBeGreaterThanOrEqual(8);
    expect(new Set(addresses).size).toBe(addresses.length);
    const found = (await get('/api/v1/search?q=fct_orders&entity_type=table')).json().results;
    expect(found).toHaveLength(1);
    const entity = (await get(`/api/v1/resource/all/${found[0].id}`)).json();
    expect(entity.described_by.map((s: { integration_type: string }) => s.integration_type)).toEqual([
      'demo',
      'dbt',
    ]);
    // And once in the lineage graph: the dbt model and the warehouse table are one node, with both one's edges.
    const graph = (
      await get(`/api/v1/lineage/graph?resource_id=${found[0].id}&direction=both&depth=5`)
    ).json();
    const nodes = graph.nodes as Array<{ id: string; title_full: string; entity_type: string }>;
    const tableNodes = nodes.filter((node) => node.entity_type === 'table').map((node) => node.title_full);
    expect(new Set(tableNodes.map((name) => name.toLowerCase())).size).toBe(tableNodes.length);
    expect(graph.root).toBe(entity.id);
    expect(tableNodes.length).toBeGreaterThanOrEqual(3);
    const titles = new Map(nodes.map((node) => [node.id, node.title_full]));
    const edges = (graph.edges as Array<{ from: string; to: string }>).map(
      (edge) => `${titles.get(edge.from)} > ${titles.get(edge.to)}`,
    );
    expect(edges.every((edge) => edge.split(' > ')[0] !== edge.split(' > ')[1])).toBe(true);
  });

  test('column lineage runs raw → staging → mart → chart, and dbt models link to warehouse tables', async () => {
    const { db } = t().store;
    const ids = new Map(
      (await db.selectFrom('resources').select(['id', 'databuilder_id']).execute()).map((r) => [
        r.databuilder_id,
        r.id,
      ]),
    );
    const edges = new Set(
      (await db.selectFrom('lineage').select(['from_resource_id', 'to_resource_id']).execute()).map(
        (e) => `${e.from_resource_id}>${e.to_resource_id}`,
      ),
    );
    const path = [
      'shop.raw.orders.amount_cents',
      'shop.staging.stg_orders.amount',
      'shop.marts.fct_orders.amount',
      'bi.revenue-overview.revenue-by-day',
    ];
    for (let i = 1; i < path.length; i++) {
      expect(edges.has(`${ids.get(path[i - 1]!)}>${ids.get(path[i]!)}`), `${path[i - 1]} → ${path[i]}`).toBe(
        true,
      );
    }
    expect(edges.has(`${ids.get('shop.marts.fct_orders')}>${ids.get('bi.revenue-overview')}`)).toBe(true);
    // dbt: column lineage computed from the compiled SQL, and the model builds the warehouse table.
    expect(
      edges.has(
        `${ids.get('source.demo_shop.raw.orders.amount_cents')}>${ids.get('model.demo_shop.stg_orders.amount')}`,
      ),
    ).toBe(true);
    expect(edges.has(`${ids.get('model.demo_shop.fct_orders')}>${ids.get('shop.marts.fct_orders')}`)).toBe(
      true,
    );
    // Every external reference resolved (references are kept with their target, to re-resolve on changes).
    const pending = await db
      .selectFrom('pending_lineage')
      .select('id')
      .where((eb) =>
        eb.or([
          eb.and([eb('from_ref', 'is not', null), eb('from_target_id', 'is', null)]),
          eb.and([eb('to_ref', 'is not', null), eb('to_target_id', 'is', null)]),
        ]),
      )
      .execute();
    expect(pending).toEqual([]);
  });

  test('one dbt test fails, on stg_orders; PII, verified and tags are set', async () => {
    const { results } = (
      await t().app.inject({
        method: 'GET',
        url: '/api/v1/integration/integrations?type=dbt',
        headers: t().as('viewer'),
      })
    ).json();
    const failing = (
      await t().app.inject({
        method: 'GET',
        url: `/api/v1/integration/dbt/${results[0].id}/failing_tests`,
        headers: t().as('viewer'),
      })
    ).json();
    expect(failing.failing).toHaveLength(2);
    const titles = await t()
      .store.db.selectFrom('resources')
      .select(['title', 'entity_type'])
      .where('id', 'in', failing.failing)
      .execute();
    expect(titles.map((r) => r.title).sort()).toEqual(['status', 'stg_orders']);
    const email = await t()
      .store.db.selectFrom('resources')
      .select(['pii'])
      .where('databuilder_id', '=', 'shop.raw.customers.email')
      .executeTakeFirstOrThrow();
    expect(email.pii).toBe(1);
    const fct = await t()
      .store.db.selectFrom('resources')
      .innerJoin('resource_tags', 'resource_tags.resource_id', 'resources.id')
      .innerJoin('tags', 'tags.id', 'resource_tags.tag_id')
      .select(['resources.verified', 'tags.name'])
      .where('resources.databuilder_id', '=', 'shop.marts.fct_orders')
      .execute();
    expect(fct).toEqual([{ verified: 1, name: 'finance' }]);
  });

  test('loading twice changes nothing', async () => {
    const before = await dumpCatalog(t().store);
    const audits = await t().store.db.selectFrom('audit_logs').select('id').execute();
    const again = await loadDemo(t());
    expect(again.statusCode).toBe(200);
    const body = again.json();
    for (const sync of body.syncs) {
      expect(sync.status).toBe('succeeded');
      expect(sync.counts).toMatchObject({ created: 0, updated: 0, staled: 0, revived: 0 });
    }
    expect(body.edits).toBe(0);
    expect(await dumpCatalog(t().store)).toBe(before);
    expect(await t().store.db.selectFrom('audit_logs').select('id').execute()).toHaveLength(audits.length);
  });

  test('a workspace with its own integrations gets 409 catalog_not_empty unless force; editors get 403', async () => {
    const own = await t().app.inject({
      method: 'POST',
      url: '/api/v1/integration/integrations',
      headers: t().as('admin'),
      payload: { name: 'My warehouse', type: 'custom' },
    });
    expect(own.statusCode).toBe(201);
    const refused = await loadDemo(t());
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('catalog_not_empty');
    expect((await loadDemo(t(), { force: true })).statusCode).toBe(200);
    const asEditor = await t().app.inject({
      method: 'POST',
      url: '/api/v1/demo',
      headers: t().as('editor'),
      payload: {},
    });
    expect(asEditor.statusCode).toBe(403);
  });

  test('the route takes no body too (the UI button posts none)', async () => {
    const res = await t().app.inject({ method: 'POST', url: '/api/v1/demo', headers: t().as('admin') });
    // Read as `{}`: not a 400; after the test above, the workspace has its own integration, hence 409.
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.code).toBe('catalog_not_empty');
  });
});
