import { beforeAll, expect, test } from 'vitest';
import { forEachApp } from '../../testing/index.js';
import { link, schemaResources, syncIntoApp, tableResources } from './test-catalog.js';

/**
 * The DAG under test (table level; every table has one column `v`):
 *
 *   x ──> a ──> b ──> c ──> d          d ──> b closes a cycle b → c → d → b
 *               │                      p.v ──> q.v is a column edge only (rolled up to p → q)
 *               └──> e                 a.v ──> b.v ──> c.v are column edges too
 */
forEachApp('lineage graph and impact routes', (t) => {
  let ids: Record<string, string>;
  let integrationId: string;
  beforeAll(async () => {
    const tables = ['x', 'a', 'b', 'c', 'd', 'e', 'p', 'q'];
    const synced = await syncIntoApp(t(), {
      resources: [...schemaResources(['s']), ...tables.flatMap((name) => tableResources('s', name, ['v']))],
      lineages: [
        link('s.x', 's.a'),
        link('s.a', 's.b'),
        link('s.b', 's.c'),
        link('s.c', 's.d'),
        link('s.b', 's.e'),
        link('s.d', 's.b'),
        link('s.p.v', 's.q.v'),
        link('s.a.v', 's.b.v'),
        link('s.b.v', 's.c.v'),
      ],
    });
    ids = synced.ids;
    integrationId = synced.integrationId;
  });

  const name = (id: string) =>
    Object.entries(ids)
      .find(([, v]) => v === id)?.[0]
      .replace(/^s\./, '');
  const graph = async (query: Record<string, string>, role: 'viewer' | 'other' = 'viewer') => {
    const res = await t().app.inject({
      url: `/api/v1/lineage/graph?${new URLSearchParams(query)}`,
      headers: t().as(role),
    });
    return res;
  };
  interface Node {
    id: string;
    distance: number;
    side: string;
    hidden_upstream: number;
    hidden_downstream: number;
  }
  const summary = (body: { nodes: Node[]; edges: Array<{ from: string; to: string }> }) => ({
    nodes: Object.fromEntries(
      body.nodes.map((n) => [
        name(n.id),
        `${n.side}:${n.distance} up+${n.hidden_upstream} down+${n.hidden_downstream}`,
      ]),
    ),
    edges: body.edges.map((e) => `${name(e.from)}>${name(e.to)}`).sort(),
  });

  test('downstream depth 2: nodes, edges and counts of what is left unexpanded', async () => {
    const res = await graph({ resource_id: ids['s.a']!, direction: 'downstream', depth: '2' });
    expect(res.statusCode).toBe(200);
    expect(summary(res.json())).toEqual({
      nodes: {
        a: 'root:0 up+1 down+0',
        b: 'downstream:1 up+1 down+0',
        c: 'downstream:2 up+0 down+1',
        e: 'downstream:2 up+0 down+0',
      },
      edges: ['a>b', 'b>c', 'b>e'],
    });
  });

  test('a cycle is walked once; the edge closing it is part of the graph', async () => {
    const res = await graph({ resource_id: ids['s.a']!, direction: 'downstream', depth: '20' });
    expect(summary(res.json())).toEqual({
      nodes: {
        a: 'root:0 up+1 down+0',
        b: 'downstream:1 up+0 down+0',
        c: 'downstream:2 up+0 down+0',
        e: 'downstream:2 up+0 down+0',
        d: 'downstream:3 up+0 down+0',
      },
      edges: ['a>b', 'b>c', 'b>e', 'c>d', 'd>b'],
    });
  });

  test('both directions from c; a node object carries its title and integration', async () => {
    const body = (await graph({ resource_id: ids['s.c']!, direction: 'both', depth: '1' })).json();
    expect(summary(body).nodes).toEqual({
      c: 'root:0 up+0 down+0',
      b: 'upstream:1 up+1 down+1', // a is hidden; d is in the graph
      d: 'downstream:1 up+0 down+0',
    });
    expect(body.nodes.find((n: Node) => n.id === ids['s.c'])).toMatchObject({
      title: 'c',
      title_full: 'shop.s.c',
      entity_type: 'table',
      integration_id: integrationId,
      integration_type: 'custom',
    });
  });

  test('table level rolls column edges up to their tables; column level follows the column edges', async () => {
    const tables = (await graph({ resource_id: ids['s.p']!, direction: 'downstream', depth: '1' })).json();
    expect(summary(tables).edges).toEqual(['p>q']);
    expect(tables.edges[0]).toEqual({ from: ids['s.p'], to: ids['s.q'], kind: null, is_manual: false });
    const columns = (
      await graph({ resource_id: ids['s.a.v']!, direction: 'downstream', depth: '5', level: 'column' })
    ).json();
    expect(summary(columns)).toEqual({
      nodes: {
        'a.v': 'root:0 up+0 down+0',
        'b.v': 'downstream:1 up+0 down+0',
        'c.v': 'downstream:2 up+0 down+0',
      },
      edges: ['a.v>b.v', 'b.v>c.v'],
    });
    const fromTable = (
      await graph({ resource_id: ids['s.a']!, direction: 'downstream', depth: '1', level: 'column' })
    ).json();
    expect(summary(fromTable).nodes).toMatchObject({
      a: 'root:0 up+1 down+0',
      'a.v': 'root:0 up+0 down+0',
      b: expect.any(String),
      'b.v': expect.any(String),
    });
  });

  test('impact lists every downstream asset with its distance, filtered, and as CSV', async () => {
    const res = await t().app.inject({
      url: `/api/v1/lineage/impact?resource_id=${ids['s.x']}`,
      headers: t().as('viewer'),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.level).toBe('table');
    expect(body.results.map((r: Node) => `${name(r.id)}:${r.distance}`)).toEqual([
      'a:1',
      'b:2',
      'c:3',
      'e:3',
      'd:4',
    ]);
    const columns = await t().app.inject({
      url: `/api/v1/lineage/impact?resource_id=${ids['s.a.v']}`,
      headers: t().as('viewer'),
    });
    expect(columns.json().results.map((r: Node) => `${name(r.id)}:${r.distance}`)).toEqual([
      'b.v:1',
      'c.v:2',
    ]);
    const none = await t().app.inject({
      url: `/api/v1/lineage/impact?resource_id=${ids['s.x']}&entity_type=dashboard`,
      headers: t().as('viewer'),
    });
    expect(none.json()).toMatchObject({ count: 0, results: [] });
    const csv = await t().app.inject({
      url: `/api/v1/lineage/impact?resource_id=${ids['s.x']}&format=csv&depth=2&integration_id=${integrationId}`,
      headers: t().as('viewer'),
    });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toBe(
      'distance,id,entity_type,title,title_full,native_type,integration_id,integration_title,integration_type',
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 5).join(','))).toEqual([
      `1,${ids['s.a']},table,a,shop.s.a`,
      `2,${ids['s.b']},table,b,shop.s.b`,
    ]);
  });

  test('stale resources leave the graph and the counts', async () => {
    await t().store.db.updateTable('resources').set({ stale: 1 }).where('id', '=', ids['s.e']!).execute();
    try {
      const body = (await graph({ resource_id: ids['s.b']!, direction: 'downstream', depth: '1' })).json();
      expect(summary(body).nodes).toEqual({ b: 'root:0 up+2 down+0', c: 'downstream:1 up+0 down+1' });
      const stale = await graph({ resource_id: ids['s.e']! });
      expect(stale.statusCode).toBe(404);
    } finally {
      await t().store.db.updateTable('resources').set({ stale: 0 }).where('id', '=', ids['s.e']!).execute();
    }
  });

  test('another workspace gets 404; bad parameters get 400', async () => {
    const other = await graph({ resource_id: ids['s.a']! }, 'other');
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('resource_not_found');
    const otherImpact = await t().app.inject({
      url: `/api/v1/lineage/impact?resource_id=${ids['s.a']}`,
      headers: t().as('other'),
    });
    expect(otherImpact.statusCode).toBe(404);
    for (const query of [
      {},
      { resource_id: ids['s.a']!, depth: '21' },
      { resource_id: ids['s.a']!, level: 'row' },
    ]) {
      const res = await graph(query as Record<string, string>);
      expect(res.statusCode, JSON.stringify(query)).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
  });
});
