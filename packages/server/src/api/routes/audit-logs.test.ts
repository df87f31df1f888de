import { beforeAll, expect, test } from 'vitest';
import { seedResource } from '../../catalog/testing/seed-catalog.js';
import { forEachApp } from '../../testing/index.js';
import { spellingsOf } from '../conformance/paths.js';

const URL = '/api/v1/activity_log/audit_logs/';

forEachApp('audit log routes', (t) => {
  let resourceId: string;
  let tagId: string;

  beforeAll(async () => {
    const { app, store, workspaceId } = t();
    resourceId = await seedResource(store.db, {
      workspace_id: workspaceId,
      entity_type: 'table',
      title: 'orders',
    });
    tagId = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/tag',
        headers: t().as('editor'),
        payload: { name: 'gold' },
      })
    ).json().id;
    await app.inject({
      method: 'PATCH',
      url: `/api/v1/resource/all/${resourceId}`,
      headers: t().as('editor'),
      payload: { tags: [tagId], description: 'first' },
    });
    await app.inject({
      method: 'PATCH',
      url: `/api/v1/resource/all/${resourceId}`,
      headers: t().as('admin'),
      payload: { description: 'second' },
    });
    await app.inject({
      method: 'POST',
      url: '/api/v1/tag',
      headers: t().as('other'),
      payload: { name: 'theirs' },
    });
  });

  const list = (query: string, role: 'admin' | 'editor' | 'viewer' | 'other' = 'admin') =>
    t().app.inject({ method: 'GET', url: `${URL}?${query}`, headers: t().as(role) });

  test('only admins read the audit log', async () => {
    expect((await list('', 'editor')).statusCode).toBe(403);
    expect((await list('', 'viewer')).statusCode).toBe(403);
  });

  test('entries of a resource, newest first, with who and before/after', async () => {
    const res = await list(`entity_id=${resourceId}`);
    expect(res.statusCode).toBe(200);
    const [newest, oldest] = res.json().results;
    expect(res.json().count).toBe(2);
    expect(newest).toMatchObject({ action: 'update', entity_type: 'resource', entity_id: resourceId });
    expect(newest.before.description).toBe('first');
    expect(newest.after.description).toBe('second');
    expect(oldest.before).toMatchObject({ description: '', tags: [] });
    expect(oldest.after).toMatchObject({ description: 'first', tags: [tagId] });
    expect(newest.actor).not.toBe(oldest.actor);
    expect(newest.actor_api_key).toBeTypeOf('string');
  });

  test('filters by actor and entity_type; other workspaces see only their own', async () => {
    const editorId = (
      await t().app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: t().as('editor') })
    ).json().id;
    const byEditor = await list(`actor=${editorId}`);
    expect(
      byEditor
        .json()
        .results.map((r: { entity_type: string }) => r.entity_type)
        .sort(),
    ).toEqual(['resource', 'tag']);
    const tags = await list('entity_type=tag');
    expect(tags.json().results).toHaveLength(1);
    expect(tags.json().results[0]).toMatchObject({ action: 'create', before: null, after: { name: 'gold' } });
    const theirs = await list('entity_type=tag', 'other');
    expect(theirs.json().results.map((r: { after: { name: string } }) => r.after.name)).toEqual(['theirs']);
  });

  test("entries in Secoda's shape (compat.md §8), under every path spelling", async () => {
    for (const url of spellingsOf(URL)) {
      const plain = await t().app.inject({ url, headers: t().as('admin') });
      expect(plain.statusCode, url).toBe(200);
      expect(plain.headers['content-type']).toMatch(/^application\/json/);
    }
    const entry = (await list(`entity_id=${resourceId}`)).json().results[0];
    expect(entry).toMatchObject({
      parent_id: null,
      activity_type: 'update',
      performer_id: entry.actor,
      performer_type: 'API',
      performer_metadata: { id: entry.actor, email: 'admin@example.com' },
      resource_id: resourceId,
      resource_type: 'resource',
      resource_metadata: { id: resourceId, title: 'orders', type: 'table' },
      related_resource_ids: [],
      related_resource_type: null,
      logged_at: entry.created_at,
      is_legacy: false,
      version_history_id: null,
    });
    expect(entry.event_blocks).toEqual([
      { type: 'text', style: null, value: expect.stringContaining('updated resource orders: description') },
    ]);
  });

  test('filter and sort in the catalog grammar (performer_type, activity_type, tie_breaker), days', async () => {
    const byFilter = (filter: unknown, extra = '') =>
      list(`filter=${encodeURIComponent(JSON.stringify(filter))}${extra}`);
    const api = await byFilter({ operator: 'exact', field: 'performer_type', value: 'API' });
    expect(api.statusCode, api.body).toBe(200);
    expect(api.json().count).toBe(3);
    const users = await byFilter({ operator: 'exact', field: 'performer_type', value: 'USER' });
    expect(users.json().count).toBe(0);
    const creates = await byFilter({
      operator: 'and',
      operands: [
        { operator: 'exact', field: 'activity_type', value: 'create' },
        { operator: 'in', field: 'resource_type', value: ['tag'] },
      ],
    });
    expect(creates.json().results.map((r: { after: { name: string } }) => r.after.name)).toEqual(['gold']);
    const sort = encodeURIComponent(
      JSON.stringify({
        field: 'resource_type',
        order: 'asc',
        tie_breaker: { field: 'logged_at', order: 'asc' },
      }),
    );
    const sorted = await list(`sort=${sort}`);
    expect(sorted.json().results.map((r: { resource_type: string }) => r.resource_type)).toEqual([
      'resource',
      'resource',
      'tag',
    ]);
    expect(sorted.json().results[0].after.description).toBe('first');
    const invalidJson = await list('filter=%7Bnot%20json');
    expect(invalidJson.statusCode).toBe(400);
    expect(invalidJson.json().error.code).toBe('invalid_filter');
    const unknownField = await byFilter({ operator: 'exact', field: 'colour', value: 'x' });
    expect(unknownField.statusCode).toBe(400);
    expect(unknownField.json().error.details.valid_fields).toContain('performer_type');
    const badSort = await list(`sort=${encodeURIComponent('{"field":"colour"}')}`);
    expect(badSort.json().error.code).toBe('invalid_sort');
    // Entries older than `days` are left out (default 90).
    await t()
      .store.db.updateTable('audit_logs')
      .set({ created_at: '2020-01-01T00:00:00.000Z' })
      .where('entity_id', '=', tagId)
      .execute();
    expect((await list('entity_type=tag')).json().count).toBe(0);
    expect((await list('entity_type=tag&days=36500')).json().count).toBe(1);
  });

  test('a bad page size answers 400', async () => {
    const res = await list('page_size=0');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
  });
});
