/**
 * Runs the curl commands of docs/marketplace.md, in order, against a real server on a real socket: upload, new
 * version, connect, move, submit, review, reject, listing and install from a second workspace. If the doc drifts
 * from the API, this fails.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { RunningServer } from '@sextant/server';
import { startTestServer } from '@sextant/server/testing';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { generateApiKey } from '../packages/server/src/auth/tokens.js';
import { createApiKey, createUser, createWorkspace } from '../packages/server/src/store/accounts/index.js';

const doc = readFileSync(join(import.meta.dirname, 'marketplace.md'), 'utf8');
const curlBlocks = [...doc.matchAll(/```sh\n([\s\S]*?)```/g)]
  .map((m) => m[1]!)
  .filter((b) => b.includes('curl'));

let server: RunningServer;
let cwd: string;
let otherKey: string;
beforeAll(async () => {
  server = await startTestServer({ adminPassword: 'docs-marketplace-password', label: 'docs-marketplace' });
  cwd = mkdtempSync(join(tmpdir(), 'sextant-docs-marketplace-'));
  const workspace = await createWorkspace(server.store.db, 'Another team');
  const admin = await createUser(server.store.db, {
    workspaceId: workspace.id,
    email: 'admin@another.example',
    role: 'admin',
  });
  otherKey = (
    await createApiKey(server.store.db, {
      workspaceId: workspace.id,
      userId: admin.id,
      name: 'docs',
      role: 'admin',
      generated: generateApiKey(),
    })
  ).key;
});
afterAll(async () => {
  await server?.close();
});

test('the doc has the upload, version, connect, move, submit, review, reject, listing, install and delete commands', () => {
  expect(curlBlocks).toHaveLength(10);
});

test('each curl block runs, in order, and answers what the doc says', async () => {
  const env: Record<string, string> = {
    SEXTANT: server.url,
    SEXTANT_API_KEY: server.bootstrap!.apiKey,
    OTHER_API_KEY: otherKey,
  };
  // Asynchronous on purpose: the server answers from this same process, so a blocking exec would deadlock.
  const run = async (index: number) =>
    (
      await promisify(execFile)(
        'bash',
        ['-euo', 'pipefail', '-c', curlBlocks[index]!.replaceAll('curl -s', 'curl -sS --fail-with-body')],
        { cwd, env: { ...process.env, ...env }, encoding: 'utf8' },
      )
    ).stdout;
  const uploaded = JSON.parse(await run(0));
  expect(uploaded).toEqual({ id: expect.any(String), version: 1 });
  env.MARKETPLACE_ID = uploaded.id;
  expect(JSON.parse(await run(1))).toEqual({ id: uploaded.id, version: 2 });
  const connected = JSON.parse(await run(2));
  expect(connected.credentials).toEqual({ base_url: '********', api_token: '********' });
  env.INTEGRATION_ID = connected.id;
  expect(JSON.parse(await run(3))).toMatchObject({
    version: 1,
    allow_private_hosts: ['127.0.0.1:8080', 'warehouse.internal:443'],
  });
  expect(await run(4)).toContain('"status":"submitted"');
  const reviewed = await run(5);
  expect(reviewed).toContain('"status":"approved"');
  expect(JSON.parse(await run(6))).toMatchObject({ version: 2, status: 'rejected' });
  const listing = JSON.parse(await run(7));
  expect(listing.results).toEqual([
    expect.objectContaining({ id: uploaded.id, version: 1, name: 'Orders API' }),
  ]);
  const installed = JSON.parse(await run(8));
  expect(installed).toMatchObject({ type: `marketplace:${uploaded.id}`, workspace_id: expect.any(String) });
  const pinned = await server.app.inject({
    method: 'GET',
    url: `/api/v1/marketplace/connections/${installed.id}`,
    headers: { authorization: `Bearer ${otherKey}` },
  });
  expect(pinned.json()).toMatchObject({ version: 1, marketplace_integration_id: uploaded.id });
  // The delete is refused while the connection above and the other workspace's install use it (curl fails on
  // the 409 and prints the body).
  const refused = await run(9).then(
    () => undefined,
    (error: { stdout: string }) => error,
  );
  expect(JSON.parse(refused!.stdout).error).toMatchObject({
    code: 'marketplace_integration_in_use',
    details: {
      id: uploaded.id,
      connections: [{ integration_id: connected.id, name: 'orders', version: 1 }],
      other_workspace_connections: 1,
    },
  });
});
