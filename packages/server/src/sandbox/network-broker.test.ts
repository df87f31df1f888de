import { type LocalHttpServer, readBody, sendJson, startLocalHttpServer } from '@sextant/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrokerOptions, NetworkBroker } from './network-broker.js';
import type { HttpCallEntry } from './sandbox-types.js';

// The broker on its own, in this process, against a real local server. Names under .test never resolve
// through the system, so a call that reaches the server proves the broker connected to the address it
// checked (the injected resolver's), not to whatever DNS answers later.
let server: LocalHttpServer;
let port: string;

beforeAll(async () => {
  server = await startLocalHttpServer(async (request, response) => {
    if (request.url === '/declared-huge')
      return void response
        .writeHead(200, { 'content-length': String(10 * 1024 * 1024) })
        .end(Buffer.alloc(10 * 1024 * 1024));
    if (request.url === '/see-other') return void response.writeHead(303, { location: '/headers' }).end();
    if (request.url === '/headers')
      return sendJson(response, 200, {
        method: request.method,
        content_type: request.headers['content-type'] ?? null,
        content_length: request.headers['content-length'] ?? null,
      });
    if (request.url === '/cross')
      return void response.writeHead(307, { location: `http://other.test:${port}/echo` }).end();
    sendJson(response, 200, {
      host: request.headers.host,
      authorization: request.headers.authorization ?? null,
      method: request.method,
      body: (await readBody(request)).toString(),
    });
  });
  port = new URL(server.url).port;
});

afterAll(() => server.close());

function brokerFor(options: Partial<BrokerOptions> = {}) {
  const calls: HttpCallEntry[] = [];
  const broker = new NetworkBroker({
    allowedEndpoints: [`http://source.test:${port}`, `http://other.test:${port}`],
    allowPrivateHosts: [`source.test:${port}`, `other.test:${port}`],
    maxResponseBytes: 1024 * 1024,
    maxRequestMs: 10_000,
    onHttpCall: (entry) => calls.push(entry),
    resolveHost: async () => [{ address: '127.0.0.1', family: 4 }],
    ...options,
  });
  return { broker, calls };
}

const request = (url: string, extra: object = {}) => ({
  method: 'GET',
  url,
  headers: {},
  timeoutMs: 5_000,
  followRedirects: false,
  verify: true,
  ...extra,
});

describe('NetworkBroker', () => {
  it('connects to the address it checked, keeping the host name for the Host header', async () => {
    const { broker, calls } = brokerFor();
    const result = await broker.send(
      request(`http://source.test:${port}/echo`, { method: 'POST', body: 'a=1' }),
    );
    if (!result.ok) throw new Error(result.message);
    expect(JSON.parse(new TextDecoder().decode(result.body))).toMatchObject({
      host: `source.test:${port}`,
      method: 'POST',
      body: 'a=1',
    });
    expect(calls).toEqual([
      expect.objectContaining({ method: 'POST', status: 200, url: `http://source.test:${port}/echo` }),
    ]);
  });

  it('refuses a name when any of its addresses is not public', async () => {
    const { broker } = brokerFor({
      allowPrivateHosts: [],
      resolveHost: async () => [
        { address: '93.184.216.34', family: 4 },
        { address: '10.0.0.7', family: 4 },
      ],
    });
    expect(await broker.send(request(`http://source.test:${port}/x`))).toEqual({
      ok: false,
      message: `GET http://source.test:${port}/x refused: source.test resolves to 10.0.0.7, a private address`,
    });
    expect(broker.firstRefusal?.code).toBe('sandbox_http_refused');
  });

  it('refuses a declared Content-Length over the cap before reading the body', async () => {
    const { broker } = brokerFor();
    const result = await broker.send(request(`http://source.test:${port}/declared-huge`));
    expect(result).toEqual({
      ok: false,
      message: `GET http://source.test:${port}/declared-huge refused: the response is larger than 1048576 bytes`,
    });
    expect(broker.firstRefusal?.code).toBe('sandbox_response_too_large');
  });

  it('drops Authorization on a cross-origin redirect and repeats the method on 307', async () => {
    const { broker, calls } = brokerFor();
    const result = await broker.send(
      request(`http://source.test:${port}/cross`, {
        method: 'PUT',
        body: 'payload',
        headers: { Authorization: 'Bearer secret' },
        followRedirects: true,
      }),
    );
    if (!result.ok) throw new Error(result.message);
    expect(JSON.parse(new TextDecoder().decode(result.body))).toEqual({
      host: `other.test:${port}`,
      authorization: null,
      method: 'PUT',
      body: 'payload',
    });
    expect(calls.map((call) => call.status)).toEqual([307, 200]);
  });

  it('a 303 after a POST is followed as a GET without the headers that described the body', async () => {
    const { broker, calls } = brokerFor();
    const result = await broker.send(
      request(`http://source.test:${port}/see-other`, {
        method: 'POST',
        body: 'payload',
        headers: { 'Content-Type': 'text/plain', 'Content-Length': '7' },
        followRedirects: true,
      }),
    );
    if (!result.ok) throw new Error(result.message);
    expect(JSON.parse(new TextDecoder().decode(result.body))).toEqual({
      method: 'GET',
      content_type: null,
      content_length: null,
    });
    expect(calls.map((call) => call.status)).toEqual([303, 200]);
  });

  it.each([
    ['not an object', 'the request is not an object'],
    [{ method: 'TRACE', url: 'http://source.test/' }, 'unsupported method TRACE'],
    [{ method: 'GET', url: 'file:///etc/passwd' }, 'unsupported protocol file:'],
    [{ method: 'GET', url: 'http://source.test/', headers: { x: 1 } }, 'request headers must be strings'],
    [
      { method: 'GET', url: 'http://source.test/', body: { a: 1 } },
      'the request body must be a string or bytes',
    ],
  ])('answers a malformed request from the isolate with a message (%j)', async (value, message) => {
    const { broker, calls } = brokerFor();
    const result = await broker.send(value);
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining(message),
    });
    expect(calls).toEqual([]);
  });
});
