import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newId } from '../lib/ids.js';
import { createTestApp, type TestApp } from '../testing/index.js';
import { API_PREFIX, UI_ROUTES } from './api-paths.js';
import { listRoutes } from './route-inventory.js';

const BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const BAD_KEY = { authorization: 'Bearer sxt_not-a-real-key' };
const APP_PAGE = '<!doctype html><title>Sextant</title><div id="root"></div>';

let t: TestApp;
let dist: string;
beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'sextant-web-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), APP_PAGE);
  // Routing does not depend on the backend: SQLite is enough.
  t = await createTestApp('sqlite', {}, { webDistDir: dist });
}, 60_000);
afterAll(async () => {
  await t?.dispose();
  rmSync(dist, { recursive: true, force: true });
});

const isJson = (res: { headers: Record<string, unknown> }) =>
  String(res.headers['content-type']).startsWith('application/json');

describe('every API route also answers without /api/v1 (Secoda’s older guides)', () => {
  test('prefix-less paths, with and without a trailing slash, meet each route’s auth: a bad key is a 401 JSON', async () => {
    const routes = listRoutes(t.app).filter(
      (r) => r.url.startsWith(`${API_PREFIX}/`) && r.access !== 'public',
    );
    expect(routes.length).toBeGreaterThan(50);
    for (const route of routes) {
      const bare = route.url.slice(API_PREFIX.length).replace(/:[A-Za-z_]+/g, () => newId());
      for (const url of [bare, `${bare}/`]) {
        const res = await t.app.inject({ method: route.method as 'GET', url, headers: BAD_KEY });
        const label = `${route.method} ${url}`;
        expect(res.statusCode, label).toBe(401);
        expect(isJson(res), label).toBe(true);
        expect(res.json().error.code, label).toBe('invalid_api_key');
      }
    }
  });

  test('the custom-integration guide’s calls work as written: create, list, get an integration without the prefix', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/integration/integrations/',
      headers: t.as('admin'),
      payload: { name: 'From the guide', type: 'custom' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect(id).toMatch(/\S/);
    const listed = await t.app.inject({ url: '/integration/integrations/', headers: t.as('viewer') });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().results.map((r: { id: string }) => r.id)).toContain(id);
    const one = await t.app.inject({ url: `/integration/integrations/${id}`, headers: t.as('viewer') });
    expect(one.json()).toMatchObject({ id, name: 'From the guide' });
    const noKey = await t.app.inject({ url: '/integration/integrations/' });
    expect(noKey.statusCode).toBe(401);
    expect(isJson(noKey)).toBe(true);
  });

  test('the Slack conversation list answers at /api/v2/integration_v2/... as well as under /api/v1', async () => {
    for (const url of [
      '/api/v2/integration_v2/slack/conversations/list',
      '/api/v2/integration_v2/slack/conversations/list/',
      '/api/v1/api/v2/integration_v2/slack/conversations/list',
    ]) {
      const noKey = await t.app.inject({ url });
      expect(noKey.statusCode, url).toBe(401);
      // Without a Slack integration the route itself answers (409 slack_not_connected-like), not a 404.
      const res = await t.app.inject({ url, headers: t.as('viewer') });
      expect(res.statusCode, url).toBe(409);
      expect(isJson(res), url).toBe(true);
    }
  });
});

test('every upload route answers 415 unsupported_media_type to a JSON body (with and without the prefix)', async () => {
  const create = async (type: string) =>
    (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/integration/integrations',
        headers: t.as('admin'),
        payload: { name: `uploads ${type}`, type },
      })
    ).json().id as string;
  const files = await create('custom');
  const dbt = await create('dbt');
  const marketplace = await t.app.inject({ url: '/api/v1/marketplace/integrations', headers: t.as('admin') });
  expect(marketplace.statusCode).toBe(200);
  const uploads = [
    `/integration/integrations/${files}/import_metadata`,
    `/integration/integrations/${files}/import_jsonl_metadata`,
    `/integration/dbt/${dbt}/upload_artifacts`,
    '/marketplace/integrations',
  ];
  for (const path of uploads) {
    for (const url of [`${API_PREFIX}${path}`, `${path}/`]) {
      const res = await t.app.inject({ method: 'POST', url, headers: t.as('admin'), payload: { file: 'x' } });
      expect(res.statusCode, url).toBe(415);
      expect(res.json().error.code, url).toBe('unsupported_media_type');
    }
  }
});

describe('nothing under an API path answers HTML', () => {
  test('unknown paths under /api, /api/v1, /api/v2 and prefix-less API families are a 404 JSON', async () => {
    const paths = [
      '/api',
      '/api/',
      '/api/v1',
      '/api/v1/',
      '/api/v1/nope',
      '/api/v2/nope',
      '/api/nope/deeper',
      '/integration/nope',
      `/integration/integrations/${newId()}/nope/deeper`,
      '/lineage/nope',
      '/resource/nope',
      '/auth/nope',
    ];
    for (const url of paths) {
      for (const headers of [{}, BROWSER, t.as('admin'), { ...BROWSER, ...t.as('admin') }]) {
        const res = await t.app.inject({ url, headers });
        expect(res.statusCode, url).toBe(404);
        expect(isJson(res), url).toBe(true);
        expect(res.json().error.code, url).toBe('route_not_found');
      }
      const post = await t.app.inject({ method: 'POST', url, headers: t.as('admin'), payload: {} });
      expect(post.statusCode, `POST ${url}`).toBe(404);
      expect(isJson(post), `POST ${url}`).toBe(true);
    }
  });
});

describe('the UI answers its own routes only', () => {
  test('each UI route answers the app page with 200, with and without a trailing slash', async () => {
    for (const route of UI_ROUTES) {
      const path = route.replace(/:[a-z_]+/g, newId());
      for (const url of path === '/' ? ['/'] : [path, `${path}/`]) {
        const res = await t.app.inject({ url, headers: BROWSER });
        expect(res.statusCode, url).toBe(200);
        expect(res.body, url).toBe(APP_PAGE);
      }
    }
  });

  test('any other page path answers the app page (its not-found page) with status 404', async () => {
    for (const url of [
      '/status',
      '/status/',
      '/wp-admin/setup.php?x=1',
      '/resources',
      '/settings',
      '/x/y/z',
    ]) {
      const res = await t.app.inject({ url, headers: BROWSER });
      expect(res.statusCode, url).toBe(404);
      if (res.headers['content-type']?.toString().startsWith('text/html'))
        expect(res.body, url).toBe(APP_PAGE);
      else expect(res.json().error.code, url).toBe('route_not_found'); // a missing file (`.php`) is not a page
    }
    const plain = await t.app.inject({ url: '/status' });
    expect(plain.statusCode).toBe(404);
    expect(plain.body).toBe(APP_PAGE);
  });

  test('a path both the UI and the API own (/search) goes to the UI for a page load and to the API otherwise', async () => {
    const page = await t.app.inject({ url: '/search', headers: BROWSER });
    expect(page.statusCode).toBe(200);
    expect(page.body).toBe(APP_PAGE);
    const api = await t.app.inject({
      url: '/search?q=orders',
      headers: { accept: '*/*', ...t.as('viewer') },
    });
    expect(api.statusCode).toBe(200);
    expect(isJson(api)).toBe(true);
    const json = await t.app.inject({ url: '/search/', headers: { accept: 'application/json' } });
    expect(json.statusCode).toBe(401);
    const post = await t.app.inject({
      method: 'POST',
      url: '/search',
      headers: { ...BROWSER, ...t.as('admin') },
    });
    expect(isJson(post)).toBe(true);
    // `/marketplace` is the UI's page; the API's marketplace paths sit below it.
    expect((await t.app.inject({ url: '/marketplace', headers: BROWSER })).body).toBe(APP_PAGE);
    const listing = await t.app.inject({
      url: '/marketplace/listing',
      headers: { ...BROWSER, ...t.as('viewer') },
    });
    expect(listing.statusCode).toBe(200);
    expect(isJson(listing)).toBe(true);
  });

  test('UI_ROUTES is the list of routes packages/web/src/app.tsx declares', () => {
    const appTsx = readFileSync(fileURLToPath(new URL('../../../web/src/app.tsx', import.meta.url)), 'utf8');
    const declared = [...appTsx.matchAll(/path="([^"]+)"/g)]
      .map((m) => m[1]!)
      .filter((path) => path !== '*')
      .map((path) => (path.startsWith('/') ? path : `/${path}`));
    if (/<Route index /.test(appTsx)) declared.push('/');
    expect([...UI_ROUTES].sort()).toEqual(declared.sort());
  });
});
