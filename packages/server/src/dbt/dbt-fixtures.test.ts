import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSyncTarget } from '../sync/sync-test-support.js';
import { createTestStore, type TestStore, testBackends } from '../testing/index.js';
import type { DbtManifest, DbtNode } from './artifact-types.js';
import { ASSET_TYPES, readDbtProject } from './dbt-project.js';
import { syncDbtArtifacts } from './sync-dbt.js';
import {
  dbtFixturesPresent,
  FIXTURE_SETS,
  type FixtureSet,
  loadFixtureSet,
  readFixtureJson,
} from './testing/fixture-sets.js';

const present = dbtFixturesPresent();

/** Counts straight from the manifest JSON, independent of the converter. */
function expectedFromJson(manifest: DbtManifest) {
  const nodes = Object.values(manifest.nodes) as DbtNode[];
  const assetIds = new Set(
    [...nodes, ...Object.values(manifest.sources ?? {})]
      .filter((n) => ASSET_TYPES.has(n.resource_type))
      .map((n) => n.unique_id),
  );
  const tests = nodes.filter((n) => n.resource_type === 'test');
  const dependsOn = new Set<string>();
  for (const node of [
    ...nodes,
    ...Object.values(manifest.sources ?? {}),
    ...Object.values(manifest.exposures ?? {}),
  ]) {
    if (!assetIds.has(node.unique_id) && !node.unique_id.startsWith('exposure.')) continue;
    for (const upstream of node.depends_on?.nodes ?? [])
      if (assetIds.has(upstream)) dependsOn.add(`${upstream} > ${node.unique_id}`);
  }
  return {
    models: nodes.filter((n) => n.resource_type === 'model').length,
    sources: Object.keys(manifest.sources ?? {}).length,
    exposures: Object.keys(manifest.exposures ?? {}).length,
    tests: tests.length,
    testsOnAssets: tests.filter((t) =>
      [t.attached_node, ...(t.depends_on?.nodes ?? [])].some((id) => id && assetIds.has(id)),
    ).length,
    dependsOn,
    warehouseTables: [...nodes, ...Object.values(manifest.sources ?? {})].filter(
      (n) => assetIds.has(n.unique_id) && n.config?.materialized !== 'ephemeral',
    ).length,
  };
}

/** Lower-case database.schema.relation of every asset (from the project reader: alias/identifier rules). */
function relationsOf(manifest: DbtManifest): Map<string, string> {
  const assets = readDbtProject(manifest).assets.values();
  return new Map(
    [...assets].map((a) => [a.uniqueId, `${a.database}.${a.schema}.${a.relation}`.toLowerCase()]),
  );
}

async function syncedState(store: TestStore, integrationId: string) {
  const resources = await store.db
    .selectFrom('resources')
    .select(['id', 'databuilder_id', 'entity_type', 'native_type'])
    .where('integration_id', '=', integrationId)
    .where('stale', '=', 0)
    .execute();
  const edges = await store.db
    .selectFrom('lineage as l')
    .innerJoin('resources as f', 'f.id', 'l.from_resource_id')
    .innerJoin('resources as t', 't.id', 'l.to_resource_id')
    .select([
      'f.databuilder_id as from',
      't.databuilder_id as to',
      'f.entity_type as fromType',
      't.entity_type as toType',
    ])
    .where('l.integration_id', '=', integrationId)
    .execute();
  const tests = await store.db
    .selectFrom('dbt_test_results')
    .select('test_unique_id')
    .distinct()
    .where('integration_id', '=', integrationId)
    .execute();
  const pending = await store.db
    .selectFrom('pending_lineage')
    .select(['from_ref', 'to_ref', 'from_resource_id', 'to_resource_id'])
    .where('integration_id', '=', integrationId)
    .execute();
  return { resources, edges, tests, pending };
}

async function checkFixtureSync(store: TestStore, set: FixtureSet) {
  const { integrationId } = await createSyncTarget(store);
  const record = await syncDbtArtifacts(store, loadFixtureSet(set), { integrationId });
  expect(record.status).toBe('succeeded');
  // The only lineage the engine may refuse is a warehouse link whose name matches more than one table (see
  // warehouse-links.test.ts); every depends_on and column edge must resolve or wait as pending.
  const refused = record.warnings.filter(
    (w) =>
      w.message.startsWith('lineage not applied') &&
      !/^lineage not applied: table "[^"]+" is ambiguous/.test(w.message),
  );
  expect(refused).toEqual([]);
  const expected = expectedFromJson(readFixtureJson<DbtManifest>(set.manifest));
  const state = await syncedState(store, integrationId);
  const count = (type: string, natives: string[]) =>
    state.resources.filter((r) => r.entity_type === type && natives.includes(r.native_type ?? '')).length;
  expect(count('table', ['model', 'view'])).toBe(expected.models);
  expect(count('table', ['source'])).toBe(expected.sources);
  expect(state.resources.filter((r) => r.entity_type === 'dashboard').length).toBe(expected.exposures);
  expect(readDbtProject(readFixtureJson<DbtManifest>(set.manifest)).tests).toHaveLength(expected.tests);
  expect(state.tests.length).toBe(expected.testsOnAssets);
  // Every depends_on pair is an edge, once. The only other table-level edges allowed are warehouse links that
  // the resolver matched to another asset of the same project building or naming the same relation (a seed and
  // the source declared on it; the resolver falls back to the integration's own assets when no other integration
  // has the table) or, with an older resolver, to the asset itself.
  const modelLevel = state.edges
    .filter((e) => e.fromType !== 'column' && e.toType !== 'column')
    .map((e) => `${e.from} > ${e.to}`);
  const relationOf = relationsOf(readFixtureJson<DbtManifest>(set.manifest));
  const fromDependsOn = modelLevel.filter((edge) => expected.dependsOn.has(edge));
  expect(new Set(fromDependsOn)).toEqual(expected.dependsOn);
  expect(fromDependsOn.length).toBe(expected.dependsOn.size);
  for (const edge of modelLevel.filter((e) => !expected.dependsOn.has(e))) {
    const [from, to] = edge.split(' > ') as [string, string];
    expect(relationOf.get(from), edge).toBe(relationOf.get(to));
  }
  return { record, expected };
}

describe.skipIf(!present)('dbt fixtures sync on SQLite', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore('sqlite');
  });
  afterAll(async () => {
    await store?.dispose();
  });

  for (const set of FIXTURE_SETS) {
    test(`${set.name}: syncs; counts and depends_on lineage match the JSON`, async () => {
      const { record, expected } = await checkFixtureSync(store, set);
      const manifest = readFixtureJson<DbtManifest>(set.manifest);
      const version = Number(/v(\d+)\.json$/.exec(manifest.metadata.dbt_schema_version!)![1]);
      const warned = record.warnings.some((w) => w.message.includes('best-effort'));
      expect(warned).toBe(version < 4);
      expect(expected.models).toBeGreaterThan(0);
    });
  }
});

describe.skipIf(!present || !testBackends().includes('postgres'))('dbt fixtures sync on PostgreSQL', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore('postgres');
  });
  afterAll(async () => {
    await store?.dispose();
  });

  test('bouncer-dbt_112 (manifest v12 + run_results v6 + catalog) syncs with the same results', async () => {
    await checkFixtureSync(store, FIXTURE_SETS.find((s) => s.name === 'bouncer-dbt_112')!);
  });
});
