import { beforeAll, expect, test } from 'vitest';
import { seedResource } from '../../catalog/testing/seed-catalog.js';
import { forEachApp } from '../../testing/index.js';

const BASE = '/api/v1/resource/all_v2/custom_properties';

forEachApp('custom property routes', (t) => {
  let resourceId: string;
  let otherResourceId: string;

  beforeAll(async () => {
    const { store, workspaceId, otherWorkspaceId } = t();
    resourceId = await seedResource(store.db, {
      workspace_id: workspaceId,
      entity_type: 'table',
      title: 'orders',
    });
    otherResourceId = await seedResource(store.db, {
      workspace_id: otherWorkspaceId,
      entity_type: 'table',
      title: 'theirs',
    });
  });

  const define = (payload: unknown, role: 'admin' | 'editor' | 'other' = 'admin') =>
    t().app.inject({ method: 'POST', url: `${BASE}/`, headers: t().as(role), payload: payload as object });
  const put = (
    propertyId: string,
    entityId: string,
    payload: unknown,
    role: 'editor' | 'viewer' = 'editor',
  ) =>
    t().app.inject({
      method: 'PUT',
      url: `${BASE}/${propertyId}/${entityId}`,
      headers: t().as(role),
      payload: payload as object,
    });

  test('admins define properties; editors cannot; names are unique (409)', async () => {
    const res = await define({ name: 'cost_center', description: 'who pays', value_type: 'text' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      name: 'cost_center',
      value_type: 'text',
      workspace_id: t().workspaceId,
    });
    expect((await define({ name: 'x' }, 'editor')).statusCode).toBe(403);
    const again = await define({ name: 'cost_center' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_exists');
  });

  test('PUT sets a value that shows on the resource by name; null removes it; audited on the resource', async () => {
    const { app, store } = t();
    const property = (await define({ name: 'sla_hours', value_type: 'number' })).json();
    const set = await put(property.id, resourceId, { value: 24 });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({
      property_id: property.id,
      entity_id: resourceId,
      name: 'sla_hours',
      value: 24,
    });
    const resource = await app.inject({
      method: 'GET',
      url: `/api/v1/resource/all/${resourceId}`,
      headers: t().as('viewer'),
    });
    expect(resource.json().custom_properties).toEqual({ sla_hours: 24 });
    expect((await put(property.id, resourceId, { value: 48 })).json().value).toBe(48);
    expect((await put(property.id, resourceId, { value: null })).statusCode).toBe(200);
    const cleared = await app.inject({
      method: 'GET',
      url: `/api/v1/resource/all/${resourceId}`,
      headers: t().as('viewer'),
    });
    expect(cleared.json().custom_properties).toEqual({});
    const audits = await store.db
      .selectFrom('audit_logs')
      .select(['before', 'after'])
      .where('action', '=', 'set_custom_property')
      .where('entity_id', '=', resourceId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    expect(audits.map((a) => [JSON.parse(a.before!), JSON.parse(a.after!)])).toEqual([
      [{ sla_hours: null }, { sla_hours: 24 }],
      [{ sla_hours: 24 }, { sla_hours: 48 }],
      [{ sla_hours: 48 }, { sla_hours: null }],
    ]);
  });

  test('a value of the wrong type answers 400; viewers cannot set values', async () => {
    const property = (await define({ name: 'is_certified', value_type: 'boolean' })).json();
    const wrong = await put(property.id, resourceId, { value: 'yes' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({ code: 'validation_failed' });
    expect(wrong.json().error.message).toContain('boolean');
    expect((await put(property.id, resourceId, { value: true }, 'viewer')).statusCode).toBe(403);
  });

  test('unknown property or a resource of another workspace answers 404', async () => {
    const property = (await define({ name: 'domain' })).json();
    const foreign = await put(property.id, otherResourceId, { value: 'x' });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('resource_not_found');
    const theirs = (await define({ name: 'theirs' }, 'other')).json();
    const unknown = await put(theirs.id, resourceId, { value: 'x' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('custom_property_not_found');
  });

  test('list, get, rename, delete (the values go with the property)', async () => {
    const { app } = t();
    const list = await app.inject({ method: 'GET', url: BASE, headers: t().as('viewer') });
    expect(list.statusCode).toBe(200);
    expect(list.json().results.map((p: { name: string }) => p.name)).toEqual([
      'cost_center',
      'domain',
      'is_certified',
      'sla_hours',
    ]);
    const domain = list.json().results[1];
    await put(domain.id, resourceId, { value: 'finance' });
    const renamed = await app.inject({
      method: 'PATCH',
      url: `${BASE}/${domain.id}`,
      headers: t().as('admin'),
      payload: { name: 'business_domain' },
    });
    expect(renamed.json().name).toBe('business_domain');
    const shown = await app.inject({
      method: 'GET',
      url: `/api/v1/resource/all/${resourceId}`,
      headers: t().as('viewer'),
    });
    expect(shown.json().custom_properties).toEqual({ business_domain: 'finance' });
    const del = await app.inject({
      method: 'DELETE',
      url: `${BASE}/${domain.id}/`,
      headers: t().as('admin'),
    });
    expect(del.statusCode).toBe(204);
    expect(
      (await app.inject({ method: 'GET', url: `${BASE}/${domain.id}`, headers: t().as('viewer') }))
        .statusCode,
    ).toBe(404);
    const after = await app.inject({
      method: 'GET',
      url: `/api/v1/resource/all/${resourceId}`,
      headers: t().as('viewer'),
    });
    expect(after.json().custom_properties).toEqual({});
  });

  test('malformed bodies answer 4xx with the error body', async () => {
    const property = (await define({ name: 'note' })).json();
    const headers = { ...t().as('admin'), 'content-type': 'application/json' };
    const cases: Array<[string, string, string, number]> = [
      ['POST', `${BASE}`, '{"name":', 400],
      ['POST', `${BASE}`, '{"name":"a","value_type":"datetime"}', 400],
      ['POST', `${BASE}`, '{"name":"a","extra":1}', 400],
      ['PATCH', `${BASE}/${property.id}`, '{"value_type":"number"}', 400],
      ['PUT', `${BASE}/${property.id}/${resourceId}`, '{}', 400],
      ['PUT', `${BASE}/${property.id}/${resourceId}`, '{"value":{"nested":1}}', 400],
      ['PUT', `${BASE}/${property.id}/${resourceId}`, JSON.stringify({ value: 'v'.repeat(3_000_000) }), 413],
    ];
    for (const [method, url, payload, status] of cases) {
      const res = await t().app.inject({ method: method as 'PUT', url, headers, payload });
      expect(res.statusCode, `${method} ${payload.slice(0, 30)}`).toBe(status);
      expect(res.json().error.code).toBeTypeOf('string');
    }
  });
});
