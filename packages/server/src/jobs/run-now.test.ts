import { afterAll, beforeAll, expect, test } from 'vitest';
import { dumpCatalog, forEachApp, type TestApp, tableRun } from '../testing/index.js';
import { registerRunner } from './runner-registry.js';
import { FEED_TYPE, feedRunner } from './testing/feed-runner.js';
import { type FeedService, startFeedService } from './testing/feed-service.js';
import {
  createFeedIntegration as createFeedIntegrationWith,
  manualJobService as jobService,
} from './testing/job-test-support.js';

let feed: FeedService;
let unregister: () => void;
beforeAll(async () => {
  feed = await startFeedService(tableRun('orders', ['id', 'amount']));
  unregister = registerRunner(FEED_TYPE, feedRunner);
});
afterAll(async () => {
  unregister();
  await feed.close();
});

const createFeedIntegration = (t: TestApp) => createFeedIntegrationWith(t, feed.url);

async function getSync(t: TestApp, integrationId: string, syncId: string) {
  const res = await t.app.inject({
    url: `/api/v1/integration/integrations/${integrationId}/syncs/${syncId}`,
    headers: t.as('viewer'),
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const runNow = (t: TestApp, id: string, role: 'admin' | 'editor' = 'admin') =>
  t.app.inject({ method: 'POST', url: `/api/v1/integration/integrations/${id}/run`, headers: t.as(role) });

forEachApp('run now', (t) => {
  test('answers 202 with a real sync id at once; the worker runs it and the sync succeeds with its logs', async () => {
    feed.answer = tableRun('orders', ['id', 'amount']);
    const id = await createFeedIntegration(t());
    const res = await runNow(t(), id);
    expect(res.statusCode, res.body).toBe(202);
    const syncId = res.json().sync_id;
    expect(await getSync(t(), id, syncId)).toMatchObject({
      status: 'running',
      source: 'sdk',
      finished_at: null,
    });

    const service = jobService(t().store);
    await service.tick();
    await service.idle();
    const sync = await getSync(t(), id, syncId);
    expect(sync).toMatchObject({ status: 'succeeded', counts: { created: 5 }, error: null });

    const logs = await t().app.inject({
      url: `/api/v1/integration/integrations/${id}/syncs/${syncId}/logs?page_size=2`,
      headers: t().as('viewer'),
    });
    expect(logs.statusCode, logs.body).toBe(200);
    const page = logs.json();
    expect(page.count).toBeGreaterThanOrEqual(5);
    expect(page.results).toHaveLength(2);
    expect(page.links.next).toContain('page=2');
    const all = await t().app.inject({
      url: `/api/v1/integration/integrations/${id}/syncs/${syncId}/logs?page_size=100`,
      headers: t().as('viewer'),
    });
    const entries = all.json().results as Array<{ seq: number; kind: string; message: string; data: any }>;
    expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i + 1));
    expect(entries.find((e) => e.kind === 'log')?.message).toBe(`fetching ${feed.url}`);
    expect(entries.find((e) => e.kind === 'http')?.data).toMatchObject({
      method: 'GET',
      url: feed.url,
      status: 200,
    });
    expect(entries.at(-1)?.message).toBe('sync applied');
  });

  test('a second request while a run is queued answers 409 with that run’s sync id; after it, a new run may start', async () => {
    const id = await createFeedIntegration(t());
    const first = await runNow(t(), id);
    expect(first.statusCode).toBe(202);
    const second = await runNow(t(), id);
    expect(second.statusCode, second.body).toBe(409);
    expect(second.json().error).toMatchObject({
      code: 'sync_in_progress',
      details: { sync_id: first.json().sync_id },
    });
    const service = jobService(t().store);
    await service.tick();
    await service.idle();
    const third = await runNow(t(), id);
    expect(third.statusCode, third.body).toBe(202);
    expect(third.json().sync_id).not.toBe(first.json().sync_id);
  });

  test('a run that fails applies nothing: the sync is failed with the runner’s error', async () => {
    feed.answer = tableRun('orders', ['id', 'amount']);
    const id = await createFeedIntegration(t());
    const service = jobService(t().store);
    await runNow(t(), id);
    await service.tick();
    await service.idle();
    const before = await dumpCatalog(t().store);
    feed.answer = 503;
    const syncId = (await runNow(t(), id)).json().sync_id;
    await service.tick();
    await service.idle();
    feed.answer = tableRun('orders', ['id', 'amount']);
    expect(await getSync(t(), id, syncId)).toMatchObject({
      status: 'failed',
      error: { code: 'feed_failed', message: 'the feed answered 503' },
    });
    expect(await dumpCatalog(t().store)).toBe(before);
  });

  test('invalid records fail the sync naming the record, and change nothing', async () => {
    const id = await createFeedIntegration(t());
    const service = jobService(t().store);
    // Runs queued by earlier tests go first, so that the snapshot below holds everything but this run.
    await service.tick();
    await service.idle();
    const before = await dumpCatalog(t().store);
    feed.answer = [{ entity_type: 'table', databuilder_id: 't', title: 't' }];
    const syncId = (await runNow(t(), id)).json().sync_id;
    await service.tick();
    await service.idle();
    feed.answer = tableRun('orders', ['id', 'amount']);
    const sync = await getSync(t(), id, syncId);
    expect(sync.status).toBe('failed');
    expect(sync.error.message).toContain('run:1, field "schema"');
    expect(await dumpCatalog(t().store)).toBe(before);
  });

  test('push-based integrations have nothing to run (422); editors may not run (403); unknown id 404', async () => {
    const csv = await t().app.inject({
      method: 'POST',
      url: '/api/v1/integration/integrations',
      headers: t().as('admin'),
      payload: { name: 'files', type: 'csv' },
    });
    const res = await runNow(t(), csv.json().id);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.code).toBe('integration_not_runnable');
    const id = await createFeedIntegration(t());
    expect((await runNow(t(), id, 'editor')).statusCode).toBe(403);
    expect((await runNow(t(), 'nope')).statusCode).toBe(404);
    const other = await t().app.inject({
      method: 'POST',
      url: `/api/v1/integration/integrations/${id}/run`,
      headers: t().as('other'),
    });
    expect(other.statusCode).toBe(404);
  });
});
