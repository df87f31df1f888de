import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DbtRunResults } from '../dbt/artifact-types.js';
import { syncDbtArtifacts } from '../dbt/sync-dbt.js';
import { dbtFixturesPresent, FIXTURE_SETS, loadFixtureSet } from '../dbt/testing/fixture-sets.js';
import { eventsOf } from '../events/index.js';
import { type FakeSlack, startFakeSlack } from '../slack/testing/fake-slack.js';
import { applySync } from '../sync/apply-sync.js';
import { runRecords, tableRun } from '../sync/sync-test-support.js';
import { createTestApp, type TestApp, testBackends } from '../testing/index.js';

const TOKEN = 'xoxb-notifications-test';
const PUBLIC_URL = 'https://catalog.example.com';
const CONVERSATIONS = '/api/v1/api/v2/integration_v2/slack/conversations/list';
const CHANNELS = [
  { id: 'C100', name: 'general' },
  { id: 'C200', name: 'data-alerts' },
  { id: 'G300', name: 'data-team', is_private: true },
];

for (const backend of testBackends()) {
  describe(`Slack and notifications [${backend}]`, () => {
    let fake: FakeSlack;
    let t: TestApp;
    const json = (body: unknown) => ({ 'content-type': 'application/json', ...t.as('admin') }) && body;

    beforeAll(async () => {
      fake = await startFakeSlack({ tokens: [TOKEN], channels: CHANNELS, pageSize: 1 });
      t = await createTestApp(backend, { slackApiUrl: fake.apiUrl, publicUrl: PUBLIC_URL });
    });
    afterAll(async () => {
      await t?.dispose();
      await fake?.close();
    });

    const createIntegration = async (body: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/integration/integrations',
        headers: t.as('admin'),
        payload: json(body) as Record<string, unknown>,
      });

    test('listing channels without a Slack integration is a 409 slack_not_connected', async () => {
      const res = await t.app.inject({ method: 'GET', url: CONVERSATIONS, headers: t.as('viewer') });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('slack_not_connected');
    });

    test('a slack integration needs its bot token; the token is stored sealed and answered masked', async () => {
      const missing = await createIntegration({ name: 'Slack', type: 'slack', credentials: {} });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().error.details.problems[0].field).toBe('credentials.token');
      const refused = await createIntegration({
        name: 'Refused',
        type: 'slack',
        credentials: { token: 'xoxb-wrong' },
      });
      expect(refused.statusCode).toBe(201);
      const created = await createIntegration({
        name: 'Slack',
        type: 'slack',
        credentials: { token: TOKEN },
      });
      expect(created.statusCode).toBe(201);
      expect(created.json().credentials).toEqual({ token: '********' });
      const stored = await t.store.db
        .selectFrom('integrations')
        .select('credentials_encrypted')
        .where('id', '=', created.json().id)
        .executeTakeFirstOrThrow();
      expect(stored.credentials_encrypted).not.toContain(TOKEN);
    });

    test('a refused token is a 422 slack_token_refused', async () => {
      const { results } = (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/integration/integrations?type=slack',
          headers: t.as('admin'),
        })
      ).json();
      const refused = results.find((i: { name: string }) => i.name === 'Refused');
      const res = await t.app.inject({
        method: 'GET',
        url: `${CONVERSATIONS}?integration_id=${refused.id}`,
        headers: t.as('viewer'),
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toMatchObject({
        code: 'slack_token_refused',
        details: { slack_error: 'invalid_auth' },
      });
      expect(res.body).not.toContain('xoxb-wrong');
    });

    test('a viewer lists every channel across pages, with the configured integration', async () => {
      const slack = await slackIntegrationId();
      const put = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/notifications/settings',
        headers: t.as('admin'),
        payload: { slack_integration_id: slack, channel: 'C200', stale_threshold: 0.2 },
      });
      expect(put.statusCode).toBe(200);
      fake.requests.length = 0;
      const res = await t.app.inject({ method: 'GET', url: CONVERSATIONS, headers: t.as('viewer') });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(CHANNELS.map(({ id, name }) => ({ id, name })));
      expect(fake.requests.filter((r) => r.method === 'conversations.list')).toHaveLength(3);
    });

    test('settings: viewers read, only admins write; a non-Slack integration is refused', async () => {
      const read = await t.app.inject({
        method: 'GET',
        url: '/api/v1/notifications/settings',
        headers: t.as('viewer'),
      });
      expect(read.json()).toMatchObject({ channel: 'C200', on_sync_failure: true, stale_threshold: 0.2 });
      const asEditor = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/notifications/settings',
        headers: t.as('editor'),
        payload: { channel: 'C100' },
      });
      expect(asEditor.statusCode).toBe(403);
      const other = await createIntegration({ name: 'Warehouse', type: 'custom' });
      const wrongType = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/notifications/settings',
        headers: t.as('admin'),
        payload: { slack_integration_id: other.json().id, channel: 'C100' },
      });
      expect(wrongType.statusCode).toBe(400);
      const outOfRange = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/notifications/settings',
        headers: t.as('admin'),
        payload: { channel: 'C100', stale_threshold: 1.5 },
      });
      expect(outOfRange.statusCode).toBe(400);
    });

    test('a failing sync sends one message to the settings channel, linking to the integration', async () => {
      const warehouse = (await createIntegration({ name: 'Shop warehouse', type: 'custom' })).json().id;
      fake.messages.length = 0;
      const bad = runRecords({ resources: [{ entity_type: 'table', title: 'no databuilder id' }] });
      await expect(
        applySync(t.store, { integrationId: warehouse, source: 'jsonl', records: bad }),
      ).rejects.toThrow();
      await eventsOf(t.store).settled();
      expect(fake.messages).toHaveLength(1);
      const [message] = fake.messages;
      expect(message!.channel).toBe('C200');
      expect(message!.text).toContain('the sync of integration "Shop warehouse" failed');
      expect(message!.text).toContain(`${PUBLIC_URL}/integrations/${warehouse}`);
      expect(JSON.stringify(message!.blocks)).toContain(
        `<${PUBLIC_URL}/integrations/${warehouse}|Shop warehouse>`,
      );
      const post = fake.requests.findLast((r) => r.method === 'chat.postMessage');
      expect(post?.token).toBe(TOKEN);
    });

    test('a sync that stales more than the threshold share is announced; a small one is not', async () => {
      const warehouse = (await createIntegration({ name: 'Orders db', type: 'custom' })).json().id;
      const full = tableRun('orders', ['id', 'amount', 'status', 'customer_id', 'created_at', 'updated_at']);
      const sync = (resources: unknown[]) =>
        applySync(t.store, { integrationId: warehouse, source: 'jsonl', records: runRecords({ resources }) });
      await sync(full);
      await sync(full.slice(0, -1));
      await eventsOf(t.store).settled();
      fake.messages.length = 0;
      const record = await sync(full.slice(0, 4));
      expect(record.counts.staled).toBe(4);
      await eventsOf(t.store).settled();
      expect(fake.messages).toHaveLength(1);
      expect(fake.messages[0]!.channel).toBe('C200');
      expect(fake.messages[0]!.text).toContain('staled 4 of 8 assets (50%, above the 20% threshold)');
      // Successful syncs that stale little (1 of 9 above) sent nothing.
    });

    test('a dbt test that starts failing is sent to the channel subscribed to its resource', async (context) => {
      if (!dbtFixturesPresent()) return context.skip();
      const dbt = (await createIntegration({ name: 'jaffle dbt', type: 'dbt' })).json().id;
      await t.app.inject({
        method: 'PUT',
        url: '/api/v1/notifications/settings',
        headers: t.as('admin'),
        payload: {
          slack_integration_id: await slackIntegrationId(),
          channel: 'C200',
          on_dbt_test_failure: false,
        },
      });
      const set = FIXTURE_SETS.find((s) => s.name === 'ap-v11')!;
      const failing = 'test.jaffle_shop.not_null_stg_orders_order_id.81cfe2fe64';
      const withStatus = (statusOf: (id: string) => string) => {
        const artifacts = loadFixtureSet(set);
        const data = artifacts.runResults!.data as DbtRunResults;
        for (const result of data.results)
          if (result.unique_id.startsWith('test.')) result.status = statusOf(result.unique_id);
        return artifacts;
      };
      await syncDbtArtifacts(
        t.store,
        withStatus(() => 'pass'),
        { integrationId: dbt },
      );
      await eventsOf(t.store).settled();
      const tested = await t.store.db
        .selectFrom('dbt_test_results' as never)
        .innerJoin('resources', 'resources.id', 'dbt_test_results.resource_id' as never)
        .select(['resources.id', 'resources.entity_type', 'resources.title'])
        .where('test_unique_id' as never, '=', failing as never)
        .execute();
      const model = tested.find((r) => r.entity_type !== 'column')!;
      expect(model.title).toBe('stg_orders');
      const subscribe = await t.app.inject({
        method: 'POST',
        url: '/api/v1/notifications/subscriptions',
        headers: t.as('editor'),
        payload: { resource_id: model.id, channel: 'G300' },
      });
      expect(subscribe.statusCode).toBe(201);
      fake.messages.length = 0;
      await syncDbtArtifacts(
        t.store,
        withStatus((id) => (id === failing ? 'fail' : 'pass')),
        { integrationId: dbt },
      );
      await eventsOf(t.store).settled();
      expect(fake.messages).toHaveLength(1);
      expect(fake.messages[0]!.channel).toBe('G300');
      expect(fake.messages[0]!.text).toContain('not_null_stg_orders_order_id');
      expect(fake.messages[0]!.text).toContain(`${PUBLIC_URL}/resources/${model.id}`);
      // The same results again: nothing newly fails, nothing is sent.
      await syncDbtArtifacts(
        t.store,
        withStatus((id) => (id === failing ? 'fail' : 'pass')),
        { integrationId: dbt },
      );
      await eventsOf(t.store).settled();
      expect(fake.messages).toHaveLength(1);
    });

    test('subscriptions: list, move, conflict, delete; viewers cannot write', async () => {
      const list = await t.app.inject({
        method: 'GET',
        url: '/api/v1/notifications/subscriptions',
        headers: t.as('viewer'),
      });
      expect(list.statusCode).toBe(200);
      const [first] = list.json().results;
      // The resource's names come with the row, so a client shows them without a second request.
      expect(first).toMatchObject({
        channel: 'G300',
        resource_title: 'stg_orders',
        resource_title_full: expect.stringMatching(/\.stg_orders$/),
        resource_entity_type: expect.any(String),
      });
      const again = await t.app.inject({
        method: 'POST',
        url: '/api/v1/notifications/subscriptions',
        headers: t.as('editor'),
        payload: { resource_id: first.resource_id, channel: 'G300' },
      });
      expect(again.statusCode).toBe(409);
      const asViewer = await t.app.inject({
        method: 'POST',
        url: '/api/v1/notifications/subscriptions',
        headers: t.as('viewer'),
        payload: { resource_id: first.resource_id, channel: 'C100' },
      });
      expect(asViewer.statusCode).toBe(403);
      const unknown = await t.app.inject({
        method: 'POST',
        url: '/api/v1/notifications/subscriptions',
        headers: t.as('editor'),
        payload: { resource_id: 'no-such-resource', channel: 'C100' },
      });
      expect(unknown.statusCode).toBe(404);
      const moved = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/notifications/subscriptions/${first.id}`,
        headers: t.as('editor'),
        payload: { channel: 'C100' },
      });
      expect(moved.json().channel).toBe('C100');
      const otherWorkspace = await t.app.inject({
        method: 'GET',
        url: `/api/v1/notifications/subscriptions/${first.id}`,
        headers: t.as('other'),
      });
      expect(otherWorkspace.statusCode).toBe(404);
      const removed = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/notifications/subscriptions/${first.id}`,
        headers: t.as('editor'),
      });
      expect(removed.statusCode).toBe(204);
      const gone = await t.app.inject({
        method: 'GET',
        url: `/api/v1/notifications/subscriptions/${first.id}`,
        headers: t.as('viewer'),
      });
      expect(gone.json().error.code).toBe('subscription_not_found');
    });

    async function slackIntegrationId(): Promise<string> {
      const { results } = (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/integration/integrations?type=slack',
          headers: t.as('admin'),
        })
      ).json();
      return results.find((i: { name: string }) => i.name === 'Slack').id;
    }
  });
}
