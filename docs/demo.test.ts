/** Runs the curl command of docs/demo.md against a real server on a real socket: the demo loads, twice. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { RunningServer } from '@sextant/server';
import { startTestServer } from '@sextant/server/testing';
import { afterAll, beforeAll, expect, test } from 'vitest';

const doc = readFileSync(join(import.meta.dirname, 'demo.md'), 'utf8');
const curlBlocks = [...doc.matchAll(/```sh\n([\s\S]*?)```/g)]
  .map((m) => m[1]!)
  .filter((b) => b.includes('curl'));

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer({ adminPassword: 'docs-demo-password', label: 'docs-demo' });
});
afterAll(async () => {
  await server?.close();
});

test('the curl of docs/demo.md loads the demo, and loading again changes nothing', async () => {
  expect(curlBlocks).toHaveLength(1);
  const env = { ...process.env, SEXTANT: server.url, SEXTANT_API_KEY: server.bootstrap!.apiKey };
  // Asynchronous on purpose: the server answers from this same process, so a blocking exec would deadlock.
  const run = async () =>
    JSON.parse(
      (
        await promisify(execFile)(
          'bash',
          ['-euo', 'pipefail', '-c', curlBlocks[0]!.replaceAll('curl -s', 'curl -sS --fail-with-body')],
          { env, encoding: 'utf8' },
        )
      ).stdout,
    );
  const first = await run();
  expect(first.integrations.map((i: { name: string }) => i.name)).toEqual(['Demo shop', 'Demo shop dbt']);
  expect(first.syncs.map((s: { status: string }) => s.status)).toEqual(['succeeded', 'succeeded']);
  const second = await run();
  expect(second.edits).toBe(0);
  for (const sync of second.syncs) expect(sync.counts).toMatchObject({ created: 0, updated: 0, staled: 0 });
});
