import { beforeAll, expect, test } from 'vitest';
import { seedIntegration, seedResource } from '../../catalog/testing/seed-catalog.js';
import { forEachApp } from '../../testing/index.js';

forEachApp('resource routes', (t) => {
  let integrationId: string;
  let tableId: string;
  let columnId: string;
  let otherTableId: string;

  beforeAll(async () => {
    const { store, workspaceId, otherWorkspaceId } = t();
    integrationId = await seedIntegration(store.db, { workspaceId });
    tableId = await seedResource(store.db, {
      workspace_id: workspaceId,
      integration_id: integrationId,
      entity_type: 'table',
      title: 'orders',
      title_full: 'shop.public.orders',
      schema_name: 'public',
      database_name: 'shop',
      description: 'from the source',
      owners: JSON.stringify(['a@example.com']),
      row_count: 42,
    });
    columnId = await seedResource(store.db, {
      workspace_id: workspaceId,
      integration_id: integrationId,
      entity_type: 'column',
      title: 'id',
      title_full: 'shop.public.orders.id',
      parent_id: tableId,
      type: 'integer',
      sort_order: 1,
      is_pk: 1,
    });
    otherTableId = await seedResource(store.db, {
      workspace_id: otherWorkspaceId,
      entity_type: 'table',
      title: 'secret',
    });
  });

  test('GET answers the compat §6 object, with table fields and the children count', async () => {
    const res = await t().app.inject({
      method: 'GET',
      url: `/api/v1/resource/all/${tableId}`,
      headers: t().as('viewer'),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      id: tableId,
      entity_type: 'table',
      title: 'orders',
      title_full: 'shop.public.orders',
      description: 'from the source',
      owners: [], // a@example.com is no user here: an external owner (#20)
      external_owners: ['a@example.com'],
      owners_groups: [],
      tags: [],
      collections: [],
      sources: [],
      teams: [],
      parent: null,
      integration: integrationId,
      children_count: 1,
      schema: 'public',
      database: 'shop',
      row_count: 42,
      byte_size: null,
      published: true,
      stale: false,
      total_usage: 0,
      workspace_id: t().workspaceId,
      custom_properties: {},
    });
    expect(body).not.toHaveProperty('is_pk');
    expect(body).not.toHaveProperty('user_values');
    const column = await t().app.inject({
      method: 'GET',
      url: `/api/v1/resource/all/${columnId}/`,
      headers: t().as('viewer'),
    });
    expect(column.json()).toMatchObject({ type: 'integer', sort_order: 1, is_pk: true, parent: tableId });
    expect(column.json()).not.toHaveProperty('schema');
  });

  test('an id of another workspace or an unknown id answers 404 resource_not_found', async () => {
    for (const [id, who] of [
      [otherTableId, 'admin'],
      [tableId, 'other'],
      ['nope', 'admin'],
    ] as const) {
      const res = await t().app.inject({
        method: 'GET',
        url: `/api/v1/resource/all/${id}`,
        headers: t().as(who),
      });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('resource_not_found');
    }
    const patch = await t().app.inject({
      method: 'PATCH',
      url: `/api/v1/resource/all/${tableId}`,
      headers: t().as('other'),
      payload: { pii: true },
    });
    expect(patch.statusCode).toBe(404);
  });

  test('viewers cannot PATCH or DELETE; editors can', async () => {
    const { app } = t();
    const patch = await app.inject({
      method: 'PATCH',
      url: `/api/v1/resource/all/${tableId}`,
      headers: t().as('viewer'),
      payload: { pii: true },
    });
    expect(patch.statusCode).toBe(403);
    expect(patch.json().error.code).toBe('forbidden');
    const del = await app.inject({
      method: 'DELETE',
      url: `/api/v1/resource/all/${tableId}`,
      headers: t().as('viewer'),
    });
    expect(del.statusCode).toBe(403);
  });

  test('PATCH keeps the user description apart from the source and records before/after', async () => {
    const { app, store } = t();
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/v1/resource/all/${tableId}`,
      headers: t().as('editor'),
      payload: { description: 'edited by a person', pii: true, verified: true, owners: ['b@example.com'] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      description: 'edited by a person',
      pii: true,
      verified: true,
      owners: [],
      external_owners: ['b@example.com'],
    });
    const row = await store.db
      .selectFrom('resources')
      .select(['source_values', 'user_values'])
      .where('id', '=', tableId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.source_values).description).toBe('from the source');
    expect(JSON.parse(row.user_values)).toEqual({
      description: 'edited by a person',
      owners: ['b@example.com'],
    });
    const audit = await store.db
      .selectFrom('audit_logs')
      .selectAll()
      .where('entity_id', '=', tableId)
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before!).description).toBe('from the source');
    expect(JSON.parse(audit.after!).description).toBe('edited by a person');
    expect(audit.entity_type).toBe('resource');
    expect(audit.actor_api_key_id).not.toBeNull();
  });

  test('concurrent edits of different user values all survive (no lost update)', async () => {
    const { app, store, workspaceId } = t();
    const id = await seedResource(store.db, {
      workspace_id: workspaceId,
      entity_type: 'table',
      title: 'raced',
    });
    const edits = [
      { description: 'd' },
      { definition: 'x' },
      { owners: ['o@example.com'] },
      { description: 'd' },
      { definition: 'x' },
      { owners: ['o@example.com'] },
    ];
    const answers = await Promise.all(
      edits.map((payload) =>
        app.inject({
          method: 'PATCH',
          url: `/api/v1/resource/all/${id}`,
          headers: t().as('editor'),
          payload,
        }),
      ),
    );
    expect(answers.map((res) => res.statusCode)).toEqual(edits.map(() => 200));
    const final = await app.inject({
      method: 'GET',
      url: `/api/v1/resource/all/${id}`,
      headers: t().as('viewer'),
    });
    expect(final.json()).toMatchObject({
      description: 'd',
      definition: 'x',
      owners: [],
      external_owners: ['o@example.com'],
    });
  });

  test('the title of a synced resource is its source’s: 422 field_not_editable', async () => {
    const res = await t().app.inject({
      method: 'PATCH',
      url: `/api/v1/resource/all/${tableId}`,
      headers: t().as('editor'),
      payload: { title: 'renamed' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'field_not_editable', details: { field: 'title' } });
  });

  test('PATCH with tag or team ids of another workspace answers 422 naming the field', async () => {
    const res = await t().app.inject({
      method: 'PATCH',
      url: `/api/v1/resource/all/${tableId}`,
      headers: t().as('editor'),
      payload: { tags: ['0190b7a2-0000-7000-8000-000000000000'] },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'tag_not_found', details: { field: 'tags' } });
  });

  test('malformed PATCH bodies answer 4xx with the error body, never 500', async () => {
    const { app } = t();
    const url = `/api/v1/resource/all/${tableId}`;
    const headers = { ...t().as('editor'), 'content-type': 'application/json' };
    const cases: Array<[string, number, string]> = [
      ['{"pii":', 400, 'invalid_json'],
      ['{"pii":"yes"}', 400, 'validation_failed'],
      ['{"unknown_field":1}', 400, 'validation_failed'],
      ['{}', 400, 'validation_failed'],
      ['{"tags":"not-a-list"}', 400, 'validation_failed'],
      ['[1,2]', 400, 'validation_failed'],
      [JSON.stringify({ definition: 'x'.repeat(3_000_000) }), 413, 'payload_too_large'],
    ];
    for (const [payload, status, code] of cases) {
      const res = await app.inject({ method: 'PATCH', url, headers, payload });
      expect(res.statusCode, payload.slice(0, 40)).toBe(status);
      expect(res.json().error.code).toBe(code);
    }
  });

  test('DELETE removes the resource and its columns, answers 204 and records the deletion', async () => {
    const { app, store, workspaceId } = t();
    const doomed = await seedResource(store.db, {
      workspace_id: workspaceId,
      entity_type: 'table',
      title: 'doomed',
    });
    const child = await seedResource(store.db, {
      workspace_id: workspaceId,
      entity_type: 'column',
      title: 'c',
      parent_id: doomed,
    });
    const res = await app.inject({
      method: 'DELETE',
      url: `/api/v1/resource/all/${doomed}`,
      headers: t().as('editor'),
    });
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    for (const id of [doomed, child]) {
      const get = await app.inject({
        method: 'GET',
        url: `/api/v1/resource/all/${id}`,
        headers: t().as('viewer'),
      });
      expect(get.statusCode).toBe(404);
    }
    const audit = await store.db
      .selectFrom('audit_logs')
      .selectAll()
      .where('entity_id', '=', doomed)
      .executeTakeFirstOrThrow();
    expect(audit.action).toBe('delete');
    expect(JSON.parse(audit.before!).title).toBe('doomed');
    expect(JSON.parse(audit.after!)).toEqual({ deleted_resources: 2 });
  });
});
