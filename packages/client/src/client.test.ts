import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestApp, type TestApp } from '@sextant/server/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// @ts-expect-error: a plain .mjs script without declarations
import { CLIENT_POLICY_FILE, copyRetryPolicy } from '../scripts/copy-retry-policy.mjs';
// @ts-expect-error: a plain .mjs script without declarations
import { CLIENT_TYPES_FILE, generateClientTypes } from '../scripts/generate-types.mjs';
import { createSextantClient, parseRetryAfter, retryDelayMs, retryingFetch } from './index.js';

/** A real HTTP server that answers each request with the next scripted status (then 200), recording requests. */
function scriptedServer(script: { status: number; retryAfter?: string }[]) {
  const seen: { method: string; url: string; body: string; authorization: string | undefined }[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      seen.push({
        method: request.method!,
        url: request.url!,
        body,
        authorization: request.headers.authorization,
      });
      const step = script[seen.length - 1] ?? { status: 200 };
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (step.retryAfter !== undefined) headers['retry-after'] = step.retryAfter;
      response.writeHead(step.status, headers);
      response.end(
        JSON.stringify(
          step.status === 200 ? { status: 'ok' } : { error: { code: 'rate_limited', message: 'slow down' } },
        ),
      );
    });
  });
  return {
    seen,
    start: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () =>
          resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
        ),
      ),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('retries over a real socket', () => {
  test('429 with Retry-After, then 503, then 200: the call answers 200 after waiting what the server said', async () => {
    const server = scriptedServer([
      { status: 429, retryAfter: '2' },
      { status: 503, retryAfter: '0' },
    ]);
    const base = await server.start();
    try {
      const waits: number[] = [];
      const fetchWithRetries = retryingFetch(
        (request) => fetch(request),
        {},
        async (ms) => {
          waits.push(ms);
        },
      );
      const client = createSextantClient({
        baseUrl: base,
        apiKey: 'sxt_test',
        fetch: fetchWithRetries,
        retry: false,
      });
      const { data, response } = await client.GET('/healthcheck');
      expect(response.status).toBe(200);
      expect(data).toEqual({ status: 'ok' });
      expect(waits).toEqual([2000, 0]);
      expect(server.seen.map((r) => r.url)).toEqual(['/healthcheck', '/healthcheck', '/healthcheck']);
      expect(server.seen.every((r) => r.authorization === 'Bearer sxt_test')).toBe(true);
    } finally {
      await server.stop();
    }
  });

  test('the default client retries, re-sending the body; fetchOnce and retry: false opt out', async () => {
    const server = scriptedServer([
      { status: 429, retryAfter: '0' },
      { status: 200 },
      { status: 503, retryAfter: '0' },
    ]);
    const base = await server.start();
    try {
      const client = createSextantClient({ baseUrl: base, apiKey: 'sxt_test' });
      const created = await client.POST('/api/v1/tag', { body: { name: 'gold' } });
      expect(created.response.status).toBe(200);
      expect(server.seen.slice(0, 2).map((r) => r.body)).toEqual(['{"name":"gold"}', '{"name":"gold"}']);

      const once = await client.GET('/healthcheck', { fetch: client.fetchOnce });
      expect(once.response.status).toBe(503);
      expect(once.error).toEqual({ error: { code: 'rate_limited', message: 'slow down' } });
      expect(server.seen).toHaveLength(3);
    } finally {
      await server.stop();
    }
  });

  test('gives up after the configured retries and returns the last answer', async () => {
    const server = scriptedServer(Array.from({ length: 5 }, () => ({ status: 503, retryAfter: '0' })));
    const base = await server.start();
    try {
      const client = createSextantClient({ baseUrl: base, retry: { retries: 2 } });
      const { response } = await client.GET('/healthcheck');
      expect(response.status).toBe(503);
      expect(server.seen).toHaveLength(3);
    } finally {
      await server.stop();
    }
  });
});

describe('the retry policy', () => {
  test('Retry-After as seconds or an HTTP date; capped; backoff doubles within its jitter; other statuses never', () => {
    const now = Date.parse('2026-12-07T12:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Mon, 07 Dec 2026 12:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(retryDelayMs(429, '120', 0, { maxDelayMs: 5000 }, now)).toBe(5000);
    expect(retryDelayMs(503, null, 2, { baseDelayMs: 100 }, now, () => 0.999)).toBeCloseTo(399.6);
    expect(retryDelayMs(503, null, 3, {}, now)).toBeUndefined();
    for (const status of [200, 400, 404, 500, 502]) expect(retryDelayMs(status, '1', 0)).toBeUndefined();
  });
});

describe('against a Sextant server', () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => t?.dispose());

  test('typed calls answer what the API answers', async () => {
    const client = createSextantClient({ baseUrl: base, apiKey: t.keys.viewer });
    const me = await client.GET('/api/v1/auth/me');
    expect(me.response.status).toBe(200);
    expect(me.data).toMatchObject({ email: 'viewer@example.com' });
    const denied = await client.POST('/api/v1/tag', { body: { name: 'x' } });
    expect(denied.response.status).toBe(403);
    expect(denied.error).toMatchObject({ error: { code: 'forbidden' } });
  });

  test('src/openapi-types.ts is generated from the committed openapi.json', async () => {
    expect(readFileSync(CLIENT_TYPES_FILE, 'utf8')).toBe(await generateClientTypes());
  });

  test("src/retry-policy.ts is the SDK's retry policy as it is now", () => {
    expect(readFileSync(CLIENT_POLICY_FILE, 'utf8')).toBe(copyRetryPolicy());
  });
});
