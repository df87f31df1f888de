import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, type TestApp, tableRun } from '../testing/index.js';
import { registerDefaultRunners } from './default-runners.js';
import { connectFeedIntegration } from './testing/feed-marketplace.js';
import { type FeedService, startFeedService } from './testing/feed-service.js';
import { manualJobService } from './testing/job-test-support.js';

// Its own file: the sandbox layers are probed, and missing ones reported, once per process. An unknown sandbox
// user makes the "another user" layer missing on any machine (as root it falls back to uid 65534 with a
// warning; as another user the layer is missing anyway).
const previousUser = process.env.SEXTANT_SANDBOX_USER;
process.env.SEXTANT_SANDBOX_USER = 'no-such-user-for-sextant';

let t: TestApp;
let feed: FeedService;
const processWarnings: Error[] = [];
const onWarning = (warning: Error) => processWarnings.push(warning);

beforeAll(async () => {
  registerDefaultRunners();
  feed = await startFeedService(tableRun('orders', ['id', 'amount']));
  t = await createTestApp('sqlite');
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  process.on('warning', onWarning);
});

afterAll(async () => {
  process.off('warning', onWarning);
  if (previousUser === undefined) delete process.env.SEXTANT_SANDBOX_USER;
  else process.env.SEXTANT_SANDBOX_USER = previousUser;
  await t?.dispose();
  await feed?.close();
});

test('a missing sandbox layer is a structured warn entry of the server’s logger, not a process warning', async () => {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) }).child({
    module: 'jobs',
  });
  const { port } = t.app.server.address() as AddressInfo;
  const id = await connectFeedIntegration({ url: `http://127.0.0.1:${port}`, key: t.keys.admin }, feed.url);
  const run = await t.app.inject({
    method: 'POST',
    url: `/api/v1/integration/integrations/${id}/run`,
    headers: t.as('admin'),
  });
  expect(run.statusCode, run.body).toBe(202);

  const service = manualJobService(t.store, { logger });
  await service.tick();
  await service.idle();

  const sync = await t.app.inject({
    url: `/api/v1/integration/integrations/${id}/syncs/${run.json().sync_id}`,
    headers: t.as('viewer'),
  });
  expect(sync.json(), JSON.stringify(lines)).toMatchObject({ status: 'succeeded', counts: { created: 5 } });
  const missing = lines.filter((line) => line.msg === 'sandbox layer missing');
  expect(missing).toContainEqual(
    expect.objectContaining({
      level: 40,
      module: 'jobs',
      layer: 'user',
      reason: expect.stringMatching(
        /"no-such-user-for-sextant" is not an unprivileged user|does not run as root/,
      ),
    }),
  );
  // Every entry names its layer; none went to stderr as a process warning.
  for (const entry of missing)
    expect(['user', 'networkNamespace', 'permissionModel', 'resourceLimits']).toContain(entry.layer);
  await new Promise((resolve) => setImmediate(resolve));
  expect(processWarnings.filter((warning) => warning.name === 'SextantSandboxWarning')).toEqual([]);
}, 120_000);
