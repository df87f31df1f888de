import type { Resource } from '@sextant/sdk';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { RESOURCE_FIELDS } from '../catalog/resource-fields.js';
import { postgresConnector } from '../connectors/postgres/postgres-connector.js';
import {
  adminQuery,
  CollectSink,
  createDatabase,
  credentialsFor,
  dropDatabase,
  postgresTestsReady,
  uniqueDatabaseName,
} from '../connectors/postgres/testing/pg-test-server.js';
import { findEntitySources } from '../store/catalog/entity-sources.js';
import { listResources } from '../store/catalog/index.js';
import { applySync } from '../sync/apply-sync.js';
import { createSyncTarget, runRecords } from '../sync/sync-test-support.js';
import { forEachBackend } from '../testing/index.js';
import { syncDbtArtifacts } from './sync-dbt.js';
import { dbtFixturesPresent, FIXTURE_SETS, loadFixtureSet, readFixtureJson } from './testing/fixture-sets.js';

/*
 * The jaffle_shop project (manifest 1.9 and its catalog.json) built in a scratch PostgreSQL database: every relation
 * the manifest names becomes a table or view of that database (columns and types from catalog.json), the built-in
 * PostgreSQL connector catalogues it, the manifest is synced as dbt (its database renamed to the scratch one, as
 * a profile would target it), and every relation is one entity with a warehouse and a dbt source.
 */

interface ManifestNode {
  resource_type: string;
  database: string;
  schema: string;
  name: string;
  alias?: string;
  identifier?: string;
  config?: { materialized?: string };
}
interface CatalogNode {
  columns: Record<string, { name: string; type: string; index: number }>;
}

const set = FIXTURE_SETS.find((s) => s.name === 'ap-v12-1.9')!;
const present = dbtFixturesPresent();
const isReady = present && (await postgresTestsReady());
const database = uniqueDatabaseName('jaffle');
const TYPES: Record<string, string> = {
  INT64: 'bigint',
  STRING: 'text',
  FLOAT64: 'double precision',
  BOOL: 'boolean',
  DATE: 'date',
  TIMESTAMP: 'timestamp',
};
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Every relation of the manifest a warehouse would hold (ephemeral models build none), with its columns. */
function relationsOf(): Array<{
  key: string;
  schema: string;
  name: string;
  view: boolean;
  columns: string[];
}> {
  const manifest = readFixtureJson<{
    nodes: Record<string, ManifestNode>;
    sources: Record<string, ManifestNode>;
  }>(set.manifest);
  const catalog = readFixtureJson<{
    nodes: Record<string, CatalogNode>;
    sources?: Record<string, CatalogNode>;
  }>(set.catalog!);
  const relations = [];
  for (const [id, node] of [...Object.entries(manifest.nodes), ...Object.entries(manifest.sources)]) {
    if (!['model', 'seed', 'snapshot', 'source'].includes(node.resource_type)) continue;
    if (node.config?.materialized === 'ephemeral') continue;
    const name = node.resource_type === 'source' ? (node.identifier ?? node.name) : (node.alias ?? node.name);
    const known = catalog.nodes[id] ?? catalog.sources?.[id];
    const columns = known
      ? Object.values(known.columns)
          .sort((a, b) => a.index - b.index)
          .map((c) => `${quote(c.name.toLowerCase())} ${TYPES[c.type] ?? 'text'}`)
      : ['id bigint'];
    relations.push({
      key: `${database}.${node.schema}.${name}`.toLowerCase(),
      schema: node.schema,
      name,
      view: node.config?.materialized === 'view',
      columns,
    });
  }
  return relations;
}

const relations = isReady ? relationsOf() : [];
let warehouseRecords: unknown[] = [];

beforeAll(async () => {
  if (!isReady) return;
  await createDatabase(database);
  const schemas = [...new Set(relations.map((r) => r.schema))];
  const ddl = [
    ...schemas.map((schema) => `create schema ${quote(schema)};`),
    ...relations.map((r) =>
      r.view
        ? `create view ${quote(r.schema)}.${quote(r.name)} as select ${r.columns
            .map((c) => {
              const [column, ...type] = c.split(' ');
              return `null::${type.join(' ')} as ${column}`;
            })
            .join(', ')};`
        : `create table ${quote(r.schema)}.${quote(r.name)} (${r.columns.join(', ')});`,
    ),
  ];
  await adminQuery(ddl.join('\n'), [], database);
  const sink = new CollectSink();
  await postgresConnector.extract(credentialsFor(database), sink);
  warehouseRecords = sink.records;
}, 120_000);

afterAll(async () => {
  if (isReady) await dropDatabase(database);
});

forEachBackend('jaffle_shop in PostgreSQL and its dbt manifest', (store) => {
  test.skipIf(!isReady)('every relation is one entity with a warehouse and a dbt source', async () => {
    const { workspaceId, integrationId: warehouse } = await createSyncTarget(store());
    const resources = warehouseRecords.filter((r) => !('from_identifier' in (r as object))) as Resource[];
    const lineages = warehouseRecords.filter((r) => 'from_identifier' in (r as object));
    const synced = await applySync(store(), {
      integrationId: warehouse,
      source: 'postgres',
      records: runRecords({ resources, lineages }),
    });
    expect(synced.status).toBe('succeeded');

    const artifacts = loadFixtureSet(set);
    const data = artifacts.manifest.data as unknown as {
      nodes: Record<string, ManifestNode>;
      sources: Record<string, ManifestNode>;
    };
    for (const node of [...Object.values(data.nodes), ...Object.values(data.sources)])
      node.database = database;
    // The project as built on PostgreSQL (the fixture's was BigQuery), and the connector's run as the runner
    // records it: the host and dialect of its tables.
    (artifacts.manifest.data as unknown as { metadata: { adapter_type: string } }).metadata.adapter_type =
      'postgres';
    await store()
      .db.updateTable('integrations')
      .set({ address_host: '127.0.0.1', address_dialect: 'postgres' })
      .where('id', '=', warehouse)
      .execute();
    const { integrationId: dbt } = await createSyncTarget(store(), { workspaceId });
    await syncDbtArtifacts(
      store(),
      { ...artifacts, catalog: undefined },
      { integrationId: dbt, workspaceId },
    );

    const { rows } = await listResources(store().db, store().flags, {
      workspaceId,
      filter: { operator: 'exact', field: 'entity_type', spec: RESOURCE_FIELDS.entity_type!, value: 'table' },
      includeStale: false,
      sort: undefined,
      limit: 10_000,
      offset: 0,
    });
    const address = (t: { database_name: string | null; schema_name: string | null; title: string }) =>
      `${t.database_name}.${t.schema_name}.${t.title}`.toLowerCase();
    const listed = new Map(rows.map((row) => [address(row), row]));
    expect(listed.size).toBe(rows.length);
    let merged = 0;
    for (const relation of relations) {
      const row = listed.get(relation.key);
      expect(row, relation.key).toBeDefined();
      const kinds = (await findEntitySources(store().db, { workspaceId, id: row!.id })).map((s) =>
        s.integration_id === warehouse ? 'warehouse' : s.integration_id === dbt ? 'dbt' : 'other',
      );
      expect(kinds, relation.key).toEqual(['warehouse', 'dbt']);
      merged++;
    }
    expect(merged).toBe(relations.length);
    expect(merged).toBeGreaterThanOrEqual(30);
  });
});
