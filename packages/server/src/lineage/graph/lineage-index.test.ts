import { sql } from 'kysely';
import { beforeAll, expect, test } from 'vitest';
import { applySync } from '../../sync/apply-sync.js';
import { createSyncTarget, runRecords } from '../../sync/sync-test-support.js';
import { forEachBackend } from '../../testing/index.js';
import { buildLineageGraph } from './build-lineage-graph.js';
import { findFreshSnapshot, refreshLineageIndex } from './lineage-index.js';
import { listImpact } from './list-impact.js';
import { link, schemaResources, tableResources } from './test-catalog.js';

// x → a → b → c → d → b (cycle), b → e, p.v → q.v (column edge only), a.v → b.v → c.v; nested column n.s.t → a.v.
forEachBackend('in-memory lineage index', (store, backend) => {
  let workspaceId: string;
  let ids: Record<string, string>;
  let integrationId: string;
  const run = {
    resources: [
      ...schemaResources(['s']),
      ...['x', 'a', 'b', 'c', 'd', 'e', 'p', 'q', 'n'].flatMap((name) => tableResources('s', name, ['v'])),
      { entity_type: 'column', databuilder_id: 's.n.v.t', parent_databuilder_id: 's.n.v', title: 't' },
    ],
    lineages: [
      ...['x>a', 'a>b', 'b>c', 'c>d', 'b>e', 'd>b', 'p.v>q.v', 'a.v>b.v', 'b.v>c.v', 'n.v.t>a.v'].map(
        (pair) => {
          const [from, to] = pair.split('>');
          return link(`s.${from}`, `s.${to}`);
        },
      ),
    ],
  };
  beforeAll(async () => {
    ({ workspaceId, integrationId } = await createSyncTarget(store()));
    await applySync(store(), { integrationId, source: 'jsonl', records: runRecords(run) });
    const rows = await store().db.selectFrom('resources').select(['id', 'databuilder_id']).execute();
    ids = Object.fromEntries(rows.map((r) => [r.databuilder_id!, r.id]));
  });

  const cases = () =>
    ['s.x', 's.a', 's.b', 's.n', 's.a.v', 's.n.v.t', 's.p'].flatMap((root) =>
      (['upstream', 'downstream', 'both'] as const).flatMap((direction) =>
        (['table', 'column'] as const).flatMap((level) =>
          [1, 2, 5].map((depth) => ({ workspaceId, resourceId: ids[root]!, direction, level, depth })),
        ),
      ),
    );
  const sorted = <T extends { edges: Array<{ from: string; to: string }> }>(graph: T) => ({
    ...graph,
    edges: [...graph.edges].sort((a, b) => `${a.from}${a.to}`.localeCompare(`${b.from}${b.to}`)),
  });

  // PostgreSQL only: SQLite has one connection, so a second transaction cannot be open at the same time there.
  if (backend === 'postgres')
    test('a graph read answers while a sync’s open transaction holds the lineage version row', async () => {
      await store()
        .db.transaction()
        .execute(async (tx) => {
          await sql`update lineage_graph_versions set version = version + 1 where workspace_id = ${workspaceId}`.execute(
            tx,
          );
          const request = {
            workspaceId,
            resourceId: ids['s.b']!,
            direction: 'both',
            level: 'table',
            depth: 2,
          } as const;
          expect((await buildLineageGraph(store(), request)).nodes.length).toBeGreaterThan(1);
          expect(
            (await buildLineageGraph(store(), { ...request, useIndex: false })).nodes.length,
          ).toBeGreaterThan(1);
        });
    });

  test('the database walk costs one statement per level and direction, whatever the columns', async () => {
    // On PostgreSQL every statement is a round trip that waits for the pool and the event loop; under write load
    // (the soak benchmark) those waits made graph requests 100× slower than idle, so their number is bounded here.
    let statements = 0;
    const counted = store().db.withPlugin({
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        statements += 1;
        return args.result;
      },
    });
    const depth = 5;
    const graph = await buildLineageGraph(
      { db: counted, flags: store().flags },
      { workspaceId, resourceId: ids['s.b']!, direction: 'both', level: 'table', depth, useIndex: false },
    );
    expect(graph.nodes.length).toBeGreaterThan(3);
    // root + version, the root's entity, per level and direction one for the edges and one for the entities of
    // the nodes reached (one node per entity), the hidden-neighbour expansion both ways, the node rows.
    expect(statements).toBeLessThanOrEqual(2 + 1 + 2 * 2 * depth + 2 + 1);
  });

  test('graph and impact answers from the index equal those from the database walk', async () => {
    await refreshLineageIndex(store(), workspaceId);
    for (const request of cases()) {
      const fromDatabase = await buildLineageGraph(store(), { ...request, useIndex: false });
      const fromIndex = await buildLineageGraph(store(), request);
      expect(sorted(fromIndex), JSON.stringify(request)).toEqual(sorted(fromDatabase));
    }
    for (const root of ['s.x', 's.a.v', 's.n']) {
      const request = { workspaceId, resourceId: ids[root]! };
      expect(await listImpact(store(), request)).toEqual(
        await listImpact(store(), { ...request, useIndex: false }),
      );
    }
    const impact = await listImpact(store(), { workspaceId, resourceId: ids['s.n']! });
    expect(impact.assets.map((a) => a.title_full)).toEqual([
      'shop.s.a',
      'shop.s.b',
      'shop.s.c',
      'shop.s.e',
      'shop.s.d',
    ]);
  });

  test('any change to lineage or to a resource’s staleness retires the snapshot until it is rebuilt', async () => {
    const built = await refreshLineageIndex(store(), workspaceId);
    expect(await findFreshSnapshot(store(), workspaceId)).toBe(built);
    // A description edit is not a graph change.
    await store()
      .db.updateTable('resources')
      .set({ description: 'x' })
      .where('id', '=', ids['s.a']!)
      .execute();
    expect(await findFreshSnapshot(store(), workspaceId)).toBe(built);

    await store().db.updateTable('resources').set({ stale: 1 }).where('id', '=', ids['s.e']!).execute();
    expect(await findFreshSnapshot(store(), workspaceId)).toBeUndefined();
    const withoutE = await refreshLineageIndex(store(), workspaceId);
    expect(withoutE.version).toBeGreaterThan(built.version);
    const graph = await buildLineageGraph(store(), {
      workspaceId,
      resourceId: ids['s.b']!,
      direction: 'downstream',
      depth: 1,
      level: 'table',
    });
    expect(graph.nodes.map((n) => n.title).sort()).toEqual(['b', 'c']);
    await store().db.updateTable('resources').set({ stale: 0 }).where('id', '=', ids['s.e']!).execute();

    // A sync that replaces the integration's edges (here: drops them all) is seen too.
    await refreshLineageIndex(store(), workspaceId);
    await applySync(store(), {
      integrationId,
      source: 'jsonl',
      records: runRecords({ ...run, lineages: [] }),
    });
    expect(await findFreshSnapshot(store(), workspaceId)).toBeUndefined();
    const empty = await refreshLineageIndex(store(), workspaceId);
    expect(empty.edgeCount).toBe(0);
  });
});
