import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SlackClient } from './slack-client.js';
import { type FakeSlack, startFakeSlack } from './testing/fake-slack.js';

const TOKEN = 'xoxb-test-good-token';
const CHANNELS = [
  { id: 'C001', name: 'general' },
  { id: 'C002', name: 'data-alerts' },
  { id: 'G003', name: 'secret-ops', is_private: true },
  { id: 'C004', name: 'random' },
  { id: 'C005', name: 'analytics' },
];

describe('SlackClient against a fake Slack over HTTP', () => {
  let fake: FakeSlack;
  const waits: number[] = [];
  const client = (options: { token?: string; maxRetryWaitMs?: number } = {}) =>
    new SlackClient({
      token: options.token ?? TOKEN,
      apiUrl: fake.apiUrl,
      maxRetryWaitMs: options.maxRetryWaitMs,
      retry: { retries: 2, minTimeoutMs: 1, maxTimeoutMs: 5 },
      sleep: async (ms) => {
        waits.push(ms);
      },
    });

  beforeAll(async () => {
    fake = await startFakeSlack({ tokens: [TOKEN], channels: CHANNELS, pageSize: 2 });
  });
  afterAll(async () => {
    await fake.close();
  });

  test('follows the cursor across several pages, public and private channels', async () => {
    fake.requests.length = 0;
    const channels = await client().listChannels();
    expect(channels).toEqual(CHANNELS.map(({ id, name }) => ({ id, name })));
    expect(fake.requests.map((r) => r.method)).toEqual(Array(3).fill('conversations.list'));
    expect(fake.requests[0]!.params.cursor).toBeUndefined();
    expect(fake.requests[1]!.params.cursor).toBeTruthy();
    expect(fake.requests[2]!.params.cursor).not.toBe(fake.requests[1]!.params.cursor);
    for (const request of fake.requests) {
      expect(request.params.types).toBe('public_channel,private_channel');
      expect(request.token).toBe(TOKEN);
    }
  });

  test('a 429 waits Retry-After, then the same page is asked again and succeeds', async () => {
    fake.requests.length = 0;
    waits.length = 0;
    fake.rateLimitNext(1, 7);
    const channels = await client().listChannels();
    expect(channels).toHaveLength(CHANNELS.length);
    expect(waits).toEqual([7000]);
    expect(fake.requests).toHaveLength(4);
    expect(fake.requests[1]!.params.cursor).toBe(fake.requests[0]!.params.cursor);
  });

  test('a long Retry-After is capped; endless 429s end in slack_rate_limited', async () => {
    waits.length = 0;
    fake.rateLimitNext(1, 3600);
    await client({ maxRetryWaitMs: 2000 }).listChannels();
    expect(waits).toEqual([2000]);
    fake.rateLimitNext(100, 1);
    await expect(client().listChannels()).rejects.toMatchObject({ code: 'slack_rate_limited', status: 429 });
    fake.rateLimitNext(0, 0);
  });

  test('a refused token is a 422 slack_token_refused whose message does not carry the token', async () => {
    const error = await client({ token: 'xoxb-revoked-secret' })
      .listChannels()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'slack_token_refused',
      status: 422,
      details: { slack_error: 'invalid_auth' },
    });
    expect(
      JSON.stringify({ message: (error as Error).message, details: (error as { details: unknown }).details }),
    ).not.toContain('revoked-secret');
  });

  test('an HTTP 500 is retried with backoff; a message is posted as form fields with JSON blocks', async () => {
    fake.failNext(2);
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: 'hi' } }];
    await client().postMessage({ channel: 'C002', text: 'hello', blocks });
    expect(fake.messages.at(-1)).toEqual({ channel: 'C002', text: 'hello', blocks });
  });

  test('Slack out of reach is slack_unavailable (503)', async () => {
    const gone = new SlackClient({
      token: TOKEN,
      apiUrl: 'http://127.0.0.1:9/api',
      retry: { retries: 1, minTimeoutMs: 1, maxTimeoutMs: 2 },
    });
    await expect(gone.postMessage({ channel: 'C1', text: 'x' })).rejects.toMatchObject({
      code: 'slack_unavailable',
      status: 503,
    });
  });
});
