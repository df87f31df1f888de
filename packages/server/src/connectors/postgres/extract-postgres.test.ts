import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { postgresConnector } from './postgres-connector.js';
import {
  adminQuery,
  CollectSink,
  createDatabase,
  credentialsFor,
  dropDatabase,
  loadFixture,
  PG_FIXTURES,
  postgresTestsReady,
  uniqueDatabaseName,
} from './testing/pg-test-server.js';

/*
 * The PostgreSQL connector on the real server, on fresh databases loaded with Pagila, Sakila (jOOQ) and
 * AdventureWorks: what it extracts is compared with what the test reads itself from information_schema and
 * pg_catalog (tables, columns, types, primary keys, comments), and view lineage is checked edge by edge.
 */

const isReady = await postgresTestsReady();
const databases = {
  pagila: uniqueDatabaseName('pagila'),
  sakila: uniqueDatabaseName('sakila'),
  adventureworks: uniqueDatabaseName('aw'),
};
const sinks = new Map<string, CollectSink>();

// Objects the fixtures lack: a partitioned table with partitions, a materialized view, a foreign table.
const EXTRAS = `
  create table public.sx_events (id bigint primary key, at date not null) partition by range (id);
  create table public.sx_events_1 partition of public.sx_events for values from (0) to (100);
  create table public.sx_events_2 partition of public.sx_events for values from (100) to (200);
  insert into public.sx_events select g, current_date from generate_series(1, 150) g;
  analyze public.sx_events_1; analyze public.sx_events_2;
  comment on table public.sx_events is 'events, partitioned by id';
  create materialized view public.sx_actor_names as select actor_id, upper(first_name) as first_upper from public.actor;
  create extension if not exists postgres_fdw;
  create server sx_remote foreign data wrapper postgres_fdw options (dbname 'nowhere');
  create foreign table public.sx_remote_orders (id integer, total numeric(10,2)) server sx_remote;`;

describe.skipIf(!isReady)('PostgreSQL connector on the fixtures', { timeout: 300_000 }, () => {
  beforeAll(async () => {
    for (const [fixture, database] of Object.entries(databases)) {
      await createDatabase(database);
      loadFixture(database, PG_FIXTURES[fixture as keyof typeof PG_FIXTURES]);
    }
    await adminQuery(EXTRAS, [], databases.sakila);
    for (const database of Object.values(databases)) {
      const sink = new CollectSink();
      await postgresConnector.extract(credentialsFor(database), sink);
      sinks.set(database, sink);
    }
  });
  afterAll(async () => {
    for (const database of Object.values(databases)) await dropDatabase(database);
  });

  for (const [fixture, database] of Object.entries(databases)) {
    describe(fixture, () => {
      test('tables, views, materialized views, foreign and partitioned tables; partitions folded', async () => {
        const expected = await expectedRelations(database);
        expect(expected.length).toBeGreaterThan(5);
        const tables = sinks.get(database)!.resources('table');
        expect(tables.map((t) => `${t.schema}.${t.title}|${t.native_type}`).sort()).toEqual(expected);
      });

      test('columns: name, position, type as PostgreSQL prints it, primary keys', async () => {
        const expected = await expectedColumns(database);
        const tables = new Map(
          sinks
            .get(database)!
            .resources('table')
            .map((t) => [t.databuilder_id, t]),
        );
        const columns = sinks
          .get(database)!
          .resources('column')
          .map((c) => {
            const table = tables.get(c.parent_databuilder_id)!;
            return `${table.schema}.${table.title}.${c.title}|${c.sort_order}|${c.type}|${c.is_pk}`;
          })
          .sort();
        expect(columns.length).toBe(expected.length);
        expect(columns).toEqual(expected);
      });

      test('table and column comments become descriptions', async () => {
        const [counts] = await adminQuery<{ tables: string; columns: string }>(
          `select count(*) filter (where d.objsubid = 0) as tables, count(*) filter (where d.objsubid > 0) as columns
           from pg_description d join pg_class c on c.oid = d.objoid and d.classoid = 'pg_class'::regclass
           join pg_namespace n on n.oid = c.relnamespace
           where c.relkind in ('r','v','m','f','p') and not c.relispartition
             and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'`,
          [],
          database,
        );
        const sink = sinks.get(database)!;
        expect(sink.resources('table').filter((t) => t.description).length).toBe(Number(counts!.tables));
        expect(sink.resources('column').filter((c) => c.description).length).toBe(Number(counts!.columns));
      });

      test('every record is valid SDK output and no warning is raised', () => {
        const sink = sinks.get(database)!;
        expect(sink.warnings.filter((w) => w.code !== 'lineage_unresolved')).toEqual([]);
      });
    });
  }

  test('partitioned table: rows and bytes of its partitions, no partition resources', async () => {
    const sink = sinks.get(databases.sakila)!;
    const events = sink.resources('table').find((t) => t.title === 'sx_events');
    const [sizes] = await adminQuery<{ bytes: string }>(
      `select sum(pg_total_relation_size(relid))::bigint as bytes from pg_partition_tree('public.sx_events') where isleaf`,
      [],
      databases.sakila,
    );
    expect(events).toMatchObject({
      native_type: 'partitioned table',
      row_count: 150,
      byte_size: Number(sizes!.bytes),
      description: 'events, partitioned by id',
    });
    expect(sink.resources('table').some((t) => t.title.startsWith('sx_events_'))).toBe(false);
  });

  test('foreign keys are a property of the referencing table, never lineage', () => {
    const sink = sinks.get(databases.sakila)!;
    const address = sink.resources('table').find((t) => t.title === 'address');
    expect(address.properties.foreign_keys).toEqual([
      {
        name: 'address_city_id_fkey',
        columns: ['city_id'],
        references: {
          database: databases.sakila,
          schema: 'public',
          table: 'city',
          columns: ['city_id'],
          databuilder_id: `${databases.sakila}.public.city`,
        },
      },
    ]);
    const tableEdge = sink
      .lineages()
      .find(
        (l) =>
          l.from_identifier.databuilder_id === `${databases.sakila}.public.city` &&
          l.to_identifier.databuilder_id === `${databases.sakila}.public.address`,
      );
    expect(tableEdge).toBeUndefined();
  });

  test('view lineage of customer_list and staff_list, edge by edge', () => {
    const sink = sinks.get(databases.sakila)!;
    const db = databases.sakila;
    const id = (path: string) => `${db}.public.${path}`;
    const edgesTo = (view: string) =>
      sink
        .lineages()
        .filter((l) => l.to_identifier.databuilder_id?.startsWith(id(view)))
        .map(
          (l) =>
            `${l.from_identifier.databuilder_id.slice(db.length + 8)} -> ${l.to_identifier.databuilder_id.slice(db.length + 8)}`,
        )
        .sort();
    expect(edgesTo('customer_list')).toEqual(
      [
        'address -> customer_list',
        'address.address -> customer_list.address',
        'address.phone -> customer_list.phone',
        'address.postal_code -> customer_list.zip code',
        'city -> customer_list',
        'city.city -> customer_list.city',
        'country -> customer_list',
        'country.country -> customer_list.country',
        'customer -> customer_list',
        'customer.activebool -> customer_list.notes',
        'customer.customer_id -> customer_list.id',
        'customer.first_name -> customer_list.name',
        'customer.last_name -> customer_list.name',
        'customer.store_id -> customer_list.sid',
      ].sort(),
    );
    expect(edgesTo('staff_list')).toEqual(
      [
        'address -> staff_list',
        'address.address -> staff_list.address',
        'address.phone -> staff_list.phone',
        'address.postal_code -> staff_list.zip code',
        'city -> staff_list',
        'city.city -> staff_list.city',
        'country -> staff_list',
        'country.country -> staff_list.country',
        'staff -> staff_list',
        'staff.first_name -> staff_list.name',
        'staff.last_name -> staff_list.name',
        'staff.staff_id -> staff_list.id',
        'staff.store_id -> staff_list.sid',
      ].sort(),
    );
    expect(edgesTo('sx_actor_names')).toEqual([
      'actor -> sx_actor_names',
      'actor.actor_id -> sx_actor_names.actor_id',
      'actor.first_name -> sx_actor_names.first_upper',
    ]);
    const view = sink.resources('table').find((t) => t.title === 'customer_list');
    expect(view.native_type).toBe('view');
    expect(view.properties.view_definition).toContain('JOIN public.address a');
  });

  test('AdventureWorks: a view across three schemas links to its tables by id, columns included', () => {
    const db = databases.adventureworks;
    const sink = sinks.get(db)!;
    const view = `${db}.sales.vsalesperson`;
    const tableSources = sink
      .lineages()
      .filter((l) => l.to_identifier.databuilder_id === view)
      .map((l) => l.from_identifier.databuilder_id.slice(db.length + 1))
      .sort();
    expect(tableSources).toEqual([
      'humanresources.employee',
      'person.address',
      'person.businessentityaddress',
      'person.countryregion',
      'person.emailaddress',
      'person.person',
      'person.personphone',
      'person.phonenumbertype',
      'person.stateprovince',
      'sales.salesperson',
      'sales.salesterritory',
    ]);
    const columnSources = (column: string) =>
      sink
        .lineages()
        .filter((l) => l.to_identifier.databuilder_id === `${view}.${column}`)
        .map((l) => l.from_identifier.databuilder_id.slice(db.length + 1));
    expect(columnSources('jobtitle')).toEqual(['humanresources.employee.jobtitle']);
    expect(columnSources('territorygroup')).toEqual(['sales.salesterritory.group']);
    expect(columnSources('countryregionname')).toEqual(['person.countryregion.name']);
  });
});

/** `schema.table|native type` of every relation, from information_schema (and pg_matviews, which it omits). */
async function expectedRelations(database: string): Promise<string[]> {
  const rows = await adminQuery<{ key: string }>(
    `select t.table_schema || '.' || t.table_name || '|' ||
       case when c.relkind = 'p' then 'partitioned table' when t.table_type = 'VIEW' then 'view'
            when t.table_type = 'FOREIGN' then 'foreign table' else 'table' end as key
     from information_schema.tables t
     join pg_class c on c.relname = t.table_name
     join pg_namespace n on n.oid = c.relnamespace and n.nspname = t.table_schema
     where t.table_schema not in ('pg_catalog', 'information_schema') and not c.relispartition
     union all
     select schemaname || '.' || matviewname || '|materialized view' from pg_matviews`,
    [],
    database,
  );
  return rows.map((row) => row.key).sort();
}

/** `schema.table.column|position|type|is_pk` of every column of every relation. */
async function expectedColumns(database: string): Promise<string[]> {
  const rows = await adminQuery<{ key: string }>(
    `select n.nspname || '.' || c.relname || '.' || a.attname || '|' || a.attnum || '|' ||
       format_type(a.atttypid, a.atttypmod) || '|' ||
       (exists (select 1 from information_schema.table_constraints tc
         join information_schema.key_column_usage k on k.constraint_name = tc.constraint_name
           and k.table_schema = tc.table_schema and k.table_name = tc.table_name
         where tc.constraint_type = 'PRIMARY KEY' and tc.table_schema = n.nspname and tc.table_name = c.relname
           and k.column_name = a.attname))::text as key
     from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r','v','m','f','p') and not c.relispartition and a.attnum > 0 and not a.attisdropped
       and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'`,
    [],
    database,
  );
  return rows.map((row) => row.key).sort();
}
