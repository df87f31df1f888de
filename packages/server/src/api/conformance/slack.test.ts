import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../../slack/testing/fake-slack.js';
import { createTestApp, type TestApp, testBackends } from '../../testing/index.js';
import { expectJson } from './requests.js';

const TOKEN = 'xoxb-conformance';

/**
 * compat.md §6 Slack: `GET /api/v2/integration_v2/slack/conversations/list` answers `[{id, name}]`, at the
 * reference's own path and under `/api/v1` as the reference shows it, with and without the trailing slash.
 */
for (const backend of testBackends()) {
  describe(`conformance: Slack conversations [${backend}]`, () => {
    let fake: FakeSlack;
    let t: TestApp;
    beforeAll(async () => {
      fake = await startFakeSlack({
        tokens: [TOKEN],
        channels: [
          { id: 'C1', name: 'data-alerts' },
          { id: 'C2', name: 'analytics', is_private: true },
          { id: 'C3', name: 'general' },
        ],
      });
      t = await createTestApp(backend, { slackApiUrl: fake.apiUrl });
    });
    afterAll(async () => {
      await t?.dispose();
      await fake?.close();
    });

    const PATH = '/api/v2/integration_v2/slack/conversations/list';
    const spellings = [PATH, `${PATH}/`, `/api/v1${PATH}`, `/api/v1${PATH}/`];

    test('without a Slack integration every spelling answers a JSON 409', async () => {
      for (const url of spellings) {
        const res = await t.app.inject({ url, headers: t.as('admin') });
        expect(expectJson(res, 409, url).error.code).toBe('slack_not_connected');
      }
    });

    test('with one, every spelling answers [{id, name}] with all channels', async () => {
      const created = await t.app.inject({
        method: 'POST',
        url: '/integration/integrations/',
        headers: t.as('admin'),
        payload: { name: 'Slack', type: 'slack', credentials: { token: TOKEN } },
      });
      expectJson(created, 201, 'slack integration');
      for (const url of spellings) {
        const channels = expectJson(await t.app.inject({ url, headers: t.as('admin') }), 200, url);
        expect(channels).toEqual([
          { id: 'C1', name: 'data-alerts' },
          { id: 'C2', name: 'analytics' },
          { id: 'C3', name: 'general' },
        ]);
      }
      const bad = await t.app.inject({ url: PATH, headers: { authorization: 'Bearer nope', accept: '*/*' } });
      expectJson(bad, 401, 'bad key');
    });
  });
}
