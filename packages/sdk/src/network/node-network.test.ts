import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type LocalHttpServer,
  readBody,
  sendJson,
  startLocalHttpServer,
} from '../testing/local-http-server.js';
import { buildNetworkRequest, type HttpRequestOptions } from './http-request.js';
import { HttpResponse } from './http-response.js';
import type { HttpMethod } from './network.js';
import { NodeNetwork } from './node-network.js';

let server: LocalHttpServer;
let other: LocalHttpServer;

// Echoes what it received, and redirects /moved (same origin) and /away (to the other server).
beforeAll(async () => {
  other = await startLocalHttpServer(async (request, response) => {
    sendJson(response, 200, { authorization: request.headers.authorization ?? null });
  });
  server = await startLocalHttpServer(async (request, response) => {
    if (request.url?.startsWith('/moved'))
      return void response.writeHead(302, { location: '/echo?from=moved' }).end();
    if (request.url === '/keep') return void response.writeHead(307, { location: '/echo' }).end();
    if (request.url === '/away') return void response.writeHead(302, { location: `${other.url}/` }).end();
    if (request.url === '/slow') return void setTimeout(() => sendJson(response, 200, {}), 3000);
    if (request.url === '/loop') return void response.writeHead(302, { location: '/loop' }).end();
    const body = (await readBody(request)).toString();
    sendJson(response, 200, { method: request.method, url: request.url, headers: request.headers, body });
  });
});
afterAll(async () => {
  await server.close();
  await other.close();
});

async function send(method: HttpMethod, url: string, options?: HttpRequestOptions) {
  const request = buildNetworkRequest(method, url, options);
  return new HttpResponse(request, await new NodeNetwork().send(request));
}

type Echo = { method: string; url: string; headers: Record<string, string>; body: string };

describe('NodeNetwork over a real socket', () => {
  it('sends params, headers and basic auth', async () => {
    const response = await send('GET', `${server.url}/echo?a=1`, {
      params: { b: 'x y', tags: ['t1', 't2'], skipped: undefined },
      headers: { 'X-Trace': 'abc' },
      auth: ['ann', 's3cret'],
    });
    expect(response.ok).toBe(true);
    const echo = response.json<Echo>();
    expect(echo.url).toBe('/echo?a=1&b=x+y&tags=t1&tags=t2');
    expect(echo.headers['x-trace']).toBe('abc');
    expect(echo.headers.authorization).toBe(`Basic ${Buffer.from('ann:s3cret').toString('base64')}`);
  });

  it('sends a JSON body and a form body', async () => {
    const json = (await send('POST', `${server.url}/echo`, { json: { a: [1] } })).json<Echo>();
    expect(json).toMatchObject({
      method: 'POST',
      body: '{"a":[1]}',
      headers: { 'content-type': 'application/json' },
    });
    const form = (await send('PUT', `${server.url}/echo`, { data: { user: 'a b', n: 2 } })).json<Echo>();
    expect(form).toMatchObject({ method: 'PUT', body: 'user=a+b&n=2' });
    expect(form.headers['content-type']).toBe('application/x-www-form-urlencoded');
  });

  it('refuses json and data together', () => {
    expect(() => buildNetworkRequest('POST', 'http://x/', { json: {}, data: 'a' })).toThrow(
      /either json or data/,
    );
  });

  it('does not follow redirects unless asked', async () => {
    const response = await send('GET', `${server.url}/moved`);
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('/echo?from=moved');
    const followed = await send('GET', `${server.url}/moved`, { followRedirects: true });
    expect(followed.json<Echo>().url).toBe('/echo?from=moved');
    expect(followed.url).toBe(`${server.url}/echo?from=moved`);
  });

  it('repeats method and body on 307, and drops credentials on a cross-origin redirect', async () => {
    const kept = await send('POST', `${server.url}/keep`, { json: { k: 1 }, followRedirects: true });
    expect(kept.json<Echo>()).toMatchObject({ method: 'POST', body: '{"k":1}' });
    const away = await send('GET', `${server.url}/away`, { auth: ['a', 'b'], followRedirects: true });
    expect(away.json()).toEqual({ authorization: null });
  });

  it('stops after 10 redirects', async () => {
    await expect(send('GET', `${server.url}/loop`, { followRedirects: true })).rejects.toThrow(
      /more than 10 redirects/,
    );
  });

  it('times out with a message naming the request', async () => {
    await expect(send('GET', `${server.url}/slow`, { timeoutSeconds: 0.2 })).rejects.toThrow(
      `GET ${server.url}/slow failed: no answer within 0.2 s`,
    );
  });

  it('names the request when the connection is refused', async () => {
    const closed = await startLocalHttpServer(() => {});
    await closed.close();
    await expect(send('GET', `${closed.url}/x`)).rejects.toThrow(
      /GET http:\/\/127\.0\.0\.1:\d+\/x failed: ECONNREFUSED/,
    );
  });

  it('throwIfNotOk and json name the URL and status', async () => {
    const missing = await startLocalHttpServer(
      (_request, response) => void response.writeHead(404).end('no such page'),
    );
    try {
      const response = await send('GET', `${missing.url}/p`);
      expect(() => response.throwIfNotOk()).toThrow(`GET ${missing.url}/p answered 404: no such page`);
      expect(() => response.json()).toThrow(/answered 404 with a body that is not JSON/);
    } finally {
      await missing.close();
    }
  });
});

describe('NodeNetwork and TLS', () => {
  let tls: https.Server | undefined;
  let url = '';
  beforeAll(async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'sextant-tls-'));
    const [key, cert] = [path.join(directory, 'key.pem'), path.join(directory, 'cert.pem')];
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-keyout',
          key,
          '-out',
          cert,
          '-days',
          '1',
          '-subj',
          '/CN=127.0.0.1',
        ],
        { stdio: 'ignore' },
      );
    } catch {
      return; // no openssl binary: the tests below skip themselves
    }
    tls = https.createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_request, response) =>
      response.end('secure'),
    );
    await new Promise<void>((resolve) => tls!.listen(0, '127.0.0.1', resolve));
    url = `https://127.0.0.1:${(tls.address() as AddressInfo).port}/`;
  });
  afterAll(() => {
    tls?.closeAllConnections();
    tls?.close();
  });

  it('checks certificates by default and skips the check with verify: false', async (context) => {
    if (!tls) context.skip('openssl is not installed; cannot make a self-signed certificate');
    await expect(send('GET', url)).rejects.toThrow(/SELF_SIGNED|self-signed/i);
    expect((await send('GET', url, { verify: false })).text()).toBe('secure');
  });
});
