import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../context.js';
import { registerErrorHandler } from '../plugins/error-handler.js';
import { findWebDist, registerWebUiRoutes } from './web-ui.js';

// A real (tiny) build folder on disk, served by the same route the server registers.
let dist: string;
beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'sextant-web-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

async function appWith(distDir: string): Promise<App> {
  const app = Fastify({ routerOptions: { ignoreTrailingSlash: true } }) as unknown as App;
  registerErrorHandler(app);
  app.get('/api/v1/real', async () => ({ ok: true }));
  registerWebUiRoutes(app, { distDir });
  await app.ready();
  return app;
}

describe('web UI route with a build', () => {
  let app: App;
  beforeAll(async () => {
    app = await appWith(dist);
  });
  afterAll(() => app.close());

  test('/ and client-side routes answer the app page, never cached, with a CSP', async () => {
    for (const url of ['/', '/resources/abc', '/integrations/x?tab=lineage', '/index.html']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toMatch(/^text\/html/);
      expect(res.body, url).toContain('<div id="root">');
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-security-policy'], url).toContain("script-src 'self'");
    }
  });

  test('hashed assets are served as immutable files', async () => {
    const res = await app.inject({ url: '/assets/index-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.body).toBe('console.log(1)');
    const icon = await app.inject({ url: '/favicon.svg' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).not.toContain('immutable');
  });

  test('a missing asset is a 404, not the app page', async () => {
    const res = await app.inject({ url: '/assets/gone-123.js' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('route_not_found');
  });

  test('unknown API paths keep their JSON 404; known ones are untouched', async () => {
    const res = await app.inject({ url: '/api/v1/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: 'route_not_found', message: 'no route GET /api/v1/nope', details: {} },
    });
    expect((await app.inject({ url: '/api/v1/real' })).json()).toEqual({ ok: true });
  });

  test('paths that climb out of the build folder do not leak files', async () => {
    for (const url of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fetc%2fpasswd']) {
      const res = await app.inject({ url });
      expect(res.body, url).not.toContain('root:');
      expect([200, 404], url).toContain(res.statusCode);
      if (res.statusCode === 200) expect(res.body, url).toContain('<div id="root">');
    }
  });
});

test('without a build the server still starts and says how to build the UI', async () => {
  const app = await appWith(join(dist, 'does-not-exist'));
  try {
    const res = await app.inject({ url: '/' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('npm run build');
    expect((await app.inject({ url: '/api/v1/nope' })).statusCode).toBe(404);
  } finally {
    await app.close();
  }
});

test('the default build folder is the web package’s dist', () => {
  expect(findWebDist().replace(/[\\/]+$/, '')).toMatch(/packages[\\/]web[\\/]dist$/);
});
