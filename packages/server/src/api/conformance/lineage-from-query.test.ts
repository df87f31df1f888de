import { beforeAll, expect, test } from 'vitest';
import { schemaResources, syncIntoApp, tableResources } from '../../lineage/graph/test-catalog.js';
import { forEachApp } from '../../testing/index.js';
import { spellingsOf } from './paths.js';
import { expectFieldTypes, expectJson } from './requests.js';

const SQL = 'insert into mart.revenue (total) select sum(amount) from raw.orders';

/** compat.md §6 table object of a lineage_from_query answer; column objects add `entity_type` and `type`. */
const TABLE_FIELDS = {
  id: 'string',
  created_at: 'string',
  updated_at: 'string',
  title: 'string',
  schema_name: 'string|null',
  database_name: 'string|null',
  native_type: 'string|null',
  integration_id: 'string|null',
  integration_title: 'string|null',
  integration_type: 'string|null',
};
const COLUMN_FIELDS = { ...TABLE_FIELDS, entity_type: 'string', type: 'string|null' };

/**
 * compat.md §6/§8 `lineage_from_query`: GET previews (query parameters), POST records and PATCH replaces (JSON
 * body); all three answer 200 (POST too, as Secoda documents) with `{sql, source_tables, column_lineages,
 * target_table}`, under every path spelling.
 */
forEachApp('conformance: lineage_from_query', (t) => {
  let ids: Record<string, string>;
  beforeAll(async () => {
    ({ ids } = await syncIntoApp(t(), {
      resources: [
        ...schemaResources(['raw', 'mart']),
        ...tableResources('raw', 'orders', ['id', 'amount']),
        ...tableResources('mart', 'revenue', ['total']),
      ],
      lineages: [],
    }));
  });

  const expectAnswer = (body: Record<string, unknown>, label: string) => {
    expect(Object.keys(body), label).toEqual(
      expect.arrayContaining(['sql', 'source_tables', 'column_lineages', 'target_table']),
    );
    expect(body.sql).toBe(SQL);
    const sources = body.source_tables as Array<Record<string, unknown>>;
    expect(sources.map((s) => s.id)).toEqual([ids['raw.orders']]);
    expectFieldTypes(sources[0]!, TABLE_FIELDS);
    const target = body.target_table as Record<string, unknown>;
    expectFieldTypes(target, TABLE_FIELDS);
    expect(target.id).toBe(ids['mart.revenue']);
    const lineages = body.column_lineages as Array<{
      from_column: Record<string, unknown>;
      to_column: Record<string, unknown>;
    }>;
    const pair = lineages.find((l) => l.to_column.id === ids['mart.revenue.total']);
    expect(pair?.from_column.id, label).toBe(ids['raw.orders.amount']);
    expectFieldTypes(pair!.from_column, COLUMN_FIELDS);
    expectFieldTypes(pair!.to_column, COLUMN_FIELDS);
  };

  test('GET previews with query parameters under every spelling', async () => {
    for (const url of spellingsOf('/lineage/lineage_from_query/')) {
      const query = new URLSearchParams({ sql: SQL, dialect: 'postgresql', default_database: 'shop' });
      const res = await t().app.inject({ url: `${url}?${query}`, headers: t().as('viewer') });
      expectAnswer(expectJson(res, 200, url), url);
    }
  });

  test('POST and PATCH answer 200 (not 201) with the lineage under every spelling', async () => {
    for (const method of ['POST', 'PATCH'] as const) {
      for (const url of spellingsOf('/lineage/lineage_from_query')) {
        const res = await t().app.inject({
          method,
          url,
          headers: t().as('editor'),
          payload: {
            sql: SQL,
            dialect: 'postgresql',
            table_id: ids['mart.revenue'],
            default_database: 'shop',
          },
        });
        expectAnswer(expectJson(res, 200, `${method} ${url}`), `${method} ${url}`);
      }
    }
  });

  test('documented errors: missing sql or dialect 400, unknown field 400, viewer write 403, bad key 401', async () => {
    const post = (payload: object, headers = t().as('editor')) =>
      t().app.inject({ method: 'POST', url: '/lineage/lineage_from_query/', headers, payload });
    expectJson(await post({ dialect: 'postgresql' }), 400, 'no sql');
    expectJson(await post({ sql: SQL }), 400, 'no dialect');
    expectJson(await post({ sql: SQL, dialect: 'postgresql', colour: 'red' }), 400, 'unknown field');
    expectJson(await post({ sql: SQL, dialect: 'postgresql' }, t().as('viewer')), 403, 'viewer');
    expectJson(
      await post({ sql: SQL, dialect: 'postgresql' }, { authorization: 'Bearer nope' }),
      401,
      'bad key',
    );
    const badSql = await post({ sql: 'selec from where', dialect: 'postgresql' });
    expect([200, 400, 422]).toContain(badSql.statusCode);
    expect(badSql.headers['content-type']).toMatch(/^application\/json/);
  });
});
