/**
 * Runs the curl example of docs/openlineage.md against a real server on a real socket: the event is accepted as the
 * doc shows, then the server's own job worker applies it (no call from the test), and the run and the job's lineage
 * answer in Marquez's shapes. If the doc drifts from the API, this fails.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningServer } from '@sextant/server';
import { startTestServer } from '@sextant/server/testing';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { curlBlocksOf, runDocBlock } from './support/doc-commands.js';

const blocks = curlBlocksOf('openlineage.md');
let server: RunningServer;
let cwd: string;
beforeAll(async () => {
  server = await startTestServer({ adminPassword: 'docs-openlineage-password', label: 'docs-openlineage' });
  cwd = mkdtempSync(join(tmpdir(), 'sextant-docs-openlineage-'));
}, 60_000);
afterAll(async () => {
  await server?.close();
});

async function getJson(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${server.url}${path}`, {
    headers: { authorization: `Bearer ${server.bootstrap!.apiKey}` },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

test('the by-hand START is accepted as shown, then applied by the worker into a run and its job', async () => {
  expect(blocks).toHaveLength(1);
  const printed = await runDocBlock(blocks[0]!, { server, cwd });
  expect(JSON.parse(printed)).toEqual({ accepted: 1 });

  const runId = /"runId": "([^"]+)"/.exec(blocks[0]!)![1]!;
  let run = await getJson(`/api/v1/jobs/runs/${runId}`);
  for (let waited = 0; run.status === 404 && waited < 30_000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    run = await getJson(`/api/v1/jobs/runs/${runId}`);
  }
  expect(run.status).toBe(200);
  expect(run.body).toMatchObject({
    state: 'RUNNING',
    jobNamespace: 'my-scheduler',
    jobName: 'daily_orders.load',
  });

  const job = await getJson('/api/v1/namespaces/my-scheduler/jobs/daily_orders.load');
  expect(job.status).toBe(200);
  expect(job.body).toMatchObject({
    inputs: [{ namespace: 'postgres://warehouse:5432', name: 'shop.public.orders' }],
    outputs: [{ namespace: 'postgres://warehouse:5432', name: 'shop.mart.daily_orders' }],
  });
}, 60_000);
