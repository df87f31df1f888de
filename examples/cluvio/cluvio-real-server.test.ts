import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LocalHttpServer } from '@sextant/sdk/testing';
import type { RunningServer } from '@sextant/server';
import { startTestServer } from '@sextant/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSextant } from '../support/run-sextant.js';
import { FAKE_CLUVIO_USER, startFakeCluvio } from './fake-cluvio.js';

// The whole author's loop against a real Sextant server on a real socket (not a fake import route): --dry-run
// shows the diff and changes nothing, --push creates the resources, --out files import through the JSONL route
// with `sextant import --server`, and an unchanged re-push changes nothing.
let cluvio: LocalHttpServer;
let server: RunningServer;
let directory: string;
let credentialsFile: string;
let integrationId: string;
let key: string;

async function api<T = { id: string }>(method: string, url: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.url}${url}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  expect(response.status, `${method} ${url}`).toBeLessThan(300);
  return response.json() as Promise<T>;
}

const dashboards = async () =>
  api<{ count: number }>('GET', `/api/v1/dashboard/dashboards?integration_id=${integrationId}`);

beforeAll(async () => {
  cluvio = await startFakeCluvio();
  directory = await mkdtemp(path.join(tmpdir(), 'sextant-cluvio-real-'));
  credentialsFile = path.join(directory, 'cluvio.json');
  await writeFile(credentialsFile, JSON.stringify({ ...FAKE_CLUVIO_USER, base_url: cluvio.url }));
  server = await startTestServer({ adminPassword: 'cluvio-real', label: 'cluvio-real' });
  key = server.bootstrap!.apiKey;
  integrationId = (
    await api('POST', '/api/v1/integration/integrations', { name: 'Cluvio', type: 'custom', credentials: {} })
  ).id;
});
afterAll(async () => {
  await cluvio?.close();
  await server?.close();
});

describe('Cluvio example against a real server', () => {
  const run = (...extra: string[]) =>
    runSextant(
      [
        'run',
        'examples/cluvio/cluvio.ts',
        '--credentials',
        credentialsFile,
        '--server',
        server.url,
        '--integration',
        integrationId,
        ...extra,
      ],
      { env: { SEXTANT_API_KEY: key } },
    );

  it('--dry-run reports what would be created and changes nothing', async () => {
    const dry = await run('--dry-run');
    expect(dry.stderr).toContain('nothing was changed');
    expect(dry.stderr).toContain('create 6, update 0');
    expect(dry.code).toBe(0);
    expect((await dashboards()).count).toBe(0);
  });

  it('--push creates the dashboards; pushing again changes nothing', async () => {
    const push = await run('--push');
    expect(push.code, push.stderr).toBe(0);
    expect(push.stderr).toContain('created 6, updated 0');
    expect((await dashboards()).count).toBe(2);
    const again = await run('--push');
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/created 0, updated 0, unchanged 6/);
  });

  it('--out files import through the JSONL route with sextant import --server', async () => {
    const out = path.join(directory, 'out');
    expect(
      (await runSextant(['run', 'examples/cluvio/cluvio.ts', '--credentials', credentialsFile, '--out', out]))
        .code,
    ).toBe(0);
    const imported = await runSextant(
      [
        'import',
        '--integration',
        integrationId,
        '--server',
        server.url,
        '--json',
        path.join(out, 'resources.jsonl'),
        path.join(out, 'lineages.jsonl'),
      ],
      { env: { SEXTANT_API_KEY: key } },
    );
    expect(imported.code, imported.stderr).toBe(0);
    const record = JSON.parse(imported.stdout);
    expect(record).toMatchObject({ status: 'succeeded', counts: { created: 0, unchanged: 6 } });
  });
});
