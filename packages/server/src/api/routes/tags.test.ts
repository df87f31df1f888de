import { beforeAll, expect, test } from 'vitest';
import { seedResource } from '../../catalog/testing/seed-catalog.js';
import { forEachApp } from '../../testing/index.js';

forEachApp('tag routes', (t) => {
  let resourceId: string;

  beforeAll(async () => {
    resourceId = await seedResource(t().store.db, {
      workspace_id: t().workspaceId,
      entity_type: 'table',
      title: 'orders',
    });
  });

  const create = (payload: unknown, role: 'editor' | 'viewer' | 'other' = 'editor') =>
    t().app.inject({ method: 'POST', url: '/api/v1/tag', headers: t().as(role), payload: payload as object });

  test('create answers 201 with the tag; a duplicate name answers 409 already_exists', async () => {
    const res = await create({ name: 'gold', description: 'trusted', color: '#ffd700' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      name: 'gold',
      description: 'trusted',
      color: '#ffd700',
      workspace_id: t().workspaceId,
    });
    const again = await create({ name: 'gold' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'already_exists', details: { name: 'gold' } });
    // The same name in another workspace is fine.
    expect((await create({ name: 'gold' }, 'other')).statusCode).toBe(201);
  });

  test('viewers cannot create tags', async () => {
    const res = await create({ name: 'nope' }, 'viewer');
    expect(res.statusCode).toBe(403);
  });

  test('list, get, patch (rename onto a taken name is 409), delete', async () => {
    const { app } = t();
    const silver = (await create({ name: 'silver' })).json();
    const list = await app.inject({ method: 'GET', url: '/api/v1/tag/', headers: t().as('viewer') });
    expect(list.statusCode).toBe(200);
    expect(list.json().results.map((tag: { name: string }) => tag.name)).toEqual(['gold', 'silver']);
    expect(list.json().count).toBe(2);
    const byName = await app.inject({
      method: 'GET',
      url: '/api/v1/tag?name=silver',
      headers: t().as('viewer'),
    });
    expect(byName.json().results).toHaveLength(1);
    const renamed = await app.inject({
      method: 'PATCH',
      url: `/api/v1/tag/${silver.id}`,
      headers: t().as('editor'),
      payload: { name: 'bronze', color: null },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'bronze', color: null });
    const clash = await app.inject({
      method: 'PATCH',
      url: `/api/v1/tag/${silver.id}`,
      headers: t().as('editor'),
      payload: { name: 'gold' },
    });
    expect(clash.statusCode).toBe(409);
    const del = await app.inject({
      method: 'DELETE',
      url: `/api/v1/tag/${silver.id}`,
      headers: t().as('editor'),
    });
    expect(del.statusCode).toBe(204);
    const gone = await app.inject({
      method: 'GET',
      url: `/api/v1/tag/${silver.id}`,
      headers: t().as('viewer'),
    });
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.code).toBe('tag_not_found');
  });

  test('tagging through PATCH of the resource, filtering by tag, untagging when the tag is deleted', async () => {
    const { app } = t();
    const pii = (await create({ name: 'sensitive' })).json();
    const patch = await app.inject({
      method: 'PATCH',
      url: `/api/v1/resource/all/${resourceId}`,
      headers: t().as('editor'),
      payload: { tags: [pii.id, pii.id] },
    });
    expect(patch.statusCode).toBe(200);
    expect(patch.json().tags).toEqual([pii.id]);
    const filter = encodeURIComponent(JSON.stringify({ operator: 'exact', field: 'tags', value: pii.id }));
    const found = await app.inject({
      method: 'GET',
      url: `/api/v1/resource/catalog?filter=${filter}`,
      headers: t().as('viewer'),
    });
    expect(found.json().results.map((r: { id: string }) => r.id)).toEqual([resourceId]);
    await app.inject({ method: 'DELETE', url: `/api/v1/tag/${pii.id}`, headers: t().as('editor') });
    const after = await app.inject({
      method: 'GET',
      url: `/api/v1/resource/all/${resourceId}`,
      headers: t().as('viewer'),
    });
    expect(after.json().tags).toEqual([]);
  });

  test('a tag of another workspace is 404 to read, edit or delete', async () => {
    const theirs = (await create({ name: 'theirs' }, 'other')).json();
    for (const method of ['GET', 'PATCH', 'DELETE'] as const) {
      const res = await t().app.inject({
        method,
        url: `/api/v1/tag/${theirs.id}`,
        headers: t().as('editor'),
        ...(method === 'PATCH' ? { payload: { name: 'mine' } } : {}),
      });
      expect(res.statusCode, method).toBe(404);
    }
  });

  test('malformed tag bodies answer 4xx with the error body', async () => {
    const headers = { ...t().as('editor'), 'content-type': 'application/json' };
    const cases: Array<[string, string, number]> = [
      ['POST', '{"name":', 400],
      ['POST', '{"name":42}', 400],
      ['POST', '{"name":"x","colour":"red"}', 400],
      ['POST', '{}', 400],
      ['POST', JSON.stringify({ name: 'x', description: 'y'.repeat(3_000_000) }), 413],
    ];
    for (const [method, payload, status] of cases) {
      const res = await t().app.inject({ method: method as 'POST', url: '/api/v1/tag', headers, payload });
      expect(res.statusCode, payload.slice(0, 40)).toBe(status);
      expect(res.json().error.code).toBeTypeOf('string');
    }
  });

  test('every tag write left an audit entry with before/after', async () => {
    const rows = await t()
      .store.db.selectFrom('audit_logs')
      .select(['action', 'before', 'after'])
      .where('entity_type', '=', 'tag')
      .where('workspace_id', '=', t().workspaceId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    expect(rows.map((row) => row.action)).toEqual([
      'create',
      'create',
      'update',
      'delete',
      'create',
      'delete',
    ]);
    const update = rows[2]!;
    expect(JSON.parse(update.before!).name).toBe('silver');
    expect(JSON.parse(update.after!).name).toBe('bronze');
  });
});
