import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dumpCatalog, tableRun } from '../testing/index.js';
import { createTestStore, type TestStore, testBackends } from '../testing/test-stores.js';
import { FEED_TYPE } from './testing/feed-runner.js';
import { type FeedService, startFeedService } from './testing/feed-service.js';
import { type JobServerProcess, spawnJobServer, waitFor } from './testing/spawn-job-server.js';

let feed: FeedService;
const servers: JobServerProcess[] = [];
beforeAll(async () => {
  feed = await startFeedService(tableRun('orders', ['id', 'amount']));
});
afterAll(async () => {
  for (const server of servers) await server.kill('SIGKILL');
  await feed.close();
});

async function api(server: JobServerProcess, key: string, path: string, init: RequestInit = {}) {
  const res = await fetch(`${server.url}${path}`, {
    ...init,
    headers: {
      authorization: `Bearer ${key}`,
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...init.headers,
    },
  });
  return { status: res.status, body: (await res.json()) as any };
}

const syncPath = (id: string, syncId: string) => `/api/v1/integration/integrations/${id}/syncs/${syncId}`;

for (const backend of testBackends()) {
  describe(`restart during a run [${backend}]`, () => {
    let store: TestStore;
    beforeAll(async () => {
      store = await createTestStore(backend);
    });
    afterAll(async () => {
      await store?.dispose();
    });

    test('SIGKILL while a run waits on its service: after a restart the sync is failed, the catalog identical, and the integration runs again', async () => {
      const first = await spawnJobServer(store);
      servers.push(first);
      const key = first.apiKey!;
      expect(key).toBeTruthy();
      const created = await api(first, key, '/api/v1/integration/integrations', {
        method: 'POST',
        body: JSON.stringify({ name: 'feed', type: FEED_TYPE, properties: { feed_url: feed.url } }),
      });
      expect(created.status).toBe(201);
      const id = created.body.id;
      const run = async (server: JobServerProcess) => {
        const res = await api(server, key, `/api/v1/integration/integrations/${id}/run`, { method: 'POST' });
        expect(res.status, JSON.stringify(res.body)).toBe(202);
        return res.body.sync_id as string;
      };
      const finished = (server: JobServerProcess, syncId: string) =>
        waitFor(`sync ${syncId} to end`, async () => {
          const { body } = await api(server, key, syncPath(id, syncId));
          return body.status === 'running' ? undefined : body;
        });

      feed.answer = tableRun('orders', ['id', 'amount']);
      expect(await finished(first, await run(first))).toMatchObject({
        status: 'succeeded',
        counts: { created: 5 },
      });
      const before = await dumpCatalog(store);

      feed.answer = 'hang';
      const requests = feed.requests;
      const blocked = await run(first);
      await waitFor('the run to call its service', async () => (feed.requests > requests ? true : undefined));
      expect((await api(first, key, syncPath(id, blocked))).body.status).toBe('running');
      await first.kill('SIGKILL');
      expect(first.child.signalCode).toBe('SIGKILL');

      const second = await spawnJobServer(store);
      servers.push(second);
      const interrupted = await finished(second, blocked);
      expect(interrupted).toMatchObject({
        status: 'failed',
        error: { code: 'sync_failed', message: 'interrupted: the server stopped during the run' },
      });
      expect(interrupted.finished_at).not.toBeNull();
      expect(await dumpCatalog(store)).toBe(before);

      feed.answer = tableRun('orders', ['id', 'amount', 'status']);
      expect(await finished(second, await run(second))).toMatchObject({
        status: 'succeeded',
        counts: { created: 1, unchanged: 5 },
      });
      await second.kill('SIGTERM');
    }, 120_000);
  });
}
