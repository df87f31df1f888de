import { beforeAll, expect, test } from 'vitest';
import { seedResource } from '../../catalog/testing/seed-catalog.js';
import { forEachApp } from '../../testing/index.js';

const BASE = '/api/v1/collection/collections';

forEachApp('collection routes', (t) => {
  const resources: string[] = [];
  let foreignResource: string;

  beforeAll(async () => {
    const { store, workspaceId, otherWorkspaceId } = t();
    for (const title of ['orders', 'customers', 'payments']) {
      resources.push(
        await seedResource(store.db, { workspace_id: workspaceId, entity_type: 'table', title }),
      );
    }
    foreignResource = await seedResource(store.db, {
      workspace_id: otherWorkspaceId,
      entity_type: 'table',
      title: 'x',
    });
  });

  const create = (payload: unknown, role: 'editor' | 'viewer' | 'other' = 'editor') =>
    t().app.inject({ method: 'POST', url: BASE, headers: t().as(role), payload: payload as object });
  const patch = (id: string, payload: unknown) =>
    t().app.inject({
      method: 'PATCH',
      url: `${BASE}/${id}`,
      headers: t().as('editor'),
      payload: payload as object,
    });

  test('create with resources; the resource shows the collection', async () => {
    const res = await create({
      title: 'Finance',
      description: 'money',
      icon: '💰',
      resources: [resources[0], resources[1]],
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      title: 'Finance',
      description: 'money',
      icon: '💰',
      workspace_id: t().workspaceId,
    });
    expect(body.resources.sort()).toEqual([resources[0], resources[1]].sort());
    const resource = await t().app.inject({
      method: 'GET',
      url: `/api/v1/resource/all/${resources[0]}`,
      headers: t().as('viewer'),
    });
    expect(resource.json().collections).toEqual([body.id]);
  });

  test('PATCH replaces, adds and removes members, and edits fields', async () => {
    const collection = (await create({ title: 'Ops' })).json();
    expect(collection.resources).toEqual([]);
    const added = await patch(collection.id, { add_resources: [resources[2], resources[2]] });
    expect(added.json().resources).toEqual([resources[2]]);
    const replaced = await patch(collection.id, { resources: [resources[0]], title: 'Operations' });
    expect(replaced.json()).toMatchObject({ title: 'Operations', resources: [resources[0]] });
    const removed = await patch(collection.id, { remove_resources: [resources[0]], icon: null });
    expect(removed.json()).toMatchObject({ resources: [], icon: null });
  });

  test('resources of another workspace cannot be added (422); other workspaces see 404', async () => {
    const collection = (await create({ title: 'Mine' })).json();
    const res = await patch(collection.id, { add_resources: [foreignResource] });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      code: 'resource_not_found',
      details: { field: 'add_resources' },
    });
    const theirs = await t().app.inject({
      method: 'GET',
      url: `${BASE}/${collection.id}`,
      headers: t().as('other'),
    });
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().error.code).toBe('collection_not_found');
  });

  test('list is newest first; delete keeps the resources; viewers cannot write', async () => {
    const { app } = t();
    const list = await app.inject({ method: 'GET', url: `${BASE}/?page_size=2`, headers: t().as('viewer') });
    expect(list.json()).toMatchObject({ count: 3, total_pages: 2, meta: { next_page: 2 } });
    expect(list.json().results.map((c: { title: string }) => c.title)).toEqual(['Mine', 'Operations']);
    expect((await create({ title: 'nope' }, 'viewer')).statusCode).toBe(403);
    const finance = (
      await app.inject({ method: 'GET', url: `${BASE}?page=2&page_size=2`, headers: t().as('viewer') })
    ).json().results[0];
    const del = await app.inject({
      method: 'DELETE',
      url: `${BASE}/${finance.id}`,
      headers: t().as('editor'),
    });
    expect(del.statusCode).toBe(204);
    const resource = await app.inject({
      method: 'GET',
      url: `/api/v1/resource/all/${resources[0]}`,
      headers: t().as('viewer'),
    });
    expect(resource.statusCode).toBe(200);
    expect(resource.json().collections).toEqual([]);
  });

  test('every write is audited with before/after', async () => {
    const rows = await t()
      .store.db.selectFrom('audit_logs')
      .select(['action', 'before', 'after'])
      .where('entity_type', '=', 'collection')
      .where('workspace_id', '=', t().workspaceId)
      .execute();
    const actions = rows.map((row) => row.action).sort();
    expect(actions).toEqual(['create', 'create', 'create', 'delete', 'update', 'update', 'update']);
    const rename = rows.find(
      (row) => row.action === 'update' && JSON.parse(row.after!).title === 'Operations',
    )!;
    expect(JSON.parse(rename.before!).title).toBe('Ops');
  });

  test('malformed bodies answer 4xx with the error body', async () => {
    const headers = { ...t().as('editor'), 'content-type': 'application/json' };
    const cases: Array<[string, number]> = [
      ['{"title":', 400],
      ['{"title":5}', 400],
      ['{"title":"a","members":[]}', 400],
      ['{"title":"a","resources":"x"}', 400],
      [JSON.stringify({ title: 'a', description: 'd'.repeat(3_000_000) }), 413],
    ];
    for (const [payload, status] of cases) {
      const res = await t().app.inject({ method: 'POST', url: BASE, headers, payload });
      expect(res.statusCode, payload.slice(0, 30)).toBe(status);
      expect(res.json().error.code).toBeTypeOf('string');
    }
  });
});
