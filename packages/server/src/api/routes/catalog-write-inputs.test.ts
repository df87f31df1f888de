import { beforeAll, expect, test } from 'vitest';
import { seedResource } from '../../catalog/testing/seed-catalog.js';
import { forEachApp } from '../../testing/index.js';

/**
 * Every catalog write route × malformed input: broken JSON, a wrong type, an unknown field and an oversized body
 * all answer 4xx with the error body, never 500 (issue 2, "Done means").
 */
forEachApp('catalog write routes refuse malformed input', (t) => {
  const routes: Array<{ method: 'POST' | 'PATCH' | 'PUT'; url: string; wrongType: object }> = [];

  beforeAll(async () => {
    const { app, store, workspaceId } = t();
    const admin = t().as('admin');
    const resourceId = await seedResource(store.db, {
      workspace_id: workspaceId,
      entity_type: 'table',
      title: 't',
    });
    const tag = (
      await app.inject({ method: 'POST', url: '/api/v1/tag', headers: admin, payload: { name: 'n' } })
    ).json();
    const property = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/resource/all_v2/custom_properties',
        headers: admin,
        payload: { name: 'p' },
      })
    ).json();
    const collection = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/collection/collections',
        headers: admin,
        payload: { title: 'c' },
      })
    ).json();
    routes.push(
      { method: 'PATCH', url: `/api/v1/resource/all/${resourceId}`, wrongType: { verified: 'yes' } },
      { method: 'PATCH', url: `/api/v1/table/tables/${resourceId}`, wrongType: { owners: 'a@b.c' } },
      { method: 'POST', url: '/api/v1/database/databases', wrongType: { title: ['x'] } },
      { method: 'POST', url: '/api/v1/database/schemas', wrongType: { title: 1 } },
      { method: 'POST', url: '/api/v1/table/tables', wrongType: { title: 'x', schema: 3 } },
      { method: 'POST', url: '/api/v1/table/columns', wrongType: { title: 'x', is_pk: 'no' } },
      { method: 'POST', url: '/api/v1/dashboard/dashboards', wrongType: { title: 'x', pii: 0 } },
      { method: 'POST', url: '/api/v1/dashboard/charts', wrongType: { title: 'x', parent: 5 } },
      { method: 'POST', url: '/api/v1/tag', wrongType: { name: 'x', color: 5 } },
      { method: 'PATCH', url: `/api/v1/tag/${tag.id}`, wrongType: { name: null } },
      {
        method: 'POST',
        url: '/api/v1/resource/all_v2/custom_properties',
        wrongType: { name: 'x', value_type: 1 },
      },
      {
        method: 'PATCH',
        url: `/api/v1/resource/all_v2/custom_properties/${property.id}`,
        wrongType: { name: 1 },
      },
      {
        method: 'PUT',
        url: `/api/v1/resource/all_v2/custom_properties/${property.id}/${resourceId}`,
        wrongType: { value: [1] },
      },
      { method: 'POST', url: '/api/v1/collection/collections', wrongType: { title: 'x', icon: 1 } },
      {
        method: 'PATCH',
        url: `/api/v1/collection/collections/${collection.id}`,
        wrongType: { add_resources: 'x' },
      },
    );
  });

  test('broken JSON, wrong types, unknown fields, oversized bodies', async () => {
    const headers = { ...t().as('admin'), 'content-type': 'application/json' };
    for (const route of routes) {
      const cases: Array<[string, number]> = [
        ['{"title":', 400],
        [JSON.stringify(route.wrongType), 400],
        [JSON.stringify({ ...route.wrongType, definitely_unknown_field: 1 }), 400],
        [JSON.stringify({ padding: 'x'.repeat(3_000_000) }), 413],
      ];
      for (const [payload, status] of cases) {
        const res = await t().app.inject({ method: route.method, url: route.url, headers, payload });
        const where = `${route.method} ${route.url} ${payload.slice(0, 40)}`;
        expect(res.statusCode, where).toBe(status);
        expect(res.json().error, where).toMatchObject({
          code: expect.any(String),
          message: expect.any(String),
        });
      }
    }
  });

  test('NUL characters (which PostgreSQL text cannot hold) answer 400, in bodies, paths and filters', async () => {
    const { app } = t();
    const headers = t().as('admin');
    const answers = [
      await app.inject({ method: 'POST', url: '/api/v1/tag', headers, payload: { name: 'a\u0000b' } }),
      await app.inject({
        method: 'POST',
        url: '/api/v1/table/tables',
        headers,
        payload: { title: 'a\u0000' },
      }),
      await app.inject({ method: 'GET', url: '/api/v1/resource/all/a%00b', headers }),
      await app.inject({ method: 'GET', url: '/api/v1/table/tables?title=a%00b', headers }),
      await app.inject({
        method: 'GET',
        url: `/api/v1/resource/catalog?filter=${encodeURIComponent('{"operator":"exact","field":"title","value":"a\\u0000"}')}`,
        headers,
      }),
    ];
    for (const res of answers) {
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toMatch(/invalid_text|invalid_filter/);
    }
  });

  test('the OpenAPI document describes every catalog route', async () => {
    const res = await t().app.inject({
      method: 'GET',
      url: '/api/v1/openapi.json',
      headers: t().as('viewer'),
    });
    const paths = Object.keys(res.json().paths);
    for (const path of [
      '/api/v1/resource/catalog',
      '/api/v1/resource/all/{id}',
      '/api/v1/table/columns/{id}',
      '/api/v1/tag/{id}',
      '/api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}',
      '/api/v1/collection/collections',
      '/api/v1/activity_log/audit_logs',
    ]) {
      expect(paths).toContain(path);
    }
    const get = res.json().paths['/api/v1/resource/all/{id}'].get;
    expect(Object.keys(get.responses['200'].content['application/json'].schema.properties)).toContain(
      'title_full',
    );
  });
});
