import type { DeclaredLineage, Resource } from '@sextant/sdk';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { findEntitySourcesOf } from '../store/catalog/entity-sources.js';
import { findEntityIdChanges } from '../store/catalog/refresh-entity-ids.js';
import { deleteIntegrationRow } from '../store/integrations/integrations.js';
import { applySync } from '../sync/apply-sync.js';
import { createSyncTarget, edge, internal, runRecords } from '../sync/sync-test-support.js';
import { forEachBackend, type TestStore } from '../testing/index.js';
import { warehouseTable } from '../testing/lineage-resolution.js';

/**
 * The heart of issue 15: whatever the order of syncs, deletions and re-imports, the same integrations end with the
 * same lineage. Random workspaces of warehouse imports (JSONL/CSV), dbt projects (models and seeds that build a
 * relation, sources that read one, so a seed and a source can name the same relation and two projects the same
 * model) and SDK runs with external references qualified at every level (so names become ambiguous), each with a
 * script (sync; sync twice; sync then delete; sync, delete, import again under the same name), are applied in two
 * random interleavings into two workspaces; the edge sets and the entities (each table's sources), named by
 * integration and databuilder_id, must agree.
 */

interface Relation {
  database: string;
  schema: string;
  name: string;
}
type Spec =
  | { kind: 'warehouse'; source: 'jsonl' | 'csv'; tables: Relation[] }
  | { kind: 'dbt'; nodes: Array<{ type: 'model' | 'seed' | 'source'; relation: Relation }> }
  | { kind: 'sdk'; refs: Array<{ relation: Relation; qualified: 0 | 1 | 2; direction: 'in' | 'out' }> };
type Script = 'sync' | 'sync-twice' | 'sync-delete' | 'sync-delete-sync';

const relation = fc.record({
  database: fc.constantFrom('shop', 'crm'),
  schema: fc.constantFrom('public', 'raw'),
  name: fc.constantFrom('orders', 'users', 'customers'),
});
const key = (r: Relation) => `${r.database}.${r.schema}.${r.name}`;
const spec: fc.Arbitrary<Spec> = fc.oneof(
  fc.record({
    kind: fc.constant('warehouse' as const),
    source: fc.constantFrom('jsonl' as const, 'csv' as const),
    tables: fc.uniqueArray(relation, { minLength: 1, maxLength: 3, selector: key }),
  }),
  fc.record({
    kind: fc.constant('dbt' as const),
    nodes: fc.uniqueArray(
      fc.record({ type: fc.constantFrom('model' as const, 'seed' as const, 'source' as const), relation }),
      { minLength: 1, maxLength: 3, selector: (n) => `${n.type}.${key(n.relation)}` },
    ),
  }),
  fc.record({
    kind: fc.constant('sdk' as const),
    refs: fc.array(
      fc.record({
        relation,
        qualified: fc.constantFrom(0 as const, 1 as const, 2 as const),
        direction: fc.constantFrom('in' as const, 'out' as const),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  }),
);
const script = fc.constantFrom<Script>('sync', 'sync-twice', 'sync-delete', 'sync-delete-sync');
const workspace = fc.array(fc.record({ spec, script }), { minLength: 2, maxLength: 5 }).chain((items) => {
  const steps = items.reduce((n, item) => n + stepsOf(item.script).length, 0);
  const interleaving = fc.array(fc.nat({ max: items.length - 1 }), { minLength: steps, maxLength: steps });
  return fc.tuple(fc.constant(items), interleaving, interleaving);
});

function stepsOf(s: Script): Array<'sync' | 'delete'> {
  if (s === 'sync') return ['sync'];
  if (s === 'sync-twice') return ['sync', 'sync'];
  if (s === 'sync-delete') return ['sync', 'delete'];
  return ['sync', 'delete', 'sync'];
}

function recordsOf(s: Spec): { source: string; resources: Resource[]; lineages: DeclaredLineage[] } {
  const external = (r: Relation, qualified: 0 | 1 | 2) => ({
    type: 'external_table' as const,
    table: r.name,
    ...(qualified >= 1 ? { schema: r.schema } : {}),
    ...(qualified >= 2 ? { database: r.database } : {}),
  });
  if (s.kind === 'warehouse') {
    const resources = new Map<string, Resource>();
    for (const table of s.tables)
      for (const r of warehouseTable(table.database, table.schema, table.name))
        resources.set(r.databuilder_id, r);
    return { source: s.source, resources: [...resources.values()], lineages: [] };
  }
  if (s.kind === 'dbt') {
    const resources: Resource[] = [];
    const lineages: DeclaredLineage[] = [];
    for (const node of s.nodes) {
      const id = `${node.type}.p.${key(node.relation)}`;
      const { database, schema, name } = node.relation;
      resources.push({ entity_type: 'table', databuilder_id: id, title: name, schema, database });
      lineages.push(
        node.type === 'source'
          ? edge(external(node.relation, 2), internal(id))
          : edge(internal(id), external(node.relation, 2)),
      );
    }
    return { source: 'dbt', resources, lineages };
  }
  return {
    source: 'sdk',
    resources: [{ entity_type: 'dashboard', databuilder_id: 'job', title: 'job' }],
    lineages: s.refs.map((ref) =>
      ref.direction === 'in'
        ? edge(external(ref.relation, ref.qualified), internal('job'))
        : edge(internal('job'), external(ref.relation, ref.qualified)),
    ),
  };
}

/** Applies the items' scripts in the interleaving's order into a new workspace; answers its named edges and entities. */
async function play(
  store: TestStore,
  items: Array<{ spec: Spec; script: Script }>,
  interleaving: number[],
): Promise<string[]> {
  const { workspaceId } = await createSyncTarget(store);
  const next = items.map(() => 0);
  const integration = new Map<number, string>();
  const order = [...interleaving];
  // Whatever the picks leave over runs last, in item order.
  items.forEach((item, i) => {
    for (let k = 0; k < stepsOf(item.script).length; k++) order.push(i);
  });
  for (const i of order) {
    const steps = stepsOf(items[i]!.script);
    const step = steps[next[i]!];
    if (step === undefined) continue;
    next[i]!++;
    if (step === 'delete') {
      await store.db.transaction().execute((trx) => deleteIntegrationRow(trx, integration.get(i)!));
      integration.delete(i);
      continue;
    }
    if (!integration.has(i)) {
      const { integrationId } = await createSyncTarget(store, { workspaceId });
      await store.db
        .updateTable('integrations')
        .set({ name: `i${i}` })
        .where('id', '=', integrationId)
        .execute();
      integration.set(i, integrationId);
    }
    const { source, resources, lineages } = recordsOf(items[i]!.spec);
    await applySync(store, {
      integrationId: integration.get(i)!,
      source,
      records: runRecords({ resources, lineages }),
    });
  }
  const rows = await store.db
    .selectFrom('lineage as l')
    .innerJoin('resources as f', 'f.id', 'l.from_resource_id')
    .innerJoin('resources as t', 't.id', 'l.to_resource_id')
    .innerJoin('integrations as fi', 'fi.id', 'f.integration_id')
    .innerJoin('integrations as ti', 'ti.id', 't.integration_id')
    .innerJoin('integrations as li', 'li.id', 'l.integration_id')
    .select([
      'li.name as owner',
      'fi.name as fi',
      'f.databuilder_id as fd',
      'ti.name as ti',
      't.databuilder_id as td',
    ])
    .where('l.workspace_id', '=', workspaceId)
    .execute();
  const edges = rows.map((r) => `${r.owner}: ${r.fi}:${r.fd} → ${r.ti}:${r.td}`);
  // The entities: each live table's sources, named the same way.
  const tables = await store.db
    .selectFrom('resources as r')
    .innerJoin('integrations as i', 'i.id', 'r.integration_id')
    .select(['r.id', 'i.name', 'r.databuilder_id'])
    .where('r.workspace_id', '=', workspaceId)
    .where('r.entity_type', '=', 'table')
    .where('r.stale', '=', 0)
    .execute();
  const names = new Map(tables.map((t) => [t.id, `${t.name}:${t.databuilder_id}`]));
  const sources = await findEntitySourcesOf(store.db, { workspaceId, ids: tables.map((t) => t.id) });
  const entities = new Set(
    [...sources.values()].map(
      (list) =>
        `entity: ${list
          .map((source) => names.get(source.resource_id))
          .sort()
          .join(' + ')}`,
    ),
  );
  // The entity ids the syncs and deletions kept, step by step, are what the sources give when worked out afresh.
  expect(await findEntityIdChanges(store.db, store.flags, { workspaceId, changed: { kind: 'all' } })).toEqual(
    [],
  );
  return [...edges, ...entities].sort();
}

const property = (store: () => TestStore) =>
  fc.asyncProperty(workspace, async ([items, first, second]) => {
    const a = await play(store(), items, first);
    const b = await play(store(), items, second);
    expect(b).toEqual(a);
  });

forEachBackend('lineage resolution order', (store, backend) => {
  test('any order of syncs, deletions and re-imports gives the same edges and entities', async () => {
    await fc.assert(
      property(store),
      // CI replays a fixed seed, as the API fuzzer does, so that a run is repeatable; elsewhere every run draws
      // new workspaces.
      { numRuns: backend === 'sqlite' ? 40 : 15, ...(process.env.CI ? { seed: 15 } : {}) },
    );
  }, 300_000);

  test('the orders random runs found differing agree', async () => {
    // A dbt source and two projects' models of one relation (issue #15 note; the deterministic case is in
    // order-independent-resolution.test.ts): the healed edge took the id of an edge that stayed.
    await fc.assert(property(store), { seed: 2118104080, path: '5:23:1:4:4:3:3:3:3:7:8:7:12', numRuns: 1 });
  }, 60_000);
});
