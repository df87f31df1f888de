import { beforeAll, expect, test } from 'vitest';
import { link, schemaResources, syncIntoApp, tableResources } from '../../lineage/graph/test-catalog.js';
import { forEachApp } from '../../testing/index.js';

forEachApp('manual lineage routes', (t) => {
  let ids: Record<string, string>;
  let syncedEdgeId: string;
  beforeAll(async () => {
    const synced = await syncIntoApp(t(), {
      resources: [
        ...schemaResources(['raw']),
        ...tableResources('raw', 'a', ['id']),
        ...tableResources('raw', 'b', ['id']),
        ...tableResources('raw', 'c', ['id']),
      ],
      lineages: [link('raw.b', 'raw.c')],
    });
    ids = synced.ids;
    const edge = await t()
      .store.db.selectFrom('lineage')
      .select('id')
      .where('from_resource_id', '=', ids['raw.b']!)
      .executeTakeFirstOrThrow();
    syncedEdgeId = edge.id;
  });

  const post = (body: unknown, role: 'editor' | 'viewer' | 'other' = 'editor') =>
    t().app.inject({
      method: 'POST',
      url: '/api/v1/lineage/manual',
      headers: t().as(role),
      payload: body as object,
    });

  test('create answers 201 with the object; the opposite direction is listed from the other end', async () => {
    const created = await post({
      from_entity: ids['raw.a'],
      to_entity: ids['raw.b'],
      direction: 'DOWNSTREAM',
    });
    expect(created.statusCode).toBe(201);
    const edge = created.json();
    expect(edge).toEqual({
      id: expect.any(String),
      created_at: expect.any(String),
      updated_at: expect.any(String),
      from_entity: ids['raw.a'],
      to_entity: ids['raw.b'],
      direction: 'DOWNSTREAM',
      is_manual: true,
    });
    const got = await t().app.inject({
      url: `/api/v1/lineage/manual/${edge.id}/`,
      headers: t().as('viewer'),
    });
    expect(got.json()).toEqual(edge);

    const fromB = await t().app.inject({
      url: `/api/v1/lineage/manual?from_entity__in=${ids['raw.b']}`,
      headers: t().as('viewer'),
    });
    expect(fromB.json().results).toContainEqual({
      ...edge,
      from_entity: ids['raw.b'],
      to_entity: ids['raw.a'],
      direction: 'UPSTREAM',
    });
    const intoB = await t().app.inject({
      url: `/api/v1/lineage/manual?to_entity__in=${ids['raw.b']}`,
      headers: t().as('viewer'),
    });
    // Into b: the new edge as declared, and the synced b → c edge seen from c (its UPSTREAM view).
    expect(intoB.json().count).toBe(2);
    expect(intoB.json().results).toContainEqual(edge);
    expect(intoB.json().results).toContainEqual(
      expect.objectContaining({ from_entity: ids['raw.c'], to_entity: ids['raw.b'], direction: 'UPSTREAM' }),
    );

    // The same flow declared from the other end is the same edge.
    const again = await post({ from_entity: ids['raw.b'], to_entity: ids['raw.a'], direction: 'UPSTREAM' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_exists');

    const audit = await t()
      .store.db.selectFrom('audit_logs')
      .select(['action'])
      .where('entity_type', '=', 'lineage')
      .where('entity_id', '=', edge.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create']);

    const deleted = await t().app.inject({
      method: 'DELETE',
      url: `/api/v1/lineage/manual/${edge.id}`,
      headers: t().as('editor'),
    });
    expect(deleted.statusCode).toBe(204);
    const gone = await t().app.inject({
      url: `/api/v1/lineage/manual/${edge.id}`,
      headers: t().as('viewer'),
    });
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.code).toBe('lineage_not_found');
  });

  test('an id filter with no id in it (blank, commas) is no filter, not an empty IN list', async () => {
    const all = await t().app.inject({ url: '/api/v1/lineage/manual', headers: t().as('viewer') });
    expect(all.statusCode).toBe(200);
    for (const query of [
      'to_entity__in=%20',
      'from_entity__in=,',
      'to_entity__in=,&from_entity__in=%20,%20',
    ]) {
      const res = await t().app.inject({ url: `/api/v1/lineage/manual?${query}`, headers: t().as('viewer') });
      expect(res.statusCode, `${query}: ${res.body}`).toBe(200);
      expect(res.json().count, query).toBe(all.json().count);
    }
  });

  test('an UPSTREAM declaration stores the flow to_entity → from_entity', async () => {
    const created = await post({ from_entity: ids['raw.c'], to_entity: ids['raw.a'], direction: 'UPSTREAM' });
    expect(created.json()).toMatchObject({
      from_entity: ids['raw.c'],
      to_entity: ids['raw.a'],
      direction: 'UPSTREAM',
    });
    const row = await t()
      .store.db.selectFrom('lineage')
      .selectAll()
      .where('id', '=', created.json().id)
      .executeTakeFirstOrThrow();
    expect([row.from_resource_id, row.to_resource_id, row.is_manual, row.integration_id]).toEqual([
      ids['raw.a'],
      ids['raw.c'],
      1,
      null,
    ]);
  });

  test('only manual lineage can be deleted; synced edges are listed with is_manual false', async () => {
    const got = await t().app.inject({
      url: `/api/v1/lineage/manual/${syncedEdgeId}`,
      headers: t().as('viewer'),
    });
    expect(got.json()).toMatchObject({
      is_manual: false,
      direction: 'DOWNSTREAM',
      from_entity: ids['raw.b'],
    });
    const res = await t().app.inject({
      method: 'DELETE',
      url: `/api/v1/lineage/manual/${syncedEdgeId}`,
      headers: t().as('admin'),
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({
      code: 'lineage_not_manual',
      message: expect.stringContaining('integration'),
    });
  });

  test('rules: same resource twice, unknown resources, viewers, and other workspaces', async () => {
    const self = await post({ from_entity: ids['raw.a'], to_entity: ids['raw.a'], direction: 'DOWNSTREAM' });
    expect(self.statusCode).toBe(400);
    const unknown = await post({ from_entity: ids['raw.a'], to_entity: 'nope', direction: 'DOWNSTREAM' });
    // Secoda documents 400 for bad input on this route, unknown ids included.
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({
      code: 'invalid_lineage',
      details: { field: 'to_entity' },
    });
    const viewer = await post(
      { from_entity: ids['raw.a'], to_entity: ids['raw.b'], direction: 'DOWNSTREAM' },
      'viewer',
    );
    expect(viewer.statusCode).toBe(403);
    const other = await post(
      { from_entity: ids['raw.a'], to_entity: ids['raw.b'], direction: 'DOWNSTREAM' },
      'other',
    );
    expect(other.statusCode).toBe(400);
    const otherGet = await t().app.inject({
      url: `/api/v1/lineage/manual/${syncedEdgeId}`,
      headers: t().as('other'),
    });
    expect(otherGet.statusCode).toBe(404);
    const otherList = await t().app.inject({ url: '/api/v1/lineage/manual', headers: t().as('other') });
    expect(otherList.json().count).toBe(0);
  });

  test('malformed create bodies answer 400', async () => {
    for (const body of [
      { from_entity: ids['raw.a'], to_entity: ids['raw.b'], direction: 'SIDEWAYS' },
      { from_entity: ids['raw.a'], direction: 'DOWNSTREAM' },
      { from_entity: ids['raw.a'], to_entity: ids['raw.b'], direction: 'DOWNSTREAM', extra: 1 },
    ]) {
      const res = await post(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
  });
});
