import { beforeAll, expect, test } from 'vitest';
import { generateApiKey } from '../../auth/tokens.js';
import { createApiKey } from '../../store/accounts/index.js';
import { forEachApp, type TestApp } from '../../testing/index.js';

/*
 * Guests and knowledge items (issue #20: "Guests see their teams' items"): a guest of one team reads that team's
 * published terms, documents and questions through the typed routes, the older dictionary path and the catalog;
 * another team's item, a draft of its own team and items of no team are "not found" or absent; a guest writes
 * nothing.
 */

const ROUTES = [
  { path: '/api/v1/glossary/terms', entityType: 'glossary' },
  { path: '/api/v1/dictionary/terms', entityType: 'glossary' },
  { path: '/api/v1/document', entityType: 'document' },
  { path: '/api/v1/question/questions', entityType: 'question' },
] as const;

forEachApp('knowledge items for guests', (app) => {
  let t: TestApp;
  let guest: { authorization: string };
  const items = new Map<string, { mine: string; draft: string; other: string; none: string }>();

  const call = async (method: string, url: string, headers: { authorization: string }, payload?: object) =>
    t.app.inject({ method: method as 'GET', url, headers, ...(payload && { payload }) });

  beforeAll(async () => {
    t = app();
    const team = async (name: string) =>
      (await call('POST', '/api/v1/auth/teams/', t.as('admin'), { name })).json().id as string;
    const marketing = await team('Marketing');
    const finance = await team('Finance');
    const user = await call('POST', '/api/v1/user', t.as('admin'), {
      email: 'guest@example.com',
      role: 'Guest',
      teams: [marketing],
    });
    expect(user.statusCode, user.body).toBe(201);
    const { key } = await createApiKey(t.store.db, {
      workspaceId: t.workspaceId,
      userId: user.json().id,
      name: 'guest',
      role: 'guest',
      generated: generateApiKey(),
    });
    guest = { authorization: `Bearer ${key}` };
    for (const route of ROUTES.filter((r) => !r.path.includes('dictionary'))) {
      const create = async (title: string, body: object) => {
        const res = await call('POST', route.path, t.as('editor'), { title, ...body });
        expect(res.statusCode, res.body).toBe(201);
        return res.json().id as string;
      };
      items.set(route.entityType, {
        mine: await create(`${route.entityType} of marketing`, { teams: [marketing] }),
        draft: await create(`${route.entityType} draft`, { teams: [marketing], published: false }),
        other: await create(`${route.entityType} of finance`, { teams: [finance] }),
        none: await create(`${route.entityType} of no team`, { teams: [] }),
      });
    }
  });

  test('a guest lists and reads its teams’ published items only', async () => {
    for (const route of ROUTES) {
      const ids = items.get(route.entityType)!;
      const list = await call('GET', `${route.path}/`, guest);
      expect(list.statusCode, `${route.path}: ${list.body}`).toBe(200);
      expect(list.json().results.map((r: { id: string }) => r.id)).toEqual([ids.mine]);
      expect((await call('GET', `${route.path}/${ids.mine}`, guest)).statusCode).toBe(200);
      for (const hidden of [ids.draft, ids.other, ids.none]) {
        const res = await call('GET', `${route.path}/${hidden}/`, guest);
        expect(res.statusCode, `${route.path}/${hidden}`).toBe(404);
      }
      // Editors still see every item (the guest's scope is the guest's only).
      const all = await call('GET', route.path, t.as('editor'));
      expect(all.json().results).toHaveLength(4);
    }
  });

  test('the catalog and the resource route scope knowledge items the same way', async () => {
    const filter = encodeURIComponent(
      JSON.stringify({ operator: 'exact', field: 'type', value: 'glossary' }),
    );
    const catalog = await call('GET', `/api/v1/resource/catalog?filter=${filter}`, guest);
    expect(catalog.statusCode, catalog.body).toBe(200);
    expect(catalog.json().results.map((r: { id: string }) => r.id)).toEqual([items.get('glossary')!.mine]);
    const other = items.get('document')!.other;
    expect((await call('GET', `/api/v1/resource/all/${other}`, guest)).statusCode).toBe(404);
  });

  test('a guest writes nothing', async () => {
    for (const route of ROUTES) {
      const created = await call('POST', route.path, guest, { title: 'mine' });
      expect(created.statusCode, route.path).toBe(403);
      const mine = items.get(route.entityType)!.mine;
      expect((await call('PATCH', `${route.path}/${mine}`, guest, { title: 'x' })).statusCode).toBe(403);
      expect((await call('DELETE', `${route.path}/${mine}`, guest)).statusCode).toBe(403);
    }
  });
});
