import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { postgresConnector } from './postgres-connector.js';
import {
  adminQuery,
  CollectSink,
  createDatabase,
  credentialsFor,
  dropDatabase,
  PG_ADMIN_URL,
  postgresTestsReady,
  uniqueDatabaseName,
} from './testing/pg-test-server.js';

/*
 * Query-history lineage and usage from pg_stat_statements: the test runs INSERT … SELECT, CREATE TABLE AS,
 * UPDATE … FROM and MERGE (with $n parameters, as applications send them) in a fresh database, then the connector
 * finds their column edges. pg_stat_statements is shared by every database of the server; the connector reads
 * only this database's statements (dbid). Missing prerequisites are one warning with the exact fix.
 */

const isReady = await postgresTestsReady();
const database = uniqueDatabaseName('history');
const bare = uniqueDatabaseName('nohistory');
const role = `sx_pgconn_ro_${Math.random().toString(36).slice(2, 8)}`;

async function runStatements(): Promise<void> {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(
      'insert into mart.customer_totals (customer_id, total) select o.customer_id, sum(o.amount) from raw.orders o where o.amount > $1 group by o.customer_id',
      [0],
    );
    await client.query(
      'create table mart.big_orders as select id as order_id, amount from raw.orders where amount > 100',
    );
    await client.query(
      'update mart.customer_totals t set last_order = o.ordered_at from raw.orders o where o.customer_id = t.customer_id and o.id = $1',
      [1],
    );
    await client.query(
      `merge into mart.customer_names n using raw.customers c on n.customer_id = c.id
       when matched then update set name = c.full_name
       when not matched then insert (customer_id, name) values (c.id, c.full_name)`,
    );
    for (let i = 0; i < 3; i++) await client.query('select count(*) from raw.customers where id = $1', [i]);
  } finally {
    await client.end();
  }
}

describe.skipIf(!isReady)('PostgreSQL query history (pg_stat_statements)', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    await createDatabase(database);
    await createDatabase(bare);
    await adminQuery(
      `create extension if not exists pg_stat_statements;
       create schema raw; create schema mart;
       create table raw.customers (id int primary key, full_name text);
       create table raw.orders (id int primary key, customer_id int, amount numeric, ordered_at timestamptz);
       create table mart.customer_totals (customer_id int, total numeric, last_order timestamptz);
       create table mart.customer_names (customer_id int, name text);
       insert into raw.customers values (1, 'Ada'), (2, 'Grace');
       insert into raw.orders values (1, 1, 150, now()), (2, 2, 50, now());`,
      [],
      database,
    );
    await adminQuery(`create role ${role} login`);
    await runStatements();
  });
  afterAll(async () => {
    await dropDatabase(database);
    await dropDatabase(bare);
    await adminQuery(`drop role if exists ${role}`);
  });

  test('INSERT … SELECT, CTAS, UPDATE … FROM and MERGE become column lineage', async () => {
    const sink = new CollectSink();
    await postgresConnector.extract(credentialsFor(database, { query_history: true }), sink);
    const at = (id: string) => id.slice(database.length + 1);
    const edges = sink
      .lineages()
      .filter((l) => l.to_identifier.databuilder_id?.startsWith(`${database}.mart.`))
      .map((l) => `${at(l.from_identifier.databuilder_id)} -> ${at(l.to_identifier.databuilder_id)}`);
    expect(edges).toEqual(
      expect.arrayContaining([
        'raw.orders -> mart.customer_totals',
        'raw.orders.customer_id -> mart.customer_totals.customer_id',
        'raw.orders.amount -> mart.customer_totals.total',
        'raw.orders.ordered_at -> mart.customer_totals.last_order',
        'raw.orders -> mart.big_orders',
        'raw.orders.id -> mart.big_orders.order_id',
        'raw.orders.amount -> mart.big_orders.amount',
        'raw.customers -> mart.customer_names',
        'raw.customers.full_name -> mart.customer_names.name',
        'raw.customers.id -> mart.customer_names.customer_id',
      ]),
    );
    expect(sink.warnings.filter((w) => w.code.startsWith('history_query_unparsed'))).toEqual([]);
  });

  test('calls per table become external_usage', async () => {
    const sink = new CollectSink();
    await postgresConnector.extract(credentialsFor(database, { query_history: true }), sink);
    const usage = (name: string) => sink.resources('table').find((t) => t.title === name)?.external_usage;
    const [calls] = await adminQuery<{ n: string }>(
      `select coalesce(sum(calls), 0) as n from pg_stat_statements
       where dbid = (select oid from pg_database where datname = $1) and query ilike '%raw.customers%'
         and query not like '%sextant-connector%'`,
      [database],
      database,
    );
    expect(Number(calls!.n)).toBeGreaterThanOrEqual(4);
    expect(usage('customers')).toBe(Number(calls!.n));
    expect(usage('orders')).toBeGreaterThanOrEqual(3);
  });

  test('without the extension in the database: one warning with the fix, the rest extracted', async () => {
    const sink = new CollectSink();
    await postgresConnector.extract(credentialsFor(bare, { query_history: true }), sink);
    expect(sink.warnings).toEqual([
      expect.objectContaining({
        code: 'query_history_unavailable',
        message: expect.stringContaining('CREATE EXTENSION pg_stat_statements;'),
      }),
    ]);
    expect(sink.resources('database')).toHaveLength(1);
  });

  test('without pg_read_all_stats: one warning naming the grant, the rest extracted', async () => {
    const sink = new CollectSink();
    await postgresConnector.extract(credentialsFor(database, { query_history: true, user: role }), sink);
    expect(sink.warnings).toContainEqual(
      expect.objectContaining({
        code: 'query_history_unavailable',
        message: expect.stringContaining(`GRANT pg_read_all_stats TO "${role}";`),
      }),
    );
  });

  test('a schema the user may not use is a warning naming it; the others are extracted', async () => {
    await adminQuery(
      `revoke all on schema mart from public; grant usage on schema raw to ${role}`,
      [],
      database,
    );
    const sink = new CollectSink();
    await postgresConnector.extract(credentialsFor(database, { user: role }), sink);
    expect(sink.warnings).toContainEqual(
      expect.objectContaining({ code: 'schema_not_readable', object: `${database}.mart` }),
    );
    expect(sink.resources('schema').map((s) => s.title)).toContain('raw');
    expect(sink.resources('table').some((t) => t.schema === 'mart')).toBe(false);
    expect(sink.warnings).toContainEqual(
      expect.objectContaining({ code: 'table_not_readable', object: `${database}.raw.orders` }),
    );
  });
});
