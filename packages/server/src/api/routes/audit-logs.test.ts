import { beforeAll, expect, test } from 'vitest';
import { seedResource } from '../../catalog/testing/seed-catalog.js';
import { forEachApp } from '../../testing/index.js';

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

  test('a bad page size answers 400', async () => {
    const res = await list('page_size=0');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
  });
});
