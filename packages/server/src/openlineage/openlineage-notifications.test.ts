import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eventsOf } from '../events/index.js';
import { type FakeSlack, startFakeSlack } from '../slack/testing/fake-slack.js';
import { createTestApp, openLineageRunEvent, type TestApp, testBackends } from '../testing/index.js';
import { applyPendingOpenLineageEvents } from './apply-events.js';
import { uuidOf } from './testing/complete-expected-event.js';

// Issue 19 item 2: a FAIL or ABORT notifies like a failed sync, the workspace channel and the job's subscribers,
// through a real (fake) Slack API over HTTP.

const TOKEN = 'xoxb-openlineage-test';
const PUBLIC_URL = 'https://catalog.example.com';
const NS = 'airflow-alerts';

const runEvent = (type: string, runId: string, time: string, error?: string) =>
  openLineageRunEvent({
    type,
    runId,
    time,
    error,
    job: { namespace: NS, name: 'nightly.refresh' },
    inputs: [{ namespace: 'postgres://alerts:5432', name: 'alerts_db.public.orders' }],
    outputs: [{ namespace: 'postgres://alerts:5432', name: 'alerts_db.mart.orders_daily' }],
  });

for (const backend of testBackends()) {
  describe(`OpenLineage failure notifications [${backend}]`, () => {
    let fake: FakeSlack;
    let t: TestApp;

    beforeAll(async () => {
      fake = await startFakeSlack({
        tokens: [TOKEN],
        channels: [
          { id: 'C200', name: 'data-alerts' },
          { id: 'G300', name: 'pipelines', is_private: true },
        ],
      });
      t = await createTestApp(backend, { slackApiUrl: fake.apiUrl, publicUrl: PUBLIC_URL });
      const slack = await t.app.inject({
        method: 'POST',
        url: '/api/v1/integration/integrations',
        headers: t.as('admin'),
        payload: { name: 'Slack', type: 'slack', credentials: { token: TOKEN } },
      });
      expect(slack.statusCode, slack.body).toBe(201);
      const settings = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/notifications/settings',
        headers: t.as('admin'),
        payload: { slack_integration_id: slack.json().id, channel: 'C200', on_sync_failure: true },
      });
      expect(settings.statusCode, settings.body).toBe(200);
    });
    afterAll(async () => {
      await t?.dispose();
      await fake?.close();
    });

    async function send(events: unknown[]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/lineage/batch',
        headers: t.as('editor'),
        payload: events,
      });
      expect(res.statusCode, res.body).toBe(201);
      await applyPendingOpenLineageEvents(t.store);
      await eventsOf(t.store).settled();
    }

    test('a FAIL goes to the workspace channel once; an ABORT also to the channel subscribed to the job', async () => {
      fake.messages.length = 0;
      const failed = uuidOf('alerts-1');
      await send([
        runEvent('START', failed, '2024-06-01T01:00:00Z'),
        runEvent('FAIL', failed, '2024-06-01T01:05:00Z', 'relation "orders" does not exist'),
      ]);
      expect(fake.messages.map((m) => m.channel)).toEqual(['C200']);
      expect(fake.messages[0]!.text).toContain(`"${NS}/nightly.refresh" failed`);
      expect(fake.messages[0]!.text).toContain('relation "orders" does not exist');
      expect(fake.messages[0]!.text).toContain(`${PUBLIC_URL}/resources/`);

      // The same FAIL again (a producer's retry) is no new failure.
      await send([runEvent('FAIL', failed, '2024-06-01T01:05:00Z', 'relation "orders" does not exist')]);
      expect(fake.messages).toHaveLength(1);

      // A successful run sends nothing.
      const ok = uuidOf('alerts-2');
      await send([
        runEvent('START', ok, '2024-06-02T01:00:00Z'),
        runEvent('COMPLETE', ok, '2024-06-02T01:03:00Z'),
      ]);
      expect(fake.messages).toHaveLength(1);

      const job = await t.store.db
        .selectFrom('resources')
        .select('id')
        .where('databuilder_id', '=', 'openlineage:job:nightly.refresh')
        .executeTakeFirstOrThrow();
      const subscribe = await t.app.inject({
        method: 'POST',
        url: '/api/v1/notifications/subscriptions',
        headers: t.as('editor'),
        payload: { resource_id: job.id, channel: 'G300' },
      });
      expect(subscribe.statusCode, subscribe.body).toBe(201);
      fake.messages.length = 0;
      const aborted = uuidOf('alerts-3');
      await send([
        runEvent('START', aborted, '2024-06-03T01:00:00Z'),
        runEvent('ABORT', aborted, '2024-06-03T01:01:00Z'),
      ]);
      expect(fake.messages.map((m) => m.channel).sort()).toEqual(['C200', 'G300']);
      expect(fake.messages.every((m) => m.text.includes('nightly.refresh" was aborted'))).toBe(true);
    });
  });
}
