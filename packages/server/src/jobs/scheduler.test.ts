import { afterAll, beforeAll, expect, test } from 'vitest';
import { forEachApp, type TestApp, tableRun } from '../testing/index.js';
import { registerRunner } from './runner-registry.js';
import { FEED_TYPE, feedRunner } from './testing/feed-runner.js';
import { type FeedService, startFeedService } from './testing/feed-service.js';
import { createFeedIntegration, manualJobService } from './testing/job-test-support.js';

let feed: FeedService;
let unregister: () => void;
beforeAll(async () => {
  feed = await startFeedService(tableRun('orders', ['id']));
  unregister = registerRunner(FEED_TYPE, feedRunner);
});
afterAll(async () => {
  unregister();
  await feed.close();
});

/** The scheduler's clock in these tests: a fixed instant, 10:00 UTC. */
const NOW = new Date('2031-03-04T10:00:00.000Z');

async function setSchedule(t: TestApp, id: string, nextRun: string | null, enabled = 1) {
  await t.store.db
    .updateTable('integrations')
    .set({ scheduled_extractions_next_run: nextRun, schedule_enabled: enabled as 0 | 1 })
    .where('id', '=', id)
    .execute();
}

async function scheduleOf(t: TestApp, id: string) {
  const res = await t.app.inject({ url: `/api/v1/integration/integrations/${id}`, headers: t.as('viewer') });
  return res.json();
}

async function syncsOf(t: TestApp, id: string) {
  const res = await t.app.inject({
    url: `/api/v1/integration/integrations/${id}/syncs`,
    headers: t.as('viewer'),
  });
  return res.json().results as Array<{ id: string; status: string; counts: { created: number } }>;
}

forEachApp('scheduler', (t) => {
  test('a due integration runs, last_run is now and next_run moves to its hour, frequency days on', async () => {
    const id = await createFeedIntegration(t(), feed.url, {
      scheduled_extractions_hour: 6,
      scheduled_extractions_frequency: 2,
    });
    await setSchedule(t(), id, '2031-03-04T06:00:00.000Z');
    const service = manualJobService(t().store, { now: () => NOW });
    await service.tick();
    await service.idle();
    const syncs = await syncsOf(t(), id);
    expect(syncs).toHaveLength(1);
    expect(syncs[0]).toMatchObject({ status: 'succeeded', counts: { created: 4 } });
    expect(await scheduleOf(t(), id)).toMatchObject({
      scheduled_extractions_last_run: '2031-03-04T10:00:00.000Z',
      scheduled_extractions_next_run: '2031-03-06T06:00:00.000Z',
    });
    // Not due any more: another tick at the same instant queues nothing.
    await service.tick();
    await service.idle();
    expect(await syncsOf(t(), id)).toHaveLength(1);
  });

  test('the default schedule is daily at 00:00 UTC', async () => {
    const id = await createFeedIntegration(t(), feed.url);
    const view = await scheduleOf(t(), id);
    expect(view.scheduled_extractions_hour).toBe(0);
    expect(view.scheduled_extractions_frequency).toBe(1);
    expect(view.scheduled_extractions_next_run).toMatch(/T00:00:00\.000Z$/);
    await setSchedule(t(), id, '2031-03-04T00:00:00.000Z');
    const service = manualJobService(t().store, { now: () => NOW });
    await service.tick();
    await service.idle();
    expect((await scheduleOf(t(), id)).scheduled_extractions_next_run).toBe('2031-03-05T00:00:00.000Z');
  });

  test('not due, disabled, and push-based integrations are not run', async () => {
    const later = await createFeedIntegration(t(), feed.url);
    await setSchedule(t(), later, '2031-03-04T10:00:00.001Z');
    const disabled = await createFeedIntegration(t(), feed.url);
    await setSchedule(t(), disabled, '2031-03-04T06:00:00.000Z', 0);
    const csv = await t().app.inject({
      method: 'POST',
      url: '/api/v1/integration/integrations',
      headers: t().as('admin'),
      payload: { name: 'files', type: 'csv' },
    });
    await setSchedule(t(), csv.json().id, '2031-03-04T06:00:00.000Z');
    const service = manualJobService(t().store, { now: () => NOW });
    await service.tick();
    await service.idle();
    for (const id of [later, disabled, csv.json().id]) expect(await syncsOf(t(), id)).toHaveLength(0);
    expect((await scheduleOf(t(), csv.json().id)).scheduled_extractions_next_run).toBe(
      '2031-03-04T06:00:00.000Z',
    );
  });

  test('two worker loops ticking on one database queue and run a due integration once', async () => {
    const id = await createFeedIntegration(t(), feed.url);
    await setSchedule(t(), id, '2031-03-04T06:00:00.000Z');
    const requestsBefore = feed.requests;
    const a = manualJobService(t().store, { now: () => NOW });
    const b = manualJobService(t().store, { now: () => NOW });
    await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    await Promise.all([a.idle(), b.idle()]);
    expect(await syncsOf(t(), id)).toHaveLength(1);
    expect(feed.requests - requestsBefore).toBe(1);
  });

  test('a scheduled slot that finds a run of the integration still busy is skipped, not doubled', async () => {
    const id = await createFeedIntegration(t(), feed.url);
    const queued = await t().app.inject({
      method: 'POST',
      url: `/api/v1/integration/integrations/${id}/run`,
      headers: t().as('admin'),
    });
    expect(queued.statusCode).toBe(202);
    await setSchedule(t(), id, '2031-03-04T06:00:00.000Z');
    // A loop that runs nothing: the queued run stays queued while the schedule comes due.
    const service = manualJobService(t().store, { now: () => NOW, concurrency: 0 });
    await service.tick();
    expect(await syncsOf(t(), id)).toHaveLength(1);
    expect((await scheduleOf(t(), id)).scheduled_extractions_next_run).toBe('2031-03-05T00:00:00.000Z');
  });
});
