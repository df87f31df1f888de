import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, test } from 'vitest';
import { createSecretBox } from '../../auth/secret-box.js';
import { loadConfig } from '../../config.js';
import { createTestStore, startTestServer, testBackends } from '../../testing/index.js';
import { buildApp } from '../app.js';
import type { JobWorkerProbe } from '../context.js';

async function appOn(backend: 'sqlite' | 'postgres', jobWorker?: JobWorkerProbe) {
  const store = await createTestStore(backend);
  const dataDir = mkdtempSync(join(tmpdir(), 'sextant-readyz-'));
  const app = await buildApp({
    store,
    config: loadConfig({}, { dataDir }),
    secrets: createSecretBox(Buffer.alloc(32, 1)),
    jobWorker,
  });
  return { app, store };
}

for (const backend of testBackends()) {
  describe(`GET /readyz [${backend}]`, () => {
    test('200 with every check when the store answers, migrations are applied and no jobs run here', async () => {
      const { app, store } = await appOn(backend);
      const res = await app.inject({ method: 'GET', url: '/readyz' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        status: 'ready',
        checks: { store: 'ok', migrations: 'ok', jobs: 'not_applicable' },
      });
      await app.close();
      await store.dispose();
    });

    test('503 naming the store once the store is closed', async () => {
      const { app, store } = await appOn(backend);
      await store.close();
      const res = await app.inject({ method: 'GET', url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe('not_ready');
      expect(res.json().error.details.checks).toMatchObject({ store: 'unreachable', migrations: 'skipped' });
      expect(res.json().error.message).toContain('store');
      await app.close();
      await store.dispose();
    });

    test('503 naming a migration the database has not applied', async () => {
      const { app, store } = await appOn(backend);
      await sql`delete from sextant_migrations where name = ${'0011_sync_speed'}`.execute(store.db);
      const res = await app.inject({ method: 'GET', url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.json().error.details.checks.migrations).toBe('pending: 0011_sync_speed');
      expect(res.json().error.message).toBe('not ready: migrations');
      await app.close();
      await store.dispose();
    });

    test('503 naming the job worker when this process runs jobs and its loop is not alive', async () => {
      let alive = false;
      const { app, store } = await appOn(backend, { isAlive: () => alive });
      const down = await app.inject({ method: 'GET', url: '/readyz' });
      expect(down.statusCode).toBe(503);
      expect(down.json().error.details.checks).toEqual({
        store: 'ok',
        migrations: 'ok',
        jobs: 'job worker not running',
      });
      alive = true;
      const up = await app.inject({ method: 'GET', url: '/readyz' });
      expect(up.statusCode).toBe(200);
      expect(up.json().checks.jobs).toBe('ok');
      await app.close();
      await store.dispose();
    });
  });
}

describe('GET /readyz on a whole server that runs jobs', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  afterAll(async () => server?.close());

  test('ready while the worker loop runs, 503 once it has stopped', async () => {
    server = await startTestServer({ adminPassword: 'readyz test password', label: 'readyz' });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect((await ready.json()).checks.jobs).toBe('ok');
    await server.jobs?.stop();
    const stopped = await fetch(`${server.url}/readyz`);
    expect(stopped.status).toBe(503);
    expect((await stopped.json()).error.details.checks.jobs).toBe('job worker not running');
  });
});
