import type { Resource } from '@sextant/sdk';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ForeignKeyProperty } from '../connector.js';
import { mysqlConnector } from './mysql-connector.js';
import { columnId, tableId } from './mysql-records.js';
import { collectSink, edgesInto } from './testing/collect-sink.js';
import {
  connectAsAdmin,
  dropDatabases,
  loadSakila,
  mysqlAdminCredentials,
  mysqlAvailable,
  sakilaFixturePresent,
  uniqueDatabaseName,
} from './testing/mysql-test-server.js';

const isReady = (await mysqlAvailable()) && sakilaFixturePresent();

describe.skipIf(!isReady)('MySQL connector on MariaDB: Sakila', { timeout: 120_000 }, () => {
  const sakila = uniqueDatabaseName('sakila');
  const other = uniqueDatabaseName('other');
  const sink = collectSink();
  /** information_schema's own answers, the reference the extraction is compared with. */
  let tables: Array<Record<string, unknown>>;
  let columns: Array<Record<string, unknown>>;

  beforeAll(async () => {
    await loadSakila(sakila);
    const admin = await connectAsAdmin(sakila);
    try {
      // Sakila has no comments; give it some, and rows in one table so that row counts are not all zero.
      await admin.query(`
        ALTER TABLE actor COMMENT = 'People who appear in films';
        ALTER TABLE film MODIFY title VARCHAR(255) NOT NULL COMMENT 'Title shown to customers';
        ALTER TABLE payment COMMENT = 'One row per payment';
        INSERT INTO actor (first_name, last_name) VALUES ('PENELOPE', 'GUINESS'), ('NICK', 'WAHLBERG'), ('ED', 'CHASE');
        ANALYZE TABLE actor;
        CREATE DATABASE ${other};
        CREATE VIEW ${other}.long_films AS SELECT f.film_id, f.title FROM ${sakila}.film f WHERE f.length > 120;`);
      [tables] = (await admin.query(
        'SELECT * FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME',
        [sakila],
      )) as unknown as [Array<Record<string, unknown>>];
      [columns] = (await admin.query(
        'SELECT * FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION',
        [sakila],
      )) as unknown as [Array<Record<string, unknown>>];
    } finally {
      await admin.end();
    }
    const credentials = mysqlConnector.parseCredentials({
      ...mysqlAdminCredentials(),
      database: [sakila, other],
    });
    await mysqlConnector.extract(credentials, sink);
  });

  afterAll(async () => {
    await dropDatabases(sakila, other);
  });

  const ofType = (type: string) => sink.resources.filter((record) => record.entity_type === type);
  const byId = (id: string): Resource | undefined =>
    sink.resources.find((record) => record.databuilder_id === id);

  test('every table and view, with its kind, as information_schema lists them', () => {
    const expected = tables.map((row) => [row.TABLE_NAME, row.TABLE_TYPE === 'VIEW' ? 'view' : 'table']);
    const extracted = ofType('table')
      .filter((record) => record.database === sakila)
      .map((record) => [record.title, record.native_type]);
    expect(extracted.sort()).toEqual(expected.sort());
    expect(expected.filter(([, kind]) => kind === 'view').length).toBeGreaterThan(0);
    expect(ofType('database').map((record) => record.title)).toEqual([other, sakila].sort());
    // One schema per database, of the same name: MySQL has one level where the catalog has two.
    expect(ofType('schema').map((record) => [record.title, record.database])).toEqual(
      [other, sakila].sort().map((name) => [name, name]),
    );
  });

  test('every column: ordinal, type as printed, primary key, nullability, default, comment', () => {
    const extracted = ofType('column').filter((record) =>
      record.parent_databuilder_id?.startsWith(`${sakila}.`),
    );
    expect(extracted).toHaveLength(columns.length);
    for (const row of columns) {
      const record = byId(columnId(sakila, String(row.TABLE_NAME), String(row.COLUMN_NAME)));
      expect(record, `${row.TABLE_NAME}.${row.COLUMN_NAME}`).toBeDefined();
      expect(record).toMatchObject({
        title: row.COLUMN_NAME,
        type: row.COLUMN_TYPE,
        sort_order: Number(row.ORDINAL_POSITION),
        is_pk: row.COLUMN_KEY === 'PRI',
        parent_databuilder_id: tableId(sakila, String(row.TABLE_NAME)),
      });
      expect(record?.properties?.is_nullable).toBe(row.IS_NULLABLE === 'YES');
      expect(record?.properties?.column_default).toBe(row.COLUMN_DEFAULT ?? undefined);
      expect(record?.description).toBe(row.COLUMN_COMMENT || undefined);
    }
    const primaryKeys = columns.filter((row) => row.COLUMN_KEY === 'PRI').length;
    expect(extracted.filter((record) => record.is_pk).length).toBe(primaryKeys);
    const commented = columns.filter((row) => row.COLUMN_COMMENT).length;
    expect(commented).toBeGreaterThan(0);
    expect(extracted.filter((record) => record.description).length).toBe(commented);
  });

  test('table comments, row estimates, sizes and last change come from information_schema', () => {
    for (const row of tables) {
      const record = byId(tableId(sakila, String(row.TABLE_NAME)));
      if (row.TABLE_TYPE === 'VIEW') {
        expect(record?.description).toBeUndefined();
        expect(record?.row_count).toBeUndefined();
        continue;
      }
      expect(record?.description).toBe(row.TABLE_COMMENT || undefined);
      expect(record?.row_count).toBe(Number(row.TABLE_ROWS));
      expect(record?.byte_size).toBe(Number(row.DATA_LENGTH) + Number(row.INDEX_LENGTH));
      const changed = (row.UPDATE_TIME ?? row.CREATE_TIME) as Date;
      expect(record?.external_updated_at).toBe(new Date(changed).toISOString());
    }
    expect(ofType('table').filter((record) => record.description).length).toBe(2);
    expect(byId(tableId(sakila, 'actor'))?.row_count).toBeGreaterThan(0);
  });

  test('foreign keys are a property of the referencing table, linking to the referenced one', async () => {
    const admin = await connectAsAdmin();
    const [constraints] = (await admin.query(
      'SELECT COUNT(*) AS n FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?',
      [sakila],
    )) as unknown as [Array<{ n: number }>];
    await admin.end();
    const keys = ofType('table').flatMap(
      (record) => (record.properties?.foreign_keys as ForeignKeyProperty[] | undefined) ?? [],
    );
    expect(keys).toHaveLength(Number(constraints[0]?.n));
    expect(keys.length).toBeGreaterThan(0);
    expect(byId(tableId(sakila, 'address'))?.properties?.foreign_keys).toEqual([
      {
        name: 'fk_address_city',
        columns: ['city_id'],
        references: {
          database: sakila,
          schema: sakila,
          table: 'city',
          columns: ['city_id'],
          databuilder_id: tableId(sakila, 'city'),
        },
      },
    ]);
    // Never lineage: no edge between address and city.
    expect(edgesInto(sink.lineages, sakila, 'address')).toEqual([]);
  });

  test('views keep their definition as the server prints it', async () => {
    const admin = await connectAsAdmin();
    const [views] = (await admin.query(
      'SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ?',
      [sakila],
    )) as unknown as [Array<{ TABLE_NAME: string; VIEW_DEFINITION: string }>];
    await admin.end();
    expect(views.length).toBeGreaterThan(0);
    for (const view of views) {
      expect(byId(tableId(sakila, view.TABLE_NAME))?.properties?.view_definition).toBe(view.VIEW_DEFINITION);
    }
  });

  test('view lineage, edge by edge (from the views’ SQL in the fixture)', () => {
    expect(edgesInto(sink.lineages, sakila, 'staff_list')).toEqual(
      [
        'address -> staff_list',
        'city -> staff_list',
        'country -> staff_list',
        'staff -> staff_list',
        'staff.staff_id -> staff_list.ID',
        'staff.first_name -> staff_list.name',
        'staff.last_name -> staff_list.name',
        'address.address -> staff_list.address',
        'address.postal_code -> staff_list.zip code',
        'address.phone -> staff_list.phone',
        'city.city -> staff_list.city',
        'country.country -> staff_list.country',
        'staff.store_id -> staff_list.SID',
      ].sort(),
    );
    expect(edgesInto(sink.lineages, sakila, 'sales_by_store')).toEqual(
      [
        'address -> sales_by_store',
        'city -> sales_by_store',
        'country -> sales_by_store',
        'inventory -> sales_by_store',
        'payment -> sales_by_store',
        'rental -> sales_by_store',
        'staff -> sales_by_store',
        'store -> sales_by_store',
        'city.city -> sales_by_store.store',
        'country.country -> sales_by_store.store',
        'staff.first_name -> sales_by_store.manager',
        'staff.last_name -> sales_by_store.manager',
        'payment.amount -> sales_by_store.total_sales',
      ].sort(),
    );
    expect(edgesInto(sink.lineages, sakila, 'film_list')).toEqual(
      [
        'actor -> film_list',
        'category -> film_list',
        'film -> film_list',
        'film_actor -> film_list',
        'film_category -> film_list',
        'film.film_id -> film_list.FID',
        'film.title -> film_list.title',
        'film.description -> film_list.description',
        'category.name -> film_list.category',
        'film.rental_rate -> film_list.price',
        'film.length -> film_list.length',
        'film.rating -> film_list.rating',
        'actor.first_name -> film_list.actors',
        'actor.last_name -> film_list.actors',
      ].sort(),
    );
    // Every view has table lineage; none of it points at a table outside the run.
    const views = tables.filter((row) => row.TABLE_TYPE === 'VIEW').map((row) => String(row.TABLE_NAME));
    for (const view of views) expect(edgesInto(sink.lineages, sakila, view).length, view).toBeGreaterThan(0);
    expect(sink.warnings).toEqual([]);
  });

  test('a view reading another database of the run links to that database’s tables and columns', () => {
    const edges = edgesInto(sink.lineages, other, 'long_films');
    const film = tableId(sakila, 'film');
    expect(edges).toEqual(
      [
        `${film} -> long_films`,
        `${columnId(sakila, 'film', 'film_id')} -> long_films.film_id`,
        `${columnId(sakila, 'film', 'title')} -> long_films.title`,
      ].sort(),
    );
  });

  test('system databases are never read, whatever the patterns say', async () => {
    const everything = collectSink();
    const credentials = mysqlConnector.parseCredentials({
      ...mysqlAdminCredentials(),
      schema_include: ['*'],
      schema_exclude: ['sx_*'],
    });
    await mysqlConnector.extract(credentials, everything);
    const names = everything.resources.filter((r) => r.entity_type === 'database').map((r) => r.title);
    for (const system of ['mysql', 'information_schema', 'performance_schema', 'sys']) {
      expect(names).not.toContain(system);
    }
    expect(names.filter((name) => name?.startsWith('sx_'))).toEqual([]);
  });

  test('include patterns select databases by glob', async () => {
    const selected = collectSink();
    const credentials = mysqlConnector.parseCredentials({
      ...mysqlAdminCredentials(),
      schema_include: [`${other}*`],
    });
    await mysqlConnector.extract(credentials, selected);
    expect(selected.resources.filter((r) => r.entity_type === 'database').map((r) => r.title)).toEqual([
      other,
    ]);
  });
});
