import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  adminQuery,
  createDatabase,
  credentialsFor,
  dropDatabase,
  postgresTestsReady,
  uniqueDatabaseName,
} from '../../connectors/postgres/testing/pg-test-server.js';
import { forEachApp, type TestApp } from '../../testing/index.js';

/*
 * The connector routes: the list every form is built from, and test connection before saving (body =
 * credentials) or for a saved integration, answering the stage that failed with host, port and a hint.
 */

const isReady = await postgresTestsReady();
const database = uniqueDatabaseName('routes');
const locked = uniqueDatabaseName('locked');
const role = `sx_pgconn_rt_${Math.random().toString(36).slice(2, 8)}`;
let silentPort = 0;
let closeSilent: () => void = () => {};

beforeAll(async () => {
  // A port that accepts connections and never answers: the connect timeout.
  const silent = createServer(() => {});
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  silentPort = (silent.address() as { port: number }).port;
  closeSilent = () => silent.close();
  if (!isReady) return;
  await createDatabase(database);
  await createDatabase(locked);
  await adminQuery(`create role ${role} login; revoke connect on database ${locked} from public`);
});
afterAll(async () => {
  closeSilent();
  if (!isReady) return;
  await dropDatabase(database);
  await dropDatabase(locked);
  await adminQuery(`drop role if exists ${role}`);
});

const pgCredentials = (extra: Record<string, unknown> = {}) => {
  const base = credentialsFor(database);
  return { host: base.host, port: base.port, user: base.user, database: [database], ...extra };
};

const testCredentials = (t: TestApp, type: string, body: unknown) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/integration/connectors/${type}/test`,
    headers: t.as('admin'),
    payload: body as Record<string, unknown>,
  });

forEachApp('connector routes', (t) => {
  test('GET /integration/connectors lists postgres and mysql with their fields', async () => {
    const res = await t().app.inject({ url: '/api/v1/integration/connectors', headers: t().as('viewer') });
    expect(res.statusCode, res.body).toBe(200);
    const byType = new Map(res.json().results.map((c: { type: string }) => [c.type, c]));
    expect(byType.get('postgres')).toMatchObject({ aliases: ['postgresql'], label: 'PostgreSQL' });
    expect(byType.get('mysql')).toMatchObject({ aliases: ['mariadb'] });
    const fields = (byType.get('postgres') as { fields: Array<{ key: string; secret: boolean }> }).fields;
    expect(fields.find((f) => f.key === 'password')).toMatchObject({ type: 'password', secret: true });
    expect(fields.find((f) => f.key === 'port')).toMatchObject({ default: 5432, secret: false });
    expect(fields.find((f) => f.key === 'ssl')).toMatchObject({
      options: ['disable', 'require', 'verify-full'],
    });
  });

  test('bad credentials are a 400 naming the field; an unknown type a 404; editors may not test', async () => {
    const bad = await testCredentials(t(), 'postgres', { host: 'h', user: 'u', port: 'abc', prot: 1 });
    expect(bad.statusCode, bad.body).toBe(400);
    expect(bad.json().error.details.problems.map((p: { field: string }) => p.field)).toEqual([
      'credentials.port',
      'credentials.prot',
    ]);
    const unknown = await testCredentials(t(), 'oracle', { host: 'h', user: 'u' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('connector_not_found');
    const editor = await t().app.inject({
      method: 'POST',
      url: '/api/v1/integration/connectors/postgres/test',
      headers: t().as('editor'),
      payload: { host: 'h', user: 'u' },
    });
    expect(editor.statusCode).toBe(403);
    const create = await t().app.inject({
      method: 'POST',
      url: '/api/v1/integration/integrations',
      headers: t().as('admin'),
      payload: { name: 'pg', type: 'postgresql', credentials: { host: 'h' } },
    });
    expect(create.statusCode, create.body).toBe(400);
    expect(create.json().error.details.problems[0].field).toBe('credentials.user');
  });

  test.each([
    ['dns', { host: 'sx-no-such-host.invalid' }],
    ['refused', { host: '127.0.0.1', port: 1 }],
    ['timeout', { host: '127.0.0.1', port: -1 }],
  ])('test connection answers stage %s with host, port and a hint', async (stage, extra) => {
    const body = { user: 'postgres', database: ['postgres'], ...extra };
    if (body.port === -1) body.port = silentPort;
    const res = await testCredentials(t(), 'postgresql', body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      ok: false,
      failure: { stage, host: body.host, port: body.port ?? 5432, hint: expect.any(String) },
    });
  });

  describe.skipIf(!isReady)('against the real PostgreSQL', () => {
    test('ok: server version and databases', async () => {
      const res = await testCredentials(t(), 'postgres', pgCredentials());
      expect(res.json()).toMatchObject({ ok: true, server_version: expect.stringMatching(/^\d+/) });
      expect(res.json().databases).toContain(database);
    });

    test.each([
      ['authentication', { user: 'sx_no_such_user' }],
      ['database', { database: ['sx_no_such_database'] }],
      ['tls', { ssl: 'require' }],
    ])('stage %s', async (stage, extra) => {
      const res = await testCredentials(t(), 'postgres', pgCredentials(extra));
      expect(res.json(), res.body).toMatchObject({ ok: false, failure: { stage, hint: expect.any(String) } });
    });

    test('privileges: the grants needed are listed', async () => {
      const res = await testCredentials(t(), 'postgres', pgCredentials({ user: role, database: [locked] }));
      expect(res.json()).toMatchObject({
        ok: false,
        failure: {
          stage: 'privileges',
          grants_needed: [`GRANT CONNECT ON DATABASE "${locked}" TO "${role}";`],
        },
      });
    });

    test('a saved integration is tested with its stored credentials; other types answer 422', async () => {
      const created = await t().app.inject({
        method: 'POST',
        url: '/api/v1/integration/integrations',
        headers: t().as('admin'),
        payload: {
          name: 'pg',
          type: 'postgresql',
          credentials: pgCredentials({ password: 'pg-route-secret-1' }),
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toMatchObject({ type: 'postgres', credentials: { password: '********' } });
      const res = await t().app.inject({
        method: 'POST',
        url: `/api/v1/integration/integrations/${created.json().id}/test`,
        headers: t().as('admin'),
      });
      expect(res.json()).toMatchObject({ ok: true });
      const csv = await t().app.inject({
        method: 'POST',
        url: '/api/v1/integration/integrations',
        headers: t().as('admin'),
        payload: { name: 'files', type: 'custom' },
      });
      const other = await t().app.inject({
        method: 'POST',
        url: `/api/v1/integration/integrations/${csv.json().id}/test`,
        headers: t().as('admin'),
      });
      expect(other.statusCode).toBe(422);
    });
  });
});
