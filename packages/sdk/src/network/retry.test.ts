import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { Integration } from '../integration.js';

class Probe extends Integration {
  extract(): void {}
}

/** A real server answering each request with the next scripted status, then 200. */
const script: { status: number; retryAfter?: string }[] = [];
const seen: { method: string; body: string }[] = [];
const server = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => {
    body += chunk;
  });
  request.on('end', () => {
    seen.push({ method: request.method!, body });
    const step = script.shift() ?? { status: 200 };
    response.writeHead(step.status, step.retryAfter === undefined ? {} : { 'retry-after': step.retryAfter });
    response.end(step.status === 200 ? 'ok' : 'busy');
  });
});
let url: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('httpPost sends again after 429 with Retry-After and 503, body and all, and answers the 200', async () => {
  seen.length = 0;
  script.push({ status: 429, retryAfter: '0' }, { status: 503, retryAfter: '0' });
  const response = await new Probe().httpPost(url, { json: { a: 1 } });
  expect(response.status).toBe(200);
  expect(seen).toEqual([
    { method: 'POST', body: '{"a":1}' },
    { method: 'POST', body: '{"a":1}' },
    { method: 'POST', body: '{"a":1}' },
  ]);
});

test('retry: false answers the first 429; retries: 1 gives up after one more attempt', async () => {
  seen.length = 0;
  script.push({ status: 429, retryAfter: '0' });
  expect((await new Probe().httpGet(url, { retry: false })).status).toBe(429);
  expect(seen).toHaveLength(1);
  script.length = 0;
  script.push({ status: 503, retryAfter: '0' }, { status: 503, retryAfter: '0' }, { status: 503 });
  expect((await new Probe().httpGet(url, { retry: { retries: 1 } })).status).toBe(503);
  expect(seen).toHaveLength(3);
  script.length = 0;
});

test('other errors are answered at once', async () => {
  seen.length = 0;
  script.push({ status: 500, retryAfter: '0' });
  expect((await new Probe().httpGet(url)).status).toBe(500);
  expect(seen).toHaveLength(1);
});
