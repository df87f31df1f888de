import type { Resource } from '@sextant/sdk';
import { expect, test } from 'vitest';
import { RESOURCE_FIELDS } from '../catalog/resource-fields.js';
import { findEntitySources } from '../store/catalog/entity-sources.js';
import { listResources } from '../store/catalog/index.js';
import { applySync } from '../sync/apply-sync.js';
import { createSyncTarget, runRecords } from '../sync/sync-test-support.js';
import { forEachBackend } from '../testing/index.js';
import { syncDbtArtifacts } from './sync-dbt.js';
import { dbtFixturesPresent, FIXTURE_SETS, loadFixtureSet, readFixtureJson } from './testing/fixture-sets.js';

interface CatalogNode {
  metadata: { database: string; schema: string; name: string };
  columns: Record<string, { name: string; type: string; index: number }>;
}

/** catalog.json as a warehouse import would describe the same tables: database → schema → table → columns. */
function warehouseFromCatalog(nodes: CatalogNode[]): Resource[] {
  const resources = new Map<string, Resource>();
  for (const { metadata, columns } of nodes) {
    const { database, schema, name } = metadata;
    const db = database;
    const sc = `${database}.${schema}`;
    const table = `${sc}.${name}`;
    resources.set(db, { entity_type: 'database', databuilder_id: db, title: database });
    resources.set(sc, {
      entity_type: 'schema',
      databuilder_id: sc,
      parent_databuilder_id: db,
      title: schema,
      database,
    });
    resources.set(table, {
      entity_type: 'table',
      databuilder_id: table,
      parent_databuilder_id: sc,
      title: name,
      schema,
      database,
    });
    for (const column of Object.values(columns))
      resources.set(`${table}.${column.name}`, {
        entity_type: 'column',
        databuilder_id: `${table}.${column.name}`,
        parent_databuilder_id: table,
        title: column.name,
        type: column.type,
        sort_order: column.index,
      });
  }
  return [...resources.values()];
}

const present = dbtFixturesPresent();
const set = FIXTURE_SETS.find((s) => s.name === 'ap-v12-1.9')!;

/** The real jaffle_shop manifest and its catalog.json imported as a warehouse: one entity per table, two sources. */
forEachBackend('dbt fixtures as entities', (store) => {
  test.skipIf(!present)(
    'each table the manifest and catalog.json both place is one entity with a warehouse and a dbt source',
    async () => {
      const nodes = Object.values(
        readFixtureJson<{ nodes: Record<string, CatalogNode> }>(set.catalog!).nodes,
      );
      const { workspaceId, integrationId: dbt } = await createSyncTarget(store());
      await syncDbtArtifacts(store(), loadFixtureSet(set), { integrationId: dbt });
      const { integrationId: warehouse } = await createSyncTarget(store(), { workspaceId });
      const record = await applySync(store(), {
        integrationId: warehouse,
        source: 'jsonl',
        records: runRecords({ resources: warehouseFromCatalog(nodes) }),
      });
      expect(record.status).toBe('succeeded');

      const { rows } = await listResources(store().db, store().flags, {
        workspaceId,
        filter: {
          operator: 'exact',
          field: 'entity_type',
          spec: RESOURCE_FIELDS.entity_type!,
          value: 'table',
        },
        includeStale: false,
        sort: undefined,
        limit: 1000,
        offset: 0,
      });
      const tables = rows.filter((row) => row.entity_type === 'table');
      const address = (t: { database_name: string | null; schema_name: string | null; title: string }) =>
        `${t.database_name}.${t.schema_name}.${t.title}`.toLowerCase();
      expect(new Set(tables.map(address)).size).toBe(tables.length);
      const dbtTables = await store()
        .db.selectFrom('resources')
        .select(['database_name', 'schema_name', 'title'])
        .where('integration_id', '=', dbt)
        .where('entity_type', '=', 'table')
        .execute();
      const dbtAddresses = new Set(dbtTables.map(address));
      const warehouseAddresses = new Set(
        nodes.map(({ metadata: m }) =>
          address({ database_name: m.database, schema_name: m.schema, title: m.name }),
        ),
      );
      let merged = 0;
      for (const table of tables) {
        const kinds = (await findEntitySources(store().db, { workspaceId, id: table.id })).map((s) =>
          s.is_dbt ? 'dbt' : 'warehouse',
        );
        // A dbt node with no warehouse table at its address (this catalog.json puts the elementary package's
        // models in another schema than the manifest) stays dbt's own; every other address is one entity.
        // The list answers the entity under its oldest source's row (dbt's: it was synced first).
        if (dbtAddresses.has(address(table)) && warehouseAddresses.has(address(table))) {
          expect(kinds, address(table)).toEqual(['warehouse', 'dbt']);
          expect(table.integration_id, address(table)).toBe(dbt);
          merged++;
        } else expect(kinds, address(table)).toEqual([table.integration_id === dbt ? 'dbt' : 'warehouse']);
      }
      // jaffle_shop's models and seeds (customers, orders, stg_*, raw_*) at least.
      expect(merged).toBeGreaterThanOrEqual(8);
    },
  );
});
