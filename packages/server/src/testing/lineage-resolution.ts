import type { Resource } from '@sextant/sdk';
import type { TestStore } from './test-stores.js';

/** database → schema → table, with the ids a warehouse import would give them. */
export function warehouseTable(database: string, schema: string, table: string): Resource[] {
  return [
    { entity_type: 'database', databuilder_id: database, title: database },
    {
      entity_type: 'schema',
      databuilder_id: `${database}.${schema}`,
      parent_databuilder_id: database,
      title: schema,
      database,
    },
    {
      entity_type: 'table',
      databuilder_id: `${database}.${schema}.${table}`,
      parent_databuilder_id: `${database}.${schema}`,
      title: table,
      schema,
      database,
    },
  ];
}

/** The edges of the workspace as `integration:from → integration:to` by databuilder_id (ids differ per run). */
export async function edgeNames(store: TestStore, workspaceId: string): Promise<string[]> {
  const rows = await store.db
    .selectFrom('lineage as l')
    .innerJoin('resources as f', 'f.id', 'l.from_resource_id')
    .innerJoin('resources as t', 't.id', 'l.to_resource_id')
    .select([
      'f.integration_id as fi',
      'f.databuilder_id as fd',
      't.integration_id as ti',
      't.databuilder_id as td',
    ])
    .where('l.workspace_id', '=', workspaceId)
    .execute();
  return rows.map((r) => `${r.fi}:${r.fd} → ${r.ti}:${r.td}`).sort();
}
