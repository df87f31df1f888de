import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { connectorRunner } from '../../jobs/connector-runner.js';
import { registerRunner } from '../../jobs/runner-registry.js';
import { manualJobService } from '../../jobs/testing/job-test-support.js';
import {
  dropLinesOf,
  dumpCatalog,
  dumpCatalogWithout,
  forEachApp,
  type TestApp,
} from '../../testing/index.js';
import type { Connector } from '../connector.js';
import type { SqlCredentials } from '../sql-credentials.js';
import { postgresConnector } from './postgres-connector.js';
import {
  adminQuery,
  createDatabase,
  credentialsFor,
  dropDatabase,
  loadFixture,
  PG_ADMIN_URL,
  PG_FIXTURES,
  postgresTestsReady,
  uniqueDatabaseName,
} from './testing/pg-test-server.js';

/*
 * PostgreSQL connector runs through the real job path (run now → connector runner → spool → sync engine) on each
 * catalog backend, against the real server: a second identical run changes nothing, a dropped table goes stale
 * and comes back with its user edits, and every fault (unreachable host, unknown user, missing database,
 * statement timeout, the connection terminated mid-run) fails the run naming host, port and reason, with the
 * catalog exactly as before. The password never shows in sync records, run logs or server logs.
 */

const isReady = await postgresTestsReady();
const database = uniqueDatabaseName('runs');
const PASSWORD = 'pg-run-secret-7d41e';
const KILL_TYPE = 'postgres_kill_test';
const serverLog: string[] = [];
let unregister: Array<() => void> = [];

beforeAll(async () => {
  if (!isReady) return;
  await createDatabase(database);
  loadFixture(database, PG_FIXTURES.sakila);
  unregister = [
    registerRunner('postgres', connectorRunner(postgresConnector)),
    registerRunner(KILL_TYPE, connectorRunner(terminatedMidRun())),
  ];
});

afterAll(async () => {
  for (const undo of unregister) undo();
  if (isReady) await dropDatabase(database);
});

/** The PostgreSQL connector, but its connection is terminated (pg_terminate_backend) at the 2nd record (the first schema), before its tables are read. */
function terminatedMidRun(): Connector<SqlCredentials> {
  return {
    ...postgresConnector,
    type: KILL_TYPE,
    aliases: [],
    async extract(credentials, sink, options) {
      let emitted = 0;
      await postgresConnector.extract(
        credentials,
        {
          ...sink,
          async emit(record) {
            emitted += 1;
            if (emitted === 2) {
              const killed = await adminQuery<{ pid: number }>(
                `select pid from pg_stat_activity where datname = $1 and application_name = 'sextant-connector'`,
                [database],
              );
              for (const { pid } of killed) await adminQuery('select pg_terminate_backend($1)', [pid]);
              expect(killed.length).toBeGreaterThan(0);
            }
            await sink.emit(record);
          },
        },
        options,
      );
    },
  };
}

const credentials = (extra: Record<string, unknown> = {}) => {
  const base = credentialsFor(database);
  return {
    host: base.host,
    port: base.port,
    user: base.user,
    password: PASSWORD,
    database: [database],
    ssl: base.ssl,
    ...extra,
  };
};

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

async function setCredentials(t: TestApp, id: string, creds: Record<string, unknown>): Promise<void> {
  const res = await t.app.inject({
    method: 'PATCH',
    url: `/api/v1/integration/integrations/${id}`,
    headers: t.as('admin'),
    payload: { credentials: creds },
  });
  expect(res.statusCode, res.body).toBe(200);
}

const logger = {
  info: (...args: unknown[]) => void serverLog.push(JSON.stringify(args)),
  warn: (...args: unknown[]) => void serverLog.push(JSON.stringify(args)),
  error: (...args: unknown[]) => void serverLog.push(JSON.stringify(args)),
};

/** Run now, driven to its end by a hand-cranked worker; the finished sync record and its log lines. */
async function runNow(t: TestApp, id: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/integration/integrations/${id}/run`,
    headers: t.as('admin'),
  });
  expect(res.statusCode, res.body).toBe(202);
  const syncId = res.json().sync_id;
  const service = manualJobService(t.store, { logger });
  await service.tick();
  await service.idle();
  const sync = await t.app.inject({
    url: `/api/v1/integration/integrations/${id}/syncs/${syncId}`,
    headers: t.as('admin'),
  });
  const logs = await t.app.inject({
    url: `/api/v1/integration/integrations/${id}/syncs/${syncId}/logs?page_size=1000`,
    headers: t.as('admin'),
  });
  return { ...sync.json(), logText: logs.body };
}

async function findResource(t: TestApp, integrationId: string, databuilderId: string) {
  return t.store.db
    .selectFrom('resources')
    .select(['id', 'stale'])
    .where('integration_id', '=', integrationId)
    .where('databuilder_id', '=', databuilderId)
    .executeTakeFirst();
}

/** Database + schema + relations + columns, counted from pg_catalog. */
async function countObjects(): Promise<number> {
  const [row] = await adminQuery<{ n: string }>(
    `select (select count(*) from pg_namespace where nspname not like 'pg\\_%' and nspname <> 'information_schema')
      + (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where c.relkind in ('r','v','m','f','p') and not c.relispartition
            and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema')
      + (select count(*) from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
          where c.relkind in ('r','v','m','f','p') and not c.relispartition and a.attnum > 0 and not a.attisdropped
            and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema') + 1 as n`,
    [],
    database,
  );
  return Number(row!.n);
}

if (!isReady) test.skip('PostgreSQL, psql or the Sakila fixture is absent', () => {});
else {
  forEachApp('PostgreSQL connector runs', (t) => {
    let integrationId: string;

    test('a run catalogues the database; a second identical run changes nothing', async () => {
      integrationId = await createIntegration(t(), 'postgresql', credentials());
      const integration = await t().app.inject({
        url: `/api/v1/integration/integrations/${integrationId}`,
        headers: t().as('admin'),
      });
      expect(integration.json()).toMatchObject({ type: 'postgres', credentials: { password: '********' } });
      const first = await runNow(t(), integrationId);
      expect(first, JSON.stringify(first.error)).toMatchObject({ status: 'succeeded', source: 'connector' });
      expect(first.counts.created).toBe(await countObjects());
      expect(first.counts.lineage_resolved).toBeGreaterThan(0);
      const before = await dumpCatalog(t().store);

      const second = await runNow(t(), integrationId);
      expect(second.status).toBe('succeeded');
      expect(second.counts).toMatchObject({ created: 0, updated: 0, staled: 0, revived: 0 });
      expect(await dumpCatalog(t().store)).toBe(before);
      for (const text of [JSON.stringify(first), JSON.stringify(second), serverLog.join('\n')]) {
        expect(text).not.toContain(PASSWORD);
      }
    });

    test('the resource object answers row count, size, foreign keys and view definitions', async () => {
      const address = await findResource(t(), integrationId, `${database}.public.address`);
      const res = await t().app.inject({
        url: `/api/v1/resource/all/${address!.id}`,
        headers: t().as('viewer'),
      });
      const [size] = await adminQuery<{ bytes: string }>(
        `select pg_total_relation_size('public.address') as bytes`,
        [],
        database,
      );
      expect(res.json()).toMatchObject({
        native_type: 'table',
        byte_size: Number(size!.bytes),
        properties: { foreign_keys: [{ name: 'address_city_id_fkey', columns: ['city_id'] }] },
      });
      const view = await findResource(t(), integrationId, `${database}.public.staff_list`);
      const viewRes = await t().app.inject({
        url: `/api/v1/resource/all/${view!.id}`,
        headers: t().as('viewer'),
      });
      expect(viewRes.json().properties.view_definition).toContain('FROM public.staff s');
    });

    test('a dropped table goes stale, and comes back with its user edits when recreated', async () => {
      const id = `${database}.public.language`;
      const resource = await findResource(t(), integrationId, id);
      if (!resource) throw new Error('language was not catalogued');
      const edit = await t().app.inject({
        method: 'PATCH',
        url: `/api/v1/resource/all/${resource.id}`,
        headers: t().as('admin'),
        payload: { description: 'Languages films are in (edited in the catalog)' },
      });
      expect(edit.statusCode, edit.body).toBe(200);
      await adminQuery('alter table public.language rename to language_away', [], database);
      const dropped = await runNow(t(), integrationId);
      expect(dropped.status).toBe('succeeded');
      expect(dropped.counts.staled).toBe(4); // the table and its three columns
      expect(Boolean((await findResource(t(), integrationId, id))?.stale)).toBe(true);

      await adminQuery('alter table public.language_away rename to language', [], database);
      const back = await runNow(t(), integrationId);
      expect(back.status).toBe('succeeded');
      expect(back.counts.revived).toBe(4);
      const revived = await t().app.inject({
        url: `/api/v1/resource/all/${resource.id}`,
        headers: t().as('viewer'),
      });
      expect(revived.json()).toMatchObject({
        stale: false,
        description: 'Languages films are in (edited in the catalog)',
      });
    });

    test.each([
      ['an unreachable host (DNS)', { host: 'sx-no-such-host.invalid' }, 'dns'],
      ['nothing listening on the port', { port: 1 }, 'refused'],
      ['an unknown user', { user: 'sx_no_such_user' }, 'authentication'],
      ['a missing database', { database: ['sx_no_such_database'] }, 'database'],
      ['TLS required of a server without TLS', { ssl: 'require' }, 'tls'],
    ])('%s fails the run naming host, port and reason; the catalog is as before', async (_, extra, stage) => {
      await setCredentials(t(), integrationId, credentials(extra));
      const before = await dumpCatalog(t().store);
      const sync = await runNow(t(), integrationId);
      const { host, port } = { ...credentials(), ...extra };
      expect(sync.status).toBe('failed');
      expect(sync.error).toMatchObject({ code: 'connection_failed' });
      expect(sync.error.message).toContain(`${host}:${port}: ${stage}:`);
      expect(JSON.stringify(sync)).not.toContain(PASSWORD);
      expect(sync.logText).not.toContain(PASSWORD);
      expect(await dumpCatalog(t().store)).toBe(before);
      await setCredentials(t(), integrationId, credentials());
    });

    test('a statement timeout fails the run (a table locked by a migration); the catalog is as before', async () => {
      await setCredentials(t(), integrationId, credentials({ statement_timeout_ms: 500 }));
      const locker = new pg.Client({
        connectionString: `${PG_ADMIN_URL.replace(/\/[^/]*$/, '')}/${database}`,
      });
      await locker.connect();
      try {
        await locker.query('begin; lock table public.film in access exclusive mode');
        const before = await dumpCatalog(t().store);
        const sync = await runNow(t(), integrationId);
        expect(sync.status).toBe('failed');
        expect(sync.error.message).toContain(`:${credentials().port}: statement_timeout:`);
        expect(await dumpCatalog(t().store)).toBe(before);
      } finally {
        await locker.query('rollback');
        await locker.end();
        await setCredentials(t(), integrationId, credentials());
      }
    });

    test('a connection terminated mid-run fails the run (connection lost); the catalog is as before', async () => {
      const id = await createIntegration(t(), KILL_TYPE, credentials());
      const before = await dumpCatalog(t().store);
      const sync = await runNow(t(), id);
      expect(sync.status).toBe('failed');
      expect(sync.error.message).toContain(`:${credentials().port}: connection_lost:`);
      expect(await dumpCatalogWithout(t().store, id)).toBe(dropLinesOf(before, id));
      expect(serverLog.join('\n')).not.toContain(PASSWORD);
    });
  });
}
