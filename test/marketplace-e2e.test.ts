import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LocalHttpServer } from '@sextant/sdk/testing';
import { loadConfig, openStore, type RunningServer, startServer } from '@sextant/server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FAKE_CLUVIO_USER, startFakeCluvio } from '../examples/cluvio/fake-cluvio.js';
import { FAKE_WAREHOUSE_TOKEN, startFakeWarehouseApi } from '../examples/rest-api/fake-warehouse-api.js';

/**
 * Issue #7 end to end: the SDK's examples are uploaded to a real server over a real socket, connected with
 * credentials and allowed to reach their local fake service, run by the scheduler (due time in the past, then a
 * tick), and their resources appear in the catalog.
 */
const ROOT = new URL('..', import.meta.url).pathname;
let server: RunningServer;
let key: string;
const fakes: LocalHttpServer[] = [];

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sextant-marketplace-e2e-'));
  const config = loadConfig(
    {},
    {
      dataDir,
      sqliteFile: join(dataDir, 'sextant.db'),
      port: 0,
      jobPollMs: 100,
      schedulerTickMs: 200,
    },
  );
  server = await startServer(config, { logger: false, adminPassword: 'correct horse battery staple' });
  key = server.bootstrap!.apiKey;
}, 60_000);
afterAll(async () => {
  await server?.close();
  for (const fake of fakes) await fake.close();
});

/** Where the helpers send requests: the in-process server, or a `serve --workers` process tree. */
let target: () => { url: string; key: string } = () => ({ url: server.url, key });

async function api(path: string, init: RequestInit = {}) {
  const res = await fetch(`${target().url}${path}`, {
    ...init,
    headers: {
      authorization: `Bearer ${target().key}`,
      ...(typeof init.body === 'string' ? { 'content-type': 'application/json' } : {}),
    },
  });
  return { status: res.status, body: (await res.json()) as any };
}

async function upload(file: string, fields: { credential_fields: unknown[]; allowed_endpoints: string[] }) {
  const form = new FormData();
  form.append('name', file.split('/').pop()!);
  form.append('category', 'example');
  form.append('code', new Blob([readFileSync(join(ROOT, file), 'utf8')]), file.split('/').pop()!);
  form.append('credential_fields', JSON.stringify(fields.credential_fields));
  form.append('allowed_endpoints', JSON.stringify(fields.allowed_endpoints));
  const res = await api('/api/v1/marketplace/integrations', { method: 'POST', body: form });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

async function connect(marketplaceId: string, fake: LocalHttpServer, credentials: Record<string, string>) {
  const res = await api('/api/v1/integration/integrations', {
    method: 'POST',
    body: JSON.stringify({
      name: `connection of ${marketplaceId}`,
      type: `marketplace:${marketplaceId}`,
      credentials,
      allow_private_hosts: [new URL(fake.url).host],
    }),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

/** Makes the integration due a minute ago; the scheduler's next tick (every 200 ms here) queues its run. */
async function makeDue(integrationId: string, db = server.store.db) {
  await db
    .updateTable('integrations')
    .set({ scheduled_extractions_next_run: new Date(Date.now() - 60_000).toISOString() })
    .where('id', '=', integrationId)
    .execute();
}

async function waitForScheduledSync(integrationId: string) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { body } = await api(`/api/v1/integration/integrations/${integrationId}/syncs`);
    const sync = body.results[0];
    if (sync && sync.status !== 'running') return sync;
    if (Date.now() > deadline)
      throw new Error(`no finished sync for ${integrationId}: ${JSON.stringify(body)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function catalogTitles(integrationId: string): Promise<string[]> {
  const filter = JSON.stringify({ operator: 'exact', field: 'integration_id', value: integrationId });
  const { status, body } = await api(
    `/api/v1/resource/catalog?filter=${encodeURIComponent(filter)}&page_size=100`,
  );
  expect(status, JSON.stringify(body)).toBe(200);
  return body.results.map((r: { title: string }) => r.title).sort();
}

async function logsOf(integrationId: string, syncId: string) {
  const { body } = await api(
    `/api/v1/integration/integrations/${integrationId}/syncs/${syncId}/logs?page_size=1000`,
  );
  return body.results as Array<{ kind: string; message: string; data: Record<string, unknown> }>;
}

describe('SDK examples uploaded, connected and run on schedule', () => {
  test('examples/rest-api/warehouse-api.ts against its fake warehouse API', async () => {
    const fake = await startFakeWarehouseApi();
    fakes.push(fake);
    const marketplaceId = await upload('examples/rest-api/warehouse-api.ts', {
      credential_fields: [
        { key: 'base_url', label: 'Base URL', sensitive: false },
        { key: 'api_token', label: 'API token', sensitive: true },
      ],
      allowed_endpoints: [fake.url],
    });
    const id = await connect(marketplaceId, fake, { base_url: fake.url, api_token: FAKE_WAREHOUSE_TOKEN });
    await makeDue(id);
    const sync = await waitForScheduledSync(id);
    expect(sync, JSON.stringify(await logsOf(id, sync.id))).toMatchObject({
      status: 'succeeded',
      source: 'sdk',
      counts: { created: 16, lineage_resolved: 2, lineage_pending: 1 },
    });
    const titles = await catalogTitles(id);
    expect(titles).toHaveLength(16);
    expect(titles).toEqual(expect.arrayContaining(['id']));
    const integration = (await api(`/api/v1/integration/integrations/${id}`)).body;
    expect(integration.scheduled_extractions_last_run).not.toBeNull();
    expect(integration.scheduled_extractions_next_run > new Date().toISOString()).toBe(true);
    const logs = await logsOf(id, sync.id);
    const calls = logs.filter((entry) => entry.kind === 'http');
    expect(calls.length).toBeGreaterThan(1);
    expect(calls[0]!.data).toMatchObject({ method: 'GET', status: 200 });
    expect(JSON.stringify(logs)).not.toContain(FAKE_WAREHOUSE_TOKEN);
  }, 180_000);

  test('examples/cluvio/cluvio.ts against its fake Cluvio', async () => {
    const fake = await startFakeCluvio();
    fakes.push(fake);
    const marketplaceId = await upload('examples/cluvio/cluvio.ts', {
      credential_fields: [
        { key: 'email', label: 'E-mail', sensitive: false },
        { key: 'password', label: 'Password', sensitive: true },
        { key: 'base_url', label: 'Base URL', sensitive: false },
      ],
      allowed_endpoints: [fake.url],
    });
    const id = await connect(marketplaceId, fake, { ...FAKE_CLUVIO_USER, base_url: fake.url });
    await makeDue(id);
    const sync = await waitForScheduledSync(id);
    expect(sync, JSON.stringify(await logsOf(id, sync.id))).toMatchObject({
      status: 'succeeded',
      source: 'sdk',
    });
    expect(sync.counts.created).toBeGreaterThan(0);
    expect((await catalogTitles(id)).length).toBe(sync.counts.created);
    expect(JSON.stringify(await logsOf(id, sync.id))).not.toContain(FAKE_CLUVIO_USER.password);
  }, 180_000);

  test('code that calls a host outside its allow-list: the run fails with the refusal in the sync log, nothing applied', async () => {
    const fake = await startFakeWarehouseApi();
    fakes.push(fake);
    const form = new FormData();
    form.append('name', 'sneaky');
    form.append('category', 'example');
    const code = `import { Integration } from '@sextant/sdk';
export default class Sneaky extends Integration {
  async extract() {
    this.declareResource({ entity_type: 'dashboard', databuilder_id: 'd1', title: 'Looks harmless' });
    await this.httpGet('http://169.254.169.254/latest/meta-data/');
  }
}
`;
    form.append('code', new Blob([code]), 'sneaky.ts');
    form.append('allowed_endpoints', JSON.stringify([fake.url]));
    const uploaded = await api('/api/v1/marketplace/integrations', { method: 'POST', body: form });
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
    const id = await connect(uploaded.body.id, fake, {});
    const run = await api(`/api/v1/integration/integrations/${id}/run`, { method: 'POST' });
    expect(run.status, JSON.stringify(run.body)).toBe(202);
    const sync = await waitForScheduledSync(id);
    expect(sync.id).toBe(run.body.sync_id);
    expect(sync).toMatchObject({ status: 'failed', error: { code: 'sandbox_http_refused' } });
    const logs = await logsOf(id, sync.id);
    expect(logs.find((entry) => entry.kind === 'http')?.data).toMatchObject({
      url: 'http://169.254.169.254/latest/meta-data/',
      error: expect.any(String),
    });
    expect(logs.some((entry) => entry.kind === 'run' && entry.message.startsWith('run failed:'))).toBe(true);
    expect(await catalogTitles(id)).toEqual([]);
  }, 180_000);
});

describe('sextant serve --workers 2 on SQLite', () => {
  let child: ChildProcess | undefined;
  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }
    target = () => ({ url: server.url, key });
  });

  test('the primary process alone schedules and runs: a due integration runs once, run-now from a worker is run by it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sextant-workers-e2e-'));
    child = spawn(
      process.execPath,
      [
        '--conditions=source',
        '--import',
        'tsx',
        join(ROOT, 'packages/cli/src/main.ts'),
        'serve',
        '--workers',
        '2',
        '--port',
        '0',
        '--data-dir',
        dataDir,
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          DATABASE_URL: '',
          LOG_LEVEL: 'warn',
          SEXTANT_ADMIN_PASSWORD: 'correct horse battery staple',
          SEXTANT_JOB_POLL_MS: '100',
          SEXTANT_SCHEDULER_TICK_SECONDS: '1',
        },
      },
    );
    let output = '';
    const started = await new Promise<{ url: string; key: string }>((resolve, reject) => {
      child!.stdout!.on('data', (chunk) => {
        output += chunk;
        const url = /serving (http:\/\/\S+)/.exec(output)?.[1];
        const apiKey = /(sxt_[A-Za-z0-9_-]+)/.exec(output)?.[1];
        if (url && apiKey) resolve({ url, key: apiKey });
      });
      child!.stderr!.on('data', (chunk) => {
        output += chunk;
      });
      child!.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
    });
    target = () => started;
    const fake = await startFakeWarehouseApi();
    fakes.push(fake);
    const marketplaceId = await upload('examples/rest-api/warehouse-api.ts', {
      credential_fields: [
        { key: 'base_url', label: 'Base URL', sensitive: false },
        { key: 'api_token', label: 'API token', sensitive: true },
      ],
      allowed_endpoints: [fake.url],
    });
    const id = await connect(marketplaceId, fake, { base_url: fake.url, api_token: FAKE_WAREHOUSE_TOKEN });
    const store = await openStore({ sqliteFile: join(dataDir, 'sextant.db'), migrate: false });
    try {
      await makeDue(id, store.db);
      const sync = await waitForScheduledSync(id);
      expect(sync).toMatchObject({ status: 'succeeded', counts: { created: 16 } });
      // Two more scheduler ticks: still one run.
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect((await api(`/api/v1/integration/integrations/${id}/syncs`)).body.count).toBe(1);
      const owners = await store.db
        .selectFrom('syncs')
        .select('owner_id')
        .where('integration_id', '=', id)
        .execute();
      expect(owners).toHaveLength(1);
      expect(owners[0]!.owner_id).toContain(`:${child.pid}:`);

      const queued = await api(`/api/v1/integration/integrations/${id}/run`, { method: 'POST' });
      expect(queued.status, JSON.stringify(queued.body)).toBe(202);
      const manual = await waitForScheduledSync(id);
      expect(manual).toMatchObject({
        id: queued.body.sync_id,
        status: 'succeeded',
        counts: { unchanged: 16 },
      });
      const owner = await store.db
        .selectFrom('syncs')
        .select('owner_id')
        .where('id', '=', manual.id)
        .executeTakeFirstOrThrow();
      expect(owner.owner_id).toContain(`:${child.pid}:`);
    } finally {
      await store.close();
    }
  }, 480_000);
});
