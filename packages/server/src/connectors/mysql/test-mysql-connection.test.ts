import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ConnectorRunError } from '../classify-connection-error.js';
import { mysqlConnector } from './mysql-connector.js';
import { tableId } from './mysql-records.js';
import { collectSink } from './testing/collect-sink.js';
import {
  connectAsAdmin,
  dropDatabases,
  mysqlAdminCredentials,
  mysqlAvailable,
  uniqueDatabaseName,
} from './testing/mysql-test-server.js';

/*
 * Test connection, stage by stage, and the least-privilege user of docs/connectors.md (SELECT and SHOW VIEW on
 * the database, nothing else) against the real MariaDB.
 */

const isReady = await mysqlAvailable();
const shop = uniqueDatabaseName('shop');
const locked = uniqueDatabaseName('locked');
const suffix = shop.slice(-8);
const reader = { user: `sx_reader_${suffix}`, password: 'reader-pw-1' };
const noViews = { user: `sx_noview_${suffix}`, password: 'noview-pw-1' };

const parse = (raw: Record<string, unknown>) =>
  mysqlConnector.parseCredentials({ ...mysqlAdminCredentials(), ...raw });

describe.skipIf(!isReady)('MySQL test connection and least privilege', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    const admin = await connectAsAdmin();
    try {
      await admin.query(`
        CREATE DATABASE ${shop};
        CREATE TABLE ${shop}.orders (id INT PRIMARY KEY, customer_id INT NOT NULL, amount DECIMAL(10,2) COMMENT 'Gross amount') COMMENT = 'Orders placed';
        CREATE TABLE ${shop}.customers (id INT PRIMARY KEY, name VARCHAR(80));
        ALTER TABLE ${shop}.orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES ${shop}.customers (id);
        CREATE VIEW ${shop}.big_orders AS SELECT o.id, o.amount, c.name FROM ${shop}.orders o JOIN ${shop}.customers c ON c.id = o.customer_id WHERE o.amount > 100;
        CREATE DATABASE ${locked};
        CREATE TABLE ${locked}.secrets (id INT PRIMARY KEY);
        CREATE USER '${reader.user}'@'%' IDENTIFIED BY '${reader.password}';
        GRANT SELECT, SHOW VIEW ON \`${shop}\`.* TO '${reader.user}'@'%';
        CREATE USER '${noViews.user}'@'%' IDENTIFIED BY '${noViews.password}';
        GRANT SELECT ON \`${shop}\`.* TO '${noViews.user}'@'%';`);
    } finally {
      await admin.end();
    }
  });

  afterAll(async () => {
    await dropDatabases(shop, locked);
    const admin = await connectAsAdmin();
    await admin.query(`DROP USER IF EXISTS '${reader.user}'@'%', '${noViews.user}'@'%'`);
    await admin.end();
  });

  test('success: server version and the databases a run would read', async () => {
    const result = await mysqlConnector.testConnection(parse({ database: [shop] }));
    expect(result).toMatchObject({ ok: true, databases: [shop], warnings: [] });
    expect(result.ok && result.server_version).toMatch(/\d+\.\d+/);
  });

  test.each([
    ['a wrong password', { password: 'not-the-password' }, 'authentication'],
    ['an unknown database', { database: ['sx_no_such_database_here'] }, 'database'],
    ['nothing listening', { port: 1 }, 'refused'],
    ['a host that does not resolve', { host: 'no-such-host.invalid' }, 'dns'],
    ['TLS required of a server without TLS', { ssl: 'require' }, 'tls'],
  ])('%s: the stage that failed, host, port and a hint', async (_, raw, stage) => {
    const credentials = parse(raw);
    const result = await mysqlConnector.testConnection(credentials, { timeoutMs: 5_000 });
    if (result.ok) throw new Error(`expected a failure at ${stage}`);
    expect(result.failure).toMatchObject({ stage, host: credentials.host, port: credentials.port });
    expect(result.failure.hint.length).toBeGreaterThan(10);
    expect(JSON.stringify(result)).not.toContain('not-the-password');
  });

  test('a database the user may not use: privileges, with the GRANT that fixes it', async () => {
    const result = await mysqlConnector.testConnection(parse({ ...reader, database: [shop, locked] }));
    if (result.ok) throw new Error('expected a privileges failure');
    expect(result.failure.stage).toBe('privileges');
    expect(result.failure.grants_needed).toEqual([
      `GRANT SELECT, SHOW VIEW ON \`${locked}\`.* TO '${reader.user}'@'%';`,
    ]);
  });

  test('the least-privilege user extracts exactly what an administrator extracts', async () => {
    const asAdmin = collectSink();
    await mysqlConnector.extract(parse({ database: [shop] }), asAdmin);
    const asReader = collectSink();
    const credentials = parse({ ...reader, database: [shop] });
    expect(await mysqlConnector.testConnection(credentials)).toMatchObject({ ok: true, warnings: [] });
    await mysqlConnector.extract(credentials, asReader);
    expect(asReader.warnings).toEqual([]);
    expect(asReader.resources).toEqual(asAdmin.resources);
    expect(asReader.lineages).toEqual(asAdmin.lineages);
    expect(asReader.lineages.length).toBeGreaterThan(0);
    const orders = asReader.resources.find((r) => r.databuilder_id === tableId(shop, 'orders'));
    expect(orders).toMatchObject({ description: 'Orders placed' });
    expect(orders?.properties?.foreign_keys).toHaveLength(1);
  });

  test('a database the user may not read is a warning naming it; the others are extracted', async () => {
    const sink = collectSink();
    // The reader sees only its database; name the locked one too, as a user who expects it would.
    await mysqlConnector.extract(parse({ ...reader, database: [shop, locked] }), sink);
    expect(sink.warnings).toEqual([expect.objectContaining({ code: 'schema_not_readable', object: locked })]);
    expect(sink.warnings[0]?.message).toContain(`GRANT SELECT, SHOW VIEW ON \`${locked}\``);
    expect(sink.resources.filter((r) => r.entity_type === 'database').map((r) => r.title)).toEqual([shop]);
  });

  test('a database that is readable by no one named fails the run, naming host, port and stage', async () => {
    const credentials = parse({ ...reader, database: [locked] });
    const error = await mysqlConnector.extract(credentials, collectSink()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectorRunError);
    expect((error as Error).message).toContain(`${credentials.host}:${credentials.port}: database:`);
    expect((error as Error).message).toContain(locked);
  });

  test('without SHOW VIEW, views are catalogued without definition or lineage, with one warning each', async () => {
    const credentials = parse({ ...noViews, database: [shop] });
    const tested = await mysqlConnector.testConnection(credentials);
    expect(tested).toMatchObject({
      ok: true,
      warnings: [expect.objectContaining({ code: 'view_definition_not_readable' })],
    });
    const sink = collectSink();
    await mysqlConnector.extract(credentials, sink);
    expect(sink.warnings).toEqual([
      expect.objectContaining({ code: 'view_definition_not_readable', object: `${shop}.big_orders` }),
    ]);
    const view = sink.resources.find((r) => r.databuilder_id === tableId(shop, 'big_orders'));
    expect(view).toMatchObject({ native_type: 'view' });
    expect(view?.properties?.view_definition).toBeUndefined();
    expect(sink.lineages).toEqual([]);
  });

  test('usage: with performance_schema off, one warning that says how to turn it on', async () => {
    const admin = await connectAsAdmin();
    const [[state]] = (await admin.query('SELECT @@GLOBAL.performance_schema AS enabled')) as unknown as [
      [{ enabled: number }],
    ];
    await admin.end();
    const sink = collectSink();
    await mysqlConnector.extract(parse({ database: [shop], query_history: true }), sink);
    const usageWarnings = sink.warnings.filter((w) => w.code.startsWith('performance_schema'));
    if (Number(state?.enabled) === 1) {
      expect(usageWarnings).toEqual([]);
      return;
    }
    expect(usageWarnings).toHaveLength(1);
    expect(usageWarnings[0]?.message).toContain('performance_schema = ON');
    // Without query_history nothing is asked of performance_schema, and nothing is said.
    const quiet = collectSink();
    await mysqlConnector.extract(parse({ database: [shop] }), quiet);
    expect(quiet.warnings).toEqual([]);
  });
});
