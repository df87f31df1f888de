import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../config.js';
import { createTestApp, type TestApp } from '../../testing/index.js';

const CLIENT = 'https://catalog-client.example.com';

describe('response compression', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(async () => t.dispose());

  const openApi = (encoding?: string) =>
    t.app.inject({
      method: 'GET',
      url: '/api/v1/openapi.json',
      headers: { ...t.as('viewer'), ...(encoding ? { 'accept-encoding': encoding } : {}) },
    });

  test('a large JSON answer is gzipped or brotli-compressed as the client accepts, and decodes to the same', async () => {
    const plain = await openApi();
    expect(plain.headers['content-encoding']).toBeUndefined();
    const gzip = await openApi('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(JSON.parse(gunzipSync(gzip.rawPayload).toString())).toEqual(plain.json());
    const brotli = await openApi('br, gzip');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(brotli.rawPayload).toString())).toEqual(plain.json());
  });

  test('a small answer is sent as it is (below the 1 KiB threshold)', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/healthcheck',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json()).toEqual({ status: 'OK' });
  });
});

describe('CORS, off by default', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(async () => t.dispose());

  test('neither a preflight nor a request from another origin gets CORS headers', async () => {
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/auth/me',
      headers: { origin: CLIENT, 'access-control-request-method': 'GET' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const get = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { origin: CLIENT, ...t.as('viewer') },
    });
    expect(get.statusCode).toBe(200);
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('CORS with SEXTANT_CORS_ORIGINS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { corsOrigins: [CLIENT] });
  });
  afterAll(async () => t.dispose());

  const preflight = (origin: string) =>
    t.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/resource/catalog',
      headers: {
        origin,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });

  test('a preflight from a listed origin is answered without credentials, allowing the bearer header', async () => {
    const res = await preflight(CLIENT);
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(CLIENT);
    expect(String(res.headers['access-control-allow-headers'])).toContain('Authorization');
    expect(String(res.headers['access-control-allow-methods'])).toContain('PATCH');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });

  test('an origin not on the list gets no CORS headers', async () => {
    const res = await preflight('https://elsewhere.example.com');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  test('the request after the preflight carries the header and still needs a key', async () => {
    const ok = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { origin: CLIENT, ...t.as('viewer') },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['access-control-allow-origin']).toBe(CLIENT);
    const anonymous = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { origin: CLIENT },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});

test('SEXTANT_CORS_ORIGINS takes exact origins, and refuses a URL with a path', () => {
  const env = { SEXTANT_CORS_ORIGINS: ' https://a.example.com , http://localhost:3000/ ' };
  expect(loadConfig(env).corsOrigins).toEqual(['https://a.example.com', 'http://localhost:3000']);
  expect(loadConfig({}).corsOrigins).toEqual([]);
  expect(() => loadConfig({ SEXTANT_CORS_ORIGINS: 'https://a.example.com/app' })).toThrow(/not an origin/);
});
