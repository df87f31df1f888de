/**
 * Runs the curl commands of docs/runs-and-schedules.md, in order, against a real server on a real socket, with a
 * real uploaded integration that reads a local fake service: schedule, disable, run now, run again (409), the
 * sync record and the run's log. If the doc drifts from the API, this fails.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { RunningServer } from '@sextant/server';
import { startTestServer, tableRun } from '@sextant/server/testing';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FeedService, startFeedService } from '../packages/server/src/jobs/testing/feed-service.js';

const doc = readFileSync(join(import.meta.dirname, 'runs-and-schedules.md'), 'utf8');
const curlBlocks = [...doc.matchAll(/```sh\n([\s\S]*?)```/g)]
  .map((m) => m[1]!)
  .filter((b) => b.includes('curl'));

/** An uploaded integration that declares what its feed answers. */
const CODE = `import { Integration } from '@sextant/sdk';
export default class Feed extends Integration {
  async extract() {
    const answer = await this.httpGet(this.requireCredential('feed_url'));
    for (const record of answer.throwIfNotOk().json()) this.declareResource(record);
  }
}
`;

let server: RunningServer;
let feed: FeedService;
let integrationId: string;
let cwd: string;
beforeAll(async () => {
  server = await startTestServer({ adminPassword: 'docs-runs-password', label: 'docs-runs' });
  feed = await startFeedService(tableRun('orders', ['id', 'amount']));
  cwd = mkdtempSync(join(tmpdir(), 'sextant-docs-runs-'));
  const auth = { authorization: `Bearer ${server.bootstrap!.apiKey}` };
  const form = new FormData();
  form.append('name', 'Feed');
  form.append('category', 'example');
  form.append('code', new Blob([CODE]), 'feed.ts');
  form.append(
    'credential_fields',
    JSON.stringify([{ key: 'feed_url', label: 'Feed URL', sensitive: false }]),
  );
  form.append('allowed_endpoints', JSON.stringify([feed.url]));
  const uploaded = await fetch(`${server.url}/api/v1/marketplace/integrations`, {
    method: 'POST',
    headers: auth,
    body: form,
  });
  expect(uploaded.status).toBe(201);
  const connected = await fetch(`${server.url}/api/v1/integration/integrations`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Feed',
      type: `marketplace:${((await uploaded.json()) as { id: string }).id}`,
      credentials: { feed_url: feed.url },
      allow_private_hosts: [new URL(feed.url).host],
    }),
  });
  expect(connected.status).toBe(201);
  integrationId = ((await connected.json()) as { id: string }).id;
}, 60_000);
afterAll(async () => {
  await server?.close();
  await feed?.close();
});

test('the doc has the schedule, disable, run-now, run-again, sync and logs commands', () => {
  expect(curlBlocks).toHaveLength(6);
});

test('each curl block runs, in order, and answers what the doc says', async () => {
  const env: Record<string, string> = {
    SEXTANT: server.url,
    SEXTANT_API_KEY: server.bootstrap!.apiKey,
    INTEGRATION_ID: integrationId,
  };
  // Asynchronous on purpose: the server answers from this same process, so a blocking exec would deadlock.
  const run = async (index: number, options: { failOnHttpError: boolean } = { failOnHttpError: true }) => {
    const script = options.failOnHttpError
      ? curlBlocks[index]!.replaceAll('curl -s', 'curl -sS --fail-with-body')
      : curlBlocks[index]!;
    const { stdout } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', script], {
      cwd,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    return JSON.parse(stdout);
  };
  const scheduled = await run(0);
  expect(scheduled).toMatchObject({ scheduled_extractions_hour: 6, scheduled_extractions_frequency: 7 });
  expect(scheduled.scheduled_extractions_next_run).toMatch(/T06:00:00\.000Z$/);
  expect(await run(1)).toMatchObject({ schedule_enabled: false, scheduled_extractions_next_run: null });

  let release!: () => void;
  feed.gate = new Promise((resolve) => {
    release = resolve;
  });
  const queued = await run(2);
  expect(queued).toEqual({ sync_id: expect.any(String) });
  env.SYNC_ID = queued.sync_id;
  expect(await run(3, { failOnHttpError: false })).toMatchObject({
    error: { code: 'sync_in_progress', details: { sync_id: queued.sync_id } },
  });
  release();
  feed.gate = undefined;

  let sync = await run(4);
  for (let waited = 0; sync.status === 'running' && waited < 600; waited++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    sync = await run(4);
  }
  expect(sync).toMatchObject({
    id: queued.sync_id,
    status: 'succeeded',
    source: 'sdk',
    counts: { created: 5 },
  });
  const logs = await run(5);
  const kinds = logs.results.map((entry: { kind: string }) => entry.kind);
  expect(kinds[0]).toBe('run');
  expect(kinds).toContain('http');
  expect(logs.results.find((entry: { kind: string }) => entry.kind === 'http').data).toMatchObject({
    method: 'GET',
    url: feed.url,
    status: 200,
  });
  expect(logs.results.at(-1)).toMatchObject({ kind: 'run', message: 'sync applied' });
}, 90_000);
