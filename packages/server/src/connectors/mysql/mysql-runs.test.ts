import { afterAll, beforeAll, expect, test } from 'vitest';
import { connectorRunner } from '../../jobs/connector-runner.js';
import { registerRunner } from '../../jobs/runner-registry.js';
import { manualJobService } from '../../jobs/testing/job-test-support.js';
import { dumpCatalog, dumpCatalogWithout, forEachApp, type TestApp } from '../../testing/index.js';
import type { Connector } from '../connector.js';
import type { SqlCredentials } from '../sql-credentials.js';
import { mysqlConnector } from './mysql-connector.js';
import { tableId } from './mysql-records.js';
import {
  connectAsAdmin,
  dropDatabases,
  loadSakila,
  mysqlAdminCredentials,
  mysqlAvailable,
  sakilaFixturePresent,
  uniqueDatabaseName,
} from './testing/mysql-test-server.js';

/*
 * MySQL connector runs through the real job path (run now → connector runner → spool → sync engine) on each
 * catalog backend, against the real MariaDB: a second identical run changes nothing, a dropped table goes stale
 * and comes back with its user edits, and every fault (wrong password, unknown database, nothing listening,
 * the connection killed mid-run) fails the run naming host, port and reason, with the catalog exactly as before.
 */

const isReady = (await mysqlAvailable()) && sakilaFixturePresent();
const database = uniqueDatabaseName('runs');
/** A database of many small tables, for the statement-timeout test. */
const manyTables = uniqueDatabaseName('many');
/** A user of its own, so the kill test finds the run's connection in the process list. */
const runUser = `sx_run_${database.slice(-8)}`;
const RUN_PASSWORD = 'run-secret-9f2c';
const KILL_TYPE = 'mysql_kill_test';

let unregister: Array<() => void> = [];

beforeAll(async () => {
  if (!isReady) return;
  await loadSakila(database);
  const admin = await connectAsAdmin();
  await admin.query(`CREATE DATABASE \`${manyTables}\``);
  const create = Array.from(
    { length: 150 },
    (_, i) =>
      `CREATE TABLE \`${manyTables}\`.t_${i} (id INT PRIMARY KEY, a VARCHAR(20), b INT, c DATETIME) ENGINE=MyISAM`,
  );
  for (const statement of create) await admin.query(statement);
  await admin.query(`CREATE USER '${runUser}'@'%' IDENTIFIED BY '${RUN_PASSWORD}'`);
  await admin.query(`GRANT SELECT, SHOW VIEW ON \`${database}\`.* TO '${runUser}'@'%'`);
  await admin.end();
  unregister = [
    registerRunner('mysql', connectorRunner(mysqlConnector)),
    registerRunner(KILL_TYPE, connectorRunner(killedMidRun(runUser))),
  ];
});

afterAll(async () => {
  for (const undo of unregister) undo();
  if (!isReady) return;
  await dropDatabases(database, manyTables);
  const admin = await connectAsAdmin();
  await admin.query(`DROP USER IF EXISTS '${runUser}'@'%'`);
  await admin.end();
});

/** The MySQL connector, but the run's connection is killed (`KILL`) when the fifth record is emitted. */
function killedMidRun(user: string): Connector<SqlCredentials> {
  return {
    ...mysqlConnector,
    type: KILL_TYPE,
    aliases: [],
    async extract(credentials, sink, options) {
      let emitted = 0;
      await mysqlConnector.extract(
        credentials,
        {
          ...sink,
          async emit(record) {
            emitted += 1;
            if (emitted === 5) await killConnectionsOf(user);
            await sink.emit(record);
          },
        },
        options,
      );
    },
  };
}

async function killConnectionsOf(user: string): Promise<void> {
  const admin = await connectAsAdmin();
  try {
    const [rows] = (await admin.query('SELECT ID FROM information_schema.PROCESSLIST WHERE USER = ?', [
      user,
    ])) as unknown as [Array<{ ID: number }>];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) await admin.query(`KILL ${Number(row.ID)}`);
  } finally {
    await admin.end();
  }
}

const credentials = (extra: Record<string, unknown> = {}) => ({
  ...mysqlAdminCredentials(),
  user: runUser,
  password: RUN_PASSWORD,
  database: [database],
  ...extra,
});

async function createIntegration(t: TestApp, type: string, creds: Record<string, unknown>): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/integration/integrations',
    headers: t.as('admin'),
    payload: { name: `${type} ${Math.random()}`, type, credentials: creds },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

/** Run now, driven to its end by a hand-cranked worker; the finished sync record. */
async function runNow(t: TestApp, id: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/integration/integrations/${id}/run`,
    headers: t.as('admin'),
  });
  expect(res.statusCode, res.body).toBe(202);
  const service = manualJobService(t.store);
  await service.tick();
  await service.idle();
  const sync = await t.app.inject({
    url: `/api/v1/integration/integrations/${id}/syncs/${res.json().sync_id}`,
    headers: t.as('admin'),
  });
  return sync.json();
}

async function findResource(t: TestApp, integrationId: string, databuilderId: string) {
  return t.store.db
    .selectFrom('resources')
    .select(['id', 'stale'])
    .where('integration_id', '=', integrationId)
    .where('databuilder_id', '=', databuilderId)
    .executeTakeFirst();
}

async function countObjects(): Promise<number> {
  const admin = await connectAsAdmin();
  const [[tables]] = (await admin.query(
    'SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?',
    [database],
  )) as unknown as [[{ n: number }]];
  const [[columns]] = (await admin.query(
    'SELECT COUNT(*) AS n FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?',
    [database],
  )) as unknown as [[{ n: number }]];
  await admin.end();
  return 2 + Number(tables?.n) + Number(columns?.n);
}

if (!isReady) test.skip('MariaDB or the Sakila fixture is absent', () => {});
else {
  forEachApp('MySQL connector runs', (t) => {
    let integrationId: string;

    test('a run catalogues the database; a second identical run changes nothing', async () => {
      integrationId = await createIntegration(t(), 'mariadb', credentials());
      const first = await runNow(t(), integrationId);
      expect(first, JSON.stringify(first.error)).toMatchObject({ status: 'succeeded', source: 'connector' });
      expect(first.counts.created).toBe(await countObjects());
      expect(first.counts.lineage_resolved).toBeGreaterThan(0);
      const before = await dumpCatalog(t().store);

      const second = await runNow(t(), integrationId);
      expect(second.status).toBe('succeeded');
      expect(second.counts).toMatchObject({ created: 0, updated: 0, staled: 0, revived: 0 });
      expect(await dumpCatalog(t().store)).toBe(before);
    });

    test('a dropped table goes stale, and comes back with its user edits when recreated', async () => {
      const id = tableId(database, 'film_text');
      const resource = await findResource(t(), integrationId, id);
      if (!resource) throw new Error('film_text was not catalogued');
      const edit = await t().app.inject({
        method: 'PATCH',
        url: `/api/v1/resource/all/${resource.id}`,
        headers: t().as('admin'),
        payload: { description: 'Full-text copy of film titles (edited in the catalog)' },
      });
      expect(edit.statusCode, edit.body).toBe(200);

      const admin = await connectAsAdmin(database);
      const [[{ 'Create Table': ddl }]] = (await admin.query('SHOW CREATE TABLE film_text')) as unknown as [
        [{ 'Create Table': string }],
      ];
      await admin.query('DROP TABLE film_text');
      const dropped = await runNow(t(), integrationId);
      expect(dropped.status).toBe('succeeded');
      expect(dropped.counts.staled).toBe(4); // the table and its three columns
      expect(Boolean((await findResource(t(), integrationId, id))?.stale)).toBe(true);

      await admin.query(ddl);
      await admin.end();
      const back = await runNow(t(), integrationId);
      expect(back.status).toBe('succeeded');
      expect(back.counts.revived).toBe(4);
      const revived = await t().app.inject({
        url: `/api/v1/resource/all/${resource.id}`,
        headers: t().as('viewer'),
      });
      expect(revived.json()).toMatchObject({
        stale: false,
        description: 'Full-text copy of film titles (edited in the catalog)',
      });
    });

    test.each([
      ['a wrong password', { password: 'wrong' }, 'authentication'],
      ['an unknown database', { database: ['sx_no_such_database'] }, 'database'],
      ['nothing listening on the port', { port: 1 }, 'refused'],
      ['TLS required of a server without TLS', { ssl: 'require' }, 'tls'],
    ])('%s fails the run naming host, port and reason; the catalog is as before', async (_, extra, stage) => {
      const before = await dumpCatalog(t().store);
      const id = await createIntegration(t(), 'mysql', credentials(extra));
      const sync = await runNow(t(), id);
      const { host, port } = { ...mysqlAdminCredentials(), ...extra };
      expect(sync.status).toBe('failed');
      expect(sync.error.message).toContain(`${host}:${port}: ${stage}:`);
      expect(JSON.stringify(sync)).not.toContain(RUN_PASSWORD);
      // Only the new integration's row differs: no resource, no lineage was written.
      expect(await dumpCatalogWithout(t().store, id)).toBe(before);
    });

    test('a statement timeout fails the run naming host, port and reason; the catalog is as before', async () => {
      // 150 tables make every information_schema query of the run take milliseconds (tens measured), far past
      // a 1 ms max_statement_time: the run must stop at the first one, whichever it is.
      const id = await createIntegration(
        t(),
        'mysql',
        credentials({ user: 'root', password: '', database: [manyTables], statement_timeout_ms: 1 }),
      );
      const before = await dumpCatalogWithout(t().store, id);
      const sync = await runNow(t(), id);
      const { host, port } = mysqlAdminCredentials();
      expect(sync.status).toBe('failed');
      expect(sync.error.message).toContain(`${host}:${port}: statement_timeout:`);
      expect(await dumpCatalogWithout(t().store, id)).toBe(before);
    });

    test('a connection killed mid-run fails the run (connection lost); the catalog is as before', async () => {
      const id = await createIntegration(t(), KILL_TYPE, credentials());
      const before = await dumpCatalogWithout(t().store, id);
      const sync = await runNow(t(), id);
      expect(sync.status).toBe('failed');
      const { host, port } = mysqlAdminCredentials();
      expect(sync.error.message).toContain(`${host}:${port}: connection_lost:`);
      expect(await dumpCatalogWithout(t().store, id)).toBe(before);
    });
  });
}
