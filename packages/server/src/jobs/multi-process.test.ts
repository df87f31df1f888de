import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tableRun } from '../testing/index.js';
import { createTestStore, type TestStore, testBackends } from '../testing/test-stores.js';
import { FEED_TYPE } from './testing/feed-runner.js';
import { type FeedService, startFeedService } from './testing/feed-service.js';
import { type JobServerProcess, spawnJobServer, waitFor } from './testing/spawn-job-server.js';

// Several server processes share one database only on PostgreSQL (on SQLite one process runs the jobs).
const backends = testBackends().filter((backend) => backend === 'postgres');

describe.runIf(backends.length > 0)('two server processes on one PostgreSQL database', () => {
  let store: TestStore;
  let feed: FeedService;
  const servers: JobServerProcess[] = [];
  beforeAll(async () => {
    store = await createTestStore('postgres');
    feed = await startFeedService(tableRun('orders', ['id']));
  });
  afterAll(async () => {
    for (const server of servers) await server.kill('SIGTERM');
    await feed.close();
    await store?.dispose();
  });

  test('run a due integration exactly once, and run-now requests to either never overlap', async () => {
    servers.push(await spawnJobServer(store));
    servers.push(await spawnJobServer(store));
    const [a, b] = servers as [JobServerProcess, JobServerProcess];
    const key = a.apiKey!;
    const call = async (server: JobServerProcess, path: string, init: RequestInit = {}) => {
      const res = await fetch(`${server.url}${path}`, {
        ...init,
        headers: {
          authorization: `Bearer ${key}`,
          ...(init.body ? { 'content-type': 'application/json' } : {}),
        },
      });
      return { status: res.status, body: (await res.json()) as any };
    };
    const created = await call(a, '/api/v1/integration/integrations', {
      method: 'POST',
      body: JSON.stringify({ name: 'feed', type: FEED_TYPE, properties: { feed_url: feed.url } }),
    });
    const id = created.body.id as string;
    const syncs = async () =>
      (await call(b, `/api/v1/integration/integrations/${id}/syncs`)).body.results as Array<{
        status: string;
      }>;

    // Due a minute ago: both processes' schedulers see it on their next tick.
    const past = new Date(Date.now() - 60_000).toISOString();
    await store.db
      .updateTable('integrations')
      .set({ scheduled_extractions_next_run: past })
      .where('id', '=', id)
      .execute();
    const done = await waitFor('the scheduled run to end', async () => {
      const list = await syncs();
      return list.length > 0 && list.every((s) => s.status !== 'running') ? list : undefined;
    });
    expect(done).toMatchObject([{ status: 'succeeded' }]);
    // Both schedulers tick every second: after three more ticks each, still one run, one call to the service.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await syncs()).toHaveLength(1);
    expect(feed.requests).toBe(1);
    const integration = (await call(a, `/api/v1/integration/integrations/${id}`)).body;
    expect(integration.scheduled_extractions_next_run > new Date().toISOString()).toBe(true);
    expect(integration.scheduled_extractions_last_run).not.toBeNull();

    // Run now on both at once: one is queued, the other told which sync is running.
    feed.answer = 'hang';
    const answers = await Promise.all([
      call(a, `/api/v1/integration/integrations/${id}/run`, { method: 'POST' }),
      call(b, `/api/v1/integration/integrations/${id}/run`, { method: 'POST' }),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([202, 409]);
    const accepted = answers.find((r) => r.status === 202)!.body.sync_id;
    expect(answers.find((r) => r.status === 409)!.body.error.details.sync_id).toBe(accepted);
  }, 480_000);
});
