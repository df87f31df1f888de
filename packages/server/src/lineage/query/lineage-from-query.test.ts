import { beforeAll, expect, test } from 'vitest';
import { applySync } from '../../sync/apply-sync.js';
import { runRecords } from '../../sync/sync-test-support.js';
import { forEachApp } from '../../testing/index.js';
import { link, schemaResources, syncIntoApp, tableResources } from '../graph/test-catalog.js';

const REVENUE_SQL = `insert into mart.revenue (customer_id, total)
  select c.id, sum(o.amount) from raw.orders o join raw.customers c on c.id = o.customer_id
  where o.amount > 0 group by c.id`;

forEachApp('lineage_from_query routes', (t) => {
  let ids: Record<string, string>;
  let warehouse: string;
  const run = {
    resources: [
      ...schemaResources(['raw', 'mart', 'other']),
      ...tableResources('raw', 'orders', ['id', 'amount', 'customer_id']),
      ...tableResources('raw', 'customers', ['id', 'name']),
      ...tableResources('raw', 'payments', ['id', 'amount']),
      ...tableResources('raw', 'events', ['id']),
      ...tableResources('other', 'events', ['id']),
      ...tableResources('mart', 'revenue', ['customer_id', 'total']),
      ...tableResources('mart', 'customer_copy', ['id', 'name']),
    ],
    lineages: [link('raw.payments', 'mart.revenue')],
  };
  beforeAll(async () => {
    const synced = await syncIntoApp(t(), run);
    ids = synced.ids;
    warehouse = synced.integrationId;
  });

  const call = (method: 'GET' | 'POST' | 'PATCH', input: Record<string, string>, role = 'editor' as const) =>
    t().app.inject({
      method,
      url: `/api/v1/lineage/lineage_from_query${method === 'GET' ? `?${new URLSearchParams(input)}` : ''}`,
      headers: t().as(role),
      ...(method === 'GET' ? {} : { payload: input }),
    });
  const edgesInto = async (id: string) =>
    t().store.db.selectFrom('lineage').selectAll().where('to_resource_id', '=', id).execute();
  const columnPairs = (body: {
    column_lineages: Array<{ from_column: { id: string }; to_column: { id: string }; kind: string }>;
  }) => body.column_lineages.map((c) => `${c.from_column.id}>${c.to_column.id}:${c.kind}`).sort();

  test('GET previews sources, target and column lineage resolved case-insensitively, writing nothing', async () => {
    const res = await call('GET', {
      sql: REVENUE_SQL.toUpperCase().replace('> 0', '> 0'),
      dialect: 'postgresql',
      default_database: 'SHOP',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.source_tables.map((s: { id: string }) => s.id).sort()).toEqual(
      [ids['raw.customers'], ids['raw.orders']].sort(),
    );
    expect(body.source_tables[0]).toEqual({
      id: expect.any(String),
      created_at: expect.any(String),
      updated_at: expect.any(String),
      title: expect.any(String),
      schema_name: 'raw',
      database_name: 'shop',
      native_type: null,
      integration_id: warehouse,
      integration_title: expect.any(String),
      integration_type: 'custom',
    });
    expect(body.target_table.id).toBe(ids['mart.revenue']);
    expect(columnPairs(body)).toEqual(
      expect.arrayContaining([
        `${ids['raw.customers.id']}>${ids['mart.revenue.customer_id']}:direct`,
        `${ids['raw.orders.amount']}>${ids['mart.revenue.total']}:direct`,
      ]),
    );
    expect(body.column_lineages[0].from_column).toMatchObject({
      entity_type: 'column',
      type: 'integer',
      schema_name: 'raw',
    });
    expect(body.unresolved).toEqual([]);
    expect(body.edges_created).toBe(0);
    expect(await edgesInto(ids['mart.revenue']!)).toHaveLength(1);
  });

  test('unknown and ambiguous names are reported, not invented; defaults narrow the match', async () => {
    const ghost = await call('GET', { sql: 'select id from raw.ghost', dialect: 'postgres' });
    expect(ghost.json().unresolved).toEqual([
      { kind: 'table', name: 'raw.ghost', reason: 'not_found', matches: 0 },
    ]);
    expect(ghost.json().source_tables).toEqual([]);
    const ambiguous = await call('GET', { sql: 'select id from events', dialect: 'postgres' });
    expect(ambiguous.json().unresolved).toEqual([
      { kind: 'table', name: 'events', reason: 'ambiguous', matches: 2 },
    ]);
    const narrowed = await call('GET', {
      sql: 'select id from events',
      dialect: 'postgres',
      default_schema: 'other',
    });
    expect(narrowed.json().source_tables.map((s: { id: string }) => s.id)).toEqual([ids['other.events']]);
  });

  test('SELECT * expands with the catalog columns of the source table', async () => {
    const res = await call('GET', {
      sql: 'create table mart.customer_copy as select * from raw.customers',
      dialect: 'postgres',
    });
    expect(columnPairs(res.json())).toEqual(
      [
        `${ids['raw.customers.id']}>${ids['mart.customer_copy.id']}:direct`,
        `${ids['raw.customers.name']}>${ids['mart.customer_copy.name']}:direct`,
      ].sort(),
    );
  });

  test('POST records table and column edges outside any sync; a re-sync keeps them; repeating adds nothing', async () => {
    const res = await call('POST', { sql: REVENUE_SQL, dialect: 'postgresql' });
    expect(res.statusCode).toBe(200);
    expect(res.json().edges_created).toBeGreaterThanOrEqual(4);
    const into = await edgesInto(ids['mart.revenue']!);
    expect(into.map((e) => e.from_resource_id).sort()).toEqual(
      [ids['raw.orders'], ids['raw.customers'], ids['raw.payments']].sort(),
    );
    expect(into.filter((e) => e.integration_id === null).every((e) => e.is_manual === 0)).toBe(true);
    await applySync(t().store, { integrationId: warehouse, source: 'jsonl', records: runRecords(run) });
    expect(await edgesInto(ids['mart.revenue']!)).toHaveLength(3);
    const again = await call('POST', { sql: REVENUE_SQL, dialect: 'postgresql' });
    expect(again.json().edges_created).toBe(0);
  });

  test('PATCH replaces the target’s non-manual upstream lineage and keeps manual edges', async () => {
    const manual = await t().app.inject({
      method: 'POST',
      url: '/api/v1/lineage/manual',
      headers: t().as('editor'),
      payload: { from_entity: ids['raw.events'], to_entity: ids['mart.revenue'], direction: 'DOWNSTREAM' },
    });
    expect(manual.statusCode).toBe(201);
    const res = await call('PATCH', {
      sql: 'select o.customer_id, o.amount as total from orders o',
      dialect: 'postgres',
      default_schema: 'raw',
      table_id: ids['mart.revenue']!,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().edges_deleted).toBeGreaterThanOrEqual(4);
    const into = await edgesInto(ids['mart.revenue']!);
    expect(into.map((e) => [e.from_resource_id, e.is_manual]).sort()).toEqual(
      [
        [ids['raw.orders'], 0],
        [ids['raw.events'], 1],
      ].sort(),
    );
    const columnEdges = await edgesInto(ids['mart.revenue.total']!);
    expect(columnEdges.map((e) => [e.from_resource_id, e.kind])).toEqual([
      [ids['raw.orders.amount'], 'direct'],
    ]);
    const audit = await t()
      .store.db.selectFrom('audit_logs')
      .select('action')
      .where('entity_type', '=', 'lineage')
      .where('entity_id', '=', ids['mart.revenue']!)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'create', 'replace']);
  });

  test('the target is the table the script fills: not a DELETE/TRUNCATE target, not a staging table it reads back', async () => {
    const before = (await edgesInto(ids['mart.customer_copy']!)).length;
    const prune = await call('PATCH', {
      sql: 'delete from mart.customer_copy where id in (select id from raw.customers where name is null)',
      dialect: 'postgres',
    });
    expect(prune.statusCode).toBe(422);
    expect(prune.json().error.code).toBe('lineage_target_unresolved');
    const truncate = await call('PATCH', { sql: 'truncate table mart.customer_copy', dialect: 'postgres' });
    expect(truncate.statusCode).toBe(422);
    expect(await edgesInto(ids['mart.customer_copy']!)).toHaveLength(before);

    const staged = await call('GET', {
      sql: `insert into raw.events (id) select id from raw.customers;
        insert into mart.customer_copy (id, name) select e.id, c.name from raw.events e join raw.customers c on c.id = e.id`,
      dialect: 'postgres',
    });
    expect(staged.statusCode, staged.body).toBe(200);
    expect(staged.json().target_table.id).toBe(ids['mart.customer_copy']);
    expect(
      staged
        .json()
        .source_tables.map((s: { id: string }) => s.id)
        .sort(),
    ).toEqual([ids['raw.customers'], ids['raw.events']].sort());
  });

  test('bad input: unknown dialect 400, unparseable SQL 422, no target 422, missing fields 400, viewers 403', async () => {
    const dialect = await call('GET', { sql: 'select 1', dialect: 'cobol' });
    expect(dialect.statusCode).toBe(400);
    expect(dialect.json().error).toMatchObject({ code: 'unknown_dialect', details: { field: 'dialect' } });
    const garbage = await call('POST', { sql: 'selec from where (', dialect: 'postgres' });
    expect(garbage.statusCode).toBe(422);
    expect(garbage.json().error).toMatchObject({
      code: 'invalid_sql',
      message: expect.stringMatching(/line 1, column \d+/),
    });
    const noTarget = await call('POST', { sql: 'select id from raw.orders', dialect: 'postgres' });
    expect(noTarget.statusCode).toBe(422);
    expect(noTarget.json().error.code).toBe('lineage_target_unresolved');
    const missing = await call('PATCH', { sql: 'select 1' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({
      code: 'validation_failed',
      message: expect.stringContaining('dialect'),
    });
    const otherTable = await call(
      'GET',
      { sql: 'select 1', dialect: 'postgres', table_id: ids['raw.orders']! },
      'other' as 'editor',
    );
    expect(otherTable.statusCode).toBe(404);
    const viewer = await call('POST', { sql: REVENUE_SQL, dialect: 'postgres' }, 'viewer' as 'editor');
    expect(viewer.statusCode).toBe(403);
  });

  test('names follow the query dialect’s rules against tables of an integration that knows its dialect', async () => {
    const dialectOfWarehouse = (dialect: string | null) =>
      t()
        .store.db.updateTable('integrations')
        .set({ address_dialect: dialect })
        .where('id', '=', warehouse)
        .execute();
    const sources = async (sql: string, dialect: string) => {
      const res = await call('GET', { sql, dialect });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().source_tables.map((s: { id: string }) => s.id);
    };
    try {
      await dialectOfWarehouse('postgres');
      expect(await sources('select id from raw.orders', 'postgres')).toEqual([ids['raw.orders']]);
      expect(await sources('select id from raw.ORDERS', 'postgres')).toEqual([ids['raw.orders']]);
      // A quoted name keeps its case in PostgreSQL: "Orders" is another table than orders.
      expect(await sources('select id from raw."Orders"', 'postgres')).toEqual([]);
      // Another known dialect is another warehouse; the generic dialect names none and matches as before.
      expect(await sources('select id from raw.orders', 'mysql')).toEqual([]);
      expect(await sources('select id from raw."Orders"', 'ansi')).toEqual([ids['raw.orders']]);
    } finally {
      await dialectOfWarehouse(null);
    }
  });
});
