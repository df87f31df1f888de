import { expect, test } from 'vitest';
import { generateApiKey } from '../auth/tokens.js';
import { newId } from '../lib/ids.js';
import { createApiKey, createUser } from '../store/accounts/index.js';
import { forEachApp, type TestApp } from '../testing/index.js';
import { listRoutes, type RouteInfo } from './route-inventory.js';

const ROLES = ['guest', 'viewer', 'editor', 'admin'] as const;
const RANK = { public: -1, guest: 0, viewer: 1, editor: 2, admin: 3 } as const;

/** A Guest user (compat.md §8) with a key: the test app makes the other roles' keys. */
async function guestHeaders(t: TestApp): Promise<{ authorization: string }> {
  const user = await createUser(t.store.db, {
    workspaceId: t.workspaceId,
    email: `guest-${newId()}@example.com`,
    role: 'guest',
  });
  const { key } = await createApiKey(t.store.db, {
    workspaceId: t.workspaceId,
    userId: user.id,
    name: 'guest',
    role: 'guest',
    generated: generateApiKey(),
  });
  return { authorization: `Bearer ${key}` };
}

/** A concrete URL for a route pattern: every `:param` becomes a fresh id (nothing exists under it). */
function urlOf(route: RouteInfo): string {
  return route.url.replace(/:[A-Za-z_]+/g, () => newId()).replace(/\*$/, 'index.html');
}

function apiRoutes(routes: RouteInfo[]): RouteInfo[] {
  // The Swagger UI's static files are the plugin's; they are covered by the /docs entry.
  return routes.filter((r) => !r.url.startsWith('/docs/static') && r.url !== '/docs/*');
}

forEachApp('every route: auth matrix', (t) => {
  test('the route inventory sees the API', () => {
    const urls = apiRoutes(listRoutes(t().app)).map((r) => r.url);
    expect(urls).toContain('/healthcheck');
    expect(urls).toContain('/api/v1/auth/me');
  });

  test('no token and a bad token answer 401 on every non-public route; public routes need none', async () => {
    const { app } = t();
    for (const route of apiRoutes(listRoutes(app))) {
      const url = urlOf(route);
      const none = await app.inject({
        method: route.method as 'GET',
        url,
        payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
      });
      const bad = await app.inject({
        method: route.method as 'GET',
        url,
        headers: { authorization: 'Bearer sxt_not-a-real-key' },
      });
      const label = `${route.method} ${route.url}`;
      if (route.access === 'public') {
        expect(none.statusCode, label).not.toBe(401);
        expect(none.statusCode, label).not.toBe(403);
      } else {
        expect(none.statusCode, label).toBe(401);
        expect(none.json().error.code, label).toBe('authentication_required');
        expect(bad.statusCode, label).toBe(401);
      }
    }
  });

  test('each role gets 403 below the route’s role and never 401/403 at or above it', async () => {
    const { app } = t();
    const guest = await guestHeaders(t());
    for (const route of apiRoutes(listRoutes(app))) {
      if (route.access === 'public') continue;
      for (const role of ROLES) {
        const res = await app.inject({
          method: route.method as 'GET',
          url: urlOf(route),
          headers: role === 'guest' ? guest : t().as(role),
          payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
        });
        const label = `${role} ${route.method} ${route.url} -> ${res.statusCode} ${res.body.slice(0, 200)}`;
        if (RANK[role] < RANK[route.access]) {
          expect(res.statusCode, label).toBe(403);
          expect(res.json().error.code, label).toBe('forbidden');
        } else {
          expect([401, 403], label).not.toContain(res.statusCode);
        }
        expect(res.statusCode, label).toBeLessThan(500);
      }
    }
  });
});

forEachApp('every route: a key acts as min(key role, user role)', (t) => {
  test('an admin’s viewer and editor keys get 403 wherever a viewer or editor user does', async () => {
    const { app } = t();
    const weakKeys: Array<{ role: 'viewer' | 'editor'; key: string }> = [];
    for (const role of ['viewer', 'editor'] as const) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/api_keys',
        headers: t().as('admin'),
        payload: { name: `admin's ${role} key`, role },
      });
      expect(res.statusCode, res.body).toBe(201);
      weakKeys.push({ role, key: res.json().key });
    }
    for (const route of apiRoutes(listRoutes(app))) {
      if (route.access === 'public') continue;
      for (const { role, key } of weakKeys) {
        const res = await app.inject({
          method: route.method as 'GET',
          url: urlOf(route),
          headers: { authorization: `Bearer ${key}` },
          payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
        });
        const label = `admin's ${role} key ${route.method} ${route.url} -> ${res.statusCode}`;
        if (RANK[role] < RANK[route.access]) expect(res.statusCode, label).toBe(403);
        else expect([401, 403], label).not.toContain(res.statusCode);
        expect(res.statusCode, label).toBeLessThan(500);
      }
    }
  });
});

forEachApp('every write route: malformed input is a 4xx, never a 500', (t) => {
  const bodies: Array<{ name: string; payload: string; contentType: string }> = [
    { name: 'malformed JSON', payload: '{"name": ', contentType: 'application/json' },
    { name: 'wrong top-level type', payload: '[1,2,3]', contentType: 'application/json' },
    {
      name: 'wrong field types',
      payload: '{"name": 5, "title": [], "email": {}, "role": 7, "value": null}',
      contentType: 'application/json',
    },
    { name: 'unknown fields', payload: '{"definitely_not_a_field": true}', contentType: 'application/json' },
    { name: 'text body', payload: 'hello', contentType: 'text/plain' },
    {
      name: 'oversize body',
      payload: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }),
      contentType: 'application/json',
    },
  ];
  test('admin sends each malformed body to each write route', async () => {
    const { app } = t();
    for (const route of apiRoutes(listRoutes(app))) {
      if (!['POST', 'PUT', 'PATCH'].includes(route.method)) continue;
      for (const body of bodies) {
        const res = await app.inject({
          method: route.method as 'POST',
          url: urlOf(route),
          headers: { ...t().as('admin'), 'content-type': body.contentType },
          payload: body.payload,
        });
        const label = `${body.name}: ${route.method} ${route.url} -> ${res.statusCode} ${res.body.slice(0, 200)}`;
        expect(res.statusCode, label).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, label).toBeLessThan(500);
        expect(res.json().error.code, label).toEqual(expect.any(String));
        if (body.name === 'oversize body') expect(res.statusCode, label).toBe(413);
      }
    }
  });
});
