/**
 * Runs the curl commands of docs/quality.md, in order, against a real server on a real socket, on a table of a
 * real PostgreSQL database catalogued by the built-in connector: profile, column profile, create a monitor, run
 * it, read its measurements, resolve an incident. If the doc drifts from the API, this fails.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { RunningServer } from '@sextant/server';
import { startTestServer } from '@sextant/server/testing';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { postgresTestsReady } from '../packages/server/src/connectors/postgres/testing/pg-test-server.js';
import {
  createPgWarehouse,
  type Warehouse,
} from '../packages/server/src/quality/testing/quality-warehouses.js';

const doc = readFileSync(join(import.meta.dirname, 'quality.md'), 'utf8');
const curlBlocks = [...doc.matchAll(/```sh\n([\s\S]*?)```/g)]
  .map((m) => m[1]!)
  .filter((b) => b.includes('curl'));

const isReady = await postgresTestsReady();
let server: RunningServer;
let warehouse: Warehouse;
const env: Record<string, string> = {};

async function api(method: string, path: string, body?: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${server.bootstrap!.apiKey}`, 'content-type': 'application/json' },
    ...(method !== 'GET' && { body: JSON.stringify(body ?? {}) }),
  });
  return { status: res.status, json: (await res.json()) as Record<string, any> };
}

beforeAll(async () => {
  if (!isReady) return;
  warehouse = await createPgWarehouse(500);
  server = await startTestServer({ adminPassword: 'docs-quality-password', label: 'docs-quality' });
  const created = await api('POST', '/api/v1/integration/integrations', {
    name: 'Warehouse',
    type: 'postgres',
    credentials: warehouse.credentials,
  });
  expect(created.status).toBe(201);
  const run = await api('POST', `/api/v1/integration/integrations/${created.json.id}/run`);
  expect(run.status).toBe(202);
  let sync = await api(
    'GET',
    `/api/v1/integration/integrations/${created.json.id}/syncs/${run.json.sync_id}`,
  );
  for (let waited = 0; ['queued', 'running'].includes(sync.json.status) && waited < 600; waited++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    sync = await api('GET', `/api/v1/integration/integrations/${created.json.id}/syncs/${run.json.sync_id}`);
  }
  expect(sync.json.status).toBe('succeeded');
  const ids = await server.store.db
    .selectFrom('resources')
    .select(['id', 'databuilder_id'])
    .where('integration_id', '=', created.json.id)
    .execute();
  const idOf = (suffix: string) =>
    ids.find((r) => r.databuilder_id === `${warehouse.database}.public.${suffix}`)!.id;
  env.TABLE_ID = idOf('orders');
  env.COLUMN_ID = idOf('orders.amount');
}, 120_000);
afterAll(async () => {
  await server?.close();
  await warehouse?.drop();
});

test('the doc has the profile, column, create, run, measurements and resolve commands', () => {
  expect(curlBlocks).toHaveLength(6);
});

test.skipIf(!isReady)(
  'each curl block runs, in order, and answers what the doc says',
  async () => {
    Object.assign(env, { SEXTANT: server.url, SEXTANT_API_KEY: server.bootstrap!.apiKey });
    // Asynchronous on purpose: the server answers from this same process, so a blocking exec would deadlock.
    const run = async (index: number) => {
      const script = curlBlocks[index]!.replaceAll('curl -s', 'curl -sS --fail-with-body');
      const { stdout } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', script], {
        env: { ...process.env, ...env },
        encoding: 'utf8',
      });
      return JSON.parse(stdout);
    };
    const profile = await run(0);
    expect(profile).toMatchObject({ status: 'succeeded', row_count: 500, sample_percent: null });
    expect(await run(1)).toMatchObject({
      profile_id: profile.id,
      column: { name: 'amount', null_count: 50 },
    });
    const monitor = await run(2);
    expect(monitor).toMatchObject({ metric_type: 'row_count', condition_manual_min: 100, frequency: 24 });
    env.MONITOR_ID = monitor.id;
    const ran = await run(3);
    expect(ran.measurements[0]).toMatchObject({ monitor_id: monitor.id, value: 500, status: 'normal' });
    expect((await run(4)).results[0].id).toBe(ran.measurements[0].id);
    const strict = await api('PATCH', `/api/v1/monitor/monitors/${monitor.id}`, {
      condition_manual_min: 1000,
    });
    expect(strict.status).toBe(200);
    await api('POST', '/api/v1/monitor/monitors/run/', { monitors: [monitor.id] });
    const open = await api('GET', `/api/v1/monitor/incidents?status=open&monitor_id=${monitor.id}`);
    env.INCIDENT_ID = open.json.results[0].id;
    expect(await run(5)).toMatchObject({ id: env.INCIDENT_ID, status: 'resolved' });
  },
  90_000,
);
