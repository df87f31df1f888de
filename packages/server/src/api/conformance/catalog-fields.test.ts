import { beforeAll, expect, test } from 'vitest';
import { seedIntegration, seedResource } from '../../catalog/testing/seed-catalog.js';
import { forEachApp, type TestApp } from '../../testing/index.js';
import { spellingsOf } from './paths.js';

/**
 * compat.md §8 "Resources", "Tags", "Custom properties", "Collections", "Manual lineage": the documented bodies
 * are accepted (unknown fields stay refused) and the objects carry the documented fields with their types.
 */
forEachApp('conformance: catalog fields', (t) => {
  let integrationId: string;
  let schemaId: string;
  const send = (app: TestApp, method: 'POST' | 'PATCH' | 'PUT', url: string, payload: unknown) =>
    app.app.inject({ method, url, headers: app.as('admin'), payload: payload as object });

  beforeAll(async () => {
    const { store, workspaceId } = t();
    integrationId = await seedIntegration(store.db, { workspaceId });
    const database = await seedResource(store.db, {
      workspace_id: workspaceId,
      integration_id: integrationId,
      databuilder_id: 'db',
      entity_type: 'database',
      title: 'shop',
    });
    schemaId = await seedResource(store.db, {
      workspace_id: workspaceId,
      integration_id: integrationId,
      databuilder_id: 'db.raw',
      entity_type: 'schema',
      title: 'raw',
      parent_id: database,
      database_name: 'shop',
    });
  });

  test('create a table with integration/entity_type/title_cased; it inherits the parent integration', async () => {
    for (const [i, url] of spellingsOf('/table/tables/').entries()) {
      const body: Record<string, unknown> = {
        title: `orders_${i}`,
        entity_type: 'table',
        parent: schemaId,
        title_cased: `Orders ${i}`,
        description: 'd',
      };
      if (i === 0) body.integration = integrationId;
      const res = await send(t(), 'POST', url, body);
      expect(res.statusCode, `${url} ${res.body}`).toBe(201);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const table = res.json();
      expect(table).toMatchObject({
        entity_type: 'table',
        integration: integrationId,
        integration_id: integrationId,
        parent: schemaId,
        parent_id: schemaId,
        title_cased: `Orders ${i}`,
        icon: null,
        definition_version: null,
        subscribers: [],
        bookmarked_by: [],
        multiplayers: [],
        current_user_permissions: { read: true, write: true, edit: true, delete: true },
        schema: 'raw',
        database: 'shop',
      });
      expect(typeof table.display_metadata).toBe('object');
      expect(typeof table.search_metadata).toBe('object');
    }
    const wrongType = await send(t(), 'POST', '/table/tables', { title: 'x', entity_type: 'column' });
    expect(wrongType.statusCode).toBe(400);
    const unknownField = await send(t(), 'POST', '/table/tables', { title: 'x', colour: 'red' });
    expect(unknownField.statusCode).toBe(400);
    const unknownIntegration = await send(t(), 'POST', '/table/tables', { title: 'x', integration: 'nope' });
    expect(unknownIntegration.statusCode).toBe(422);
    const orphan = await send(t(), 'POST', '/database/databases/', { title: 'by hand' });
    expect(orphan.json().integration).toBeNull();
  });

  test('title_cased is writable on a synced resource, and a viewer gets read-only permissions', async () => {
    const patched = await send(t(), 'PATCH', `/resource/all/${schemaId}/`, {
      title_cased: 'Raw data',
      icon: '🥩',
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ title: 'raw', title_cased: 'Raw data', icon: '🥩' });
    const read = await t().app.inject({ url: `/api/v1/resource/all/${schemaId}`, headers: t().as('viewer') });
    expect(read.json().current_user_permissions).toMatchObject({ read: true, edit: false });
    const cleared = await send(t(), 'PATCH', `/resource/all/${schemaId}`, { title_cased: null });
    expect(cleared.json().title_cased).toBe('raw');
  });

  test('tags carry integration_id (null when made by hand)', async () => {
    for (const url of spellingsOf('/tag')) {
      const res = await send(t(), 'POST', url, { name: `tag ${url}`, description: '', color: '#fff' });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ integration_id: null, workspace_id: t().workspaceId });
    }
  });

  test('custom properties: entity_types, value types, integration object, PUT alias, typed values', async () => {
    const base = '/resource/all_v2/custom_properties/';
    const created = await send(t(), 'POST', base, {
      name: 'Reviewers',
      value_type: 'user',
      entity_types: ['table'],
      integration: integrationId,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      entity_types: ['table'],
      value_type: 'user',
      integration: { id: integrationId, name: 'warehouse', type: 'snowflake' },
    });
    const property = created.json();
    for (const url of spellingsOf(`${base}${property.id}`)) {
      const put = await send(t(), 'PUT', url, { description: `via ${url}` });
      expect(put.statusCode, `${url} ${put.body}`).toBe(200);
      expect(put.json().description).toBe(`via ${url}`);
    }
    const admin = (await t().app.inject({ url: '/api/v1/auth/me', headers: t().as('admin') })).json();
    const table = (await send(t(), 'POST', '/table/tables', { title: 'reviewed', parent: schemaId })).json();
    const set = await send(t(), 'PUT', `${base}${property.id}/${table.id}`, { value: [admin.id] });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().value).toEqual([admin.id]);
    const unknownUser = await send(t(), 'PUT', `${base}${property.id}/${table.id}`, { value: ['nobody'] });
    expect(unknownUser.statusCode).toBe(400);
    expect(unknownUser.json().error.message).toContain('nobody');
    const onSchema = await send(t(), 'PUT', `${base}${property.id}/${schemaId}`, { value: [admin.id] });
    expect(onSchema.statusCode).toBe(400);
    const short = (await send(t(), 'POST', base, { name: 'Code', value_type: 'string' })).json();
    expect(short.entity_types).toEqual(['all']);
    const long = await send(t(), 'PUT', `${base}${short.id}/${table.id}`, { value: 'x'.repeat(256) });
    expect(long.statusCode).toBe(400);
    const date = (await send(t(), 'POST', base, { name: 'Reviewed on', value_type: 'date' })).json();
    expect(
      (await send(t(), 'PUT', `${base}${date.id}/${table.id}`, { value: '2026-12-07' })).statusCode,
    ).toBe(200);
    expect((await send(t(), 'PUT', `${base}${date.id}/${table.id}`, { value: 'yesterday' })).statusCode).toBe(
      400,
    );
    const choice = (await send(t(), 'POST', base, { name: 'Tier', value_type: 'select' })).json();
    expect((await send(t(), 'PUT', `${base}${choice.id}/${table.id}`, { value: ['gold'] })).statusCode).toBe(
      200,
    );
    expect(
      (await send(t(), 'PUT', `${base}${choice.id}/${table.id}`, { value: ['a', 'b'] })).statusCode,
    ).toBe(400);
    const shown = await t().app.inject({ url: `/resource/all/${table.id}`, headers: t().as('viewer') });
    expect(shown.json().custom_properties).toMatchObject({ Reviewers: [admin.id], Tier: ['gold'] });
  });

  test('collections are resource objects and nest (parent must be a collection, no cycles)', async () => {
    const parent = await send(t(), 'POST', '/collection/collections/', { title: 'Finance', icon: '💰' });
    expect(parent.statusCode, parent.body).toBe(201);
    expect(parent.json()).toMatchObject({ entity_type: 'collection', parent: null, title_cased: 'Finance' });
    const child = await send(t(), 'POST', '/api/v1/collection/collections', {
      title: 'Revenue',
      parent: parent.json().id,
    });
    expect(child.json()).toMatchObject({ parent: parent.json().id, parent_id: parent.json().id });
    const got = await t().app.inject({
      url: `/collection/collections/${parent.json().id}/`,
      headers: t().as('viewer'),
    });
    expect(got.json().children_count).toBe(1);
    const cycle = await send(t(), 'PATCH', `/collection/collections/${parent.json().id}`, {
      parent: child.json().id,
    });
    expect(cycle.statusCode).toBe(422);
    const notCollection = await send(t(), 'POST', '/collection/collections', {
      title: 'x',
      parent: schemaId,
    });
    expect(notCollection.statusCode).toBe(422);
  });

  test('manual lineage: direction defaults to DOWNSTREAM; unknown ids answer 400', async () => {
    const a = (await send(t(), 'POST', '/table/tables', { title: 'lineage_a', parent: schemaId })).json();
    const b = (await send(t(), 'POST', '/table/tables', { title: 'lineage_b', parent: schemaId })).json();
    const created = await send(t(), 'POST', '/lineage/manual/', { from_entity: a.id, to_entity: b.id });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ from_entity: a.id, to_entity: b.id, direction: 'DOWNSTREAM' });
    const unknown = await send(t(), 'POST', '/lineage/manual', { from_entity: a.id, to_entity: 'nope' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('nope');
  });
});
