import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedResource } from '../catalog/testing/seed-catalog.js';
import { eventsOf } from '../events/index.js';
import { type FakeSlack, startFakeSlack } from '../slack/testing/fake-slack.js';
import { createTestApp, type TestApp, testBackends } from '../testing/index.js';

const TOKEN = 'xoxb-questions-test';
const PUBLIC_URL = 'https://catalog.example.com';

for (const backend of testBackends()) {
  describe(`questions notify Slack subscribers [${backend}]`, () => {
    let fake: FakeSlack;
    let t: TestApp;

    beforeAll(async () => {
      fake = await startFakeSlack({ tokens: [TOKEN], channels: [{ id: 'C200', name: 'data-alerts' }] });
      t = await createTestApp(backend, { slackApiUrl: fake.apiUrl, publicUrl: PUBLIC_URL });
    });
    afterAll(async () => {
      await t?.dispose();
      await fake?.close();
    });

    const call = (method: string, url: string, payload: unknown, role: 'admin' | 'editor' = 'editor') =>
      t.app.inject({ method: method as 'POST', url, headers: t.as(role), payload: payload as object });

    test('a reply and an accepted answer reach the channels subscribed to the question’s resource', async () => {
      const slack = await call(
        'POST',
        '/api/v1/integration/integrations',
        {
          name: 'Slack',
          type: 'slack',
          credentials: { token: TOKEN },
        },
        'admin',
      );
      expect(slack.statusCode).toBe(201);
      const settings = await call(
        'PUT',
        '/api/v1/notifications/settings',
        { slack_integration_id: slack.json().id },
        'admin',
      );
      expect(settings.statusCode).toBe(200);
      const table = await seedResource(t.store.db, {
        workspace_id: t.workspaceId,
        entity_type: 'table',
        title: 'orders',
      });
      const subscribed = await call('POST', '/api/v1/notifications/subscriptions', {
        resource_id: table,
        channel: 'C200',
      });
      expect(subscribed.statusCode).toBe(201);

      const question = (
        await call('POST', '/api/v1/question/questions', { title: 'Who loads orders?', resource_id: table })
      ).json();
      fake.messages.length = 0;
      const reply = (
        await call(
          'POST',
          '/api/v1/question/replies',
          { title: 'Reply', definition: 'The ELT job.', parent: question.id },
          'admin',
        )
      ).json();
      await eventsOf(t.store).settled();
      expect(fake.messages).toHaveLength(1);
      expect(fake.messages[0]!.channel).toBe('C200');
      expect(fake.messages[0]!.text).toContain('new reply on the question "Who loads orders?"');
      expect(fake.messages[0]!.text).toContain(`${PUBLIC_URL}/resources/${question.id}`);

      await call('PATCH', `/api/v1/question/replies/${reply.id}`, { accepted_answer: true });
      await eventsOf(t.store).settled();
      expect(fake.messages).toHaveLength(2);
      expect(fake.messages[1]!.text).toContain('answer accepted');
      // Editing an accepted answer again does not announce it twice.
      await call('PATCH', `/api/v1/question/replies/${reply.id}`, { definition: 'The ELT job, nightly.' });
      await eventsOf(t.store).settled();
      expect(fake.messages).toHaveLength(2);
    });
  });
}
