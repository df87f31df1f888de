import type { DeclaredLineage, Resource } from '@sextant/sdk';
import type { Store } from '../../store/database.js';
import { applySync } from '../../sync/apply-sync.js';
import { createSyncTarget, runRecords } from '../../sync/sync-test-support.js';

/** Test support: a table `database.schema.name` with columns, as one integration would declare it. */
export function tableResources(schema: string, name: string, columns: string[]): Resource[] {
  return [
    {
      entity_type: 'table',
      databuilder_id: `${schema}.${name}`,
      parent_databuilder_id: schema,
      title: name,
      schema,
      database: 'shop',
    },
    ...columns.map(
      (column, i): Resource => ({
        entity_type: 'column',
        databuilder_id: `${schema}.${name}.${column}`,
        parent_databuilder_id: `${schema}.${name}`,
        title: column,
        type: 'integer',
        sort_order: i + 1,
      }),
    ),
  ];
}

/** Test support: the database and schema resources the tables hang under. */
export function schemaResources(schemas: string[]): Resource[] {
  return [
    { entity_type: 'database', databuilder_id: 'shop', title: 'shop' },
    ...schemas.map(
      (schema): Resource => ({
        entity_type: 'schema',
        databuilder_id: schema,
        parent_databuilder_id: 'shop',
        title: schema,
        database: 'shop',
      }),
    ),
  ];
}

export const link = (from: string, to: string): DeclaredLineage => ({
  from_identifier: { type: 'internal_resource', databuilder_id: from },
  to_identifier: { type: 'internal_resource', databuilder_id: to },
});

/** Syncs one run into a new integration of the test app's workspace; returns resource ids by databuilder_id. */
export async function syncIntoApp(
  t: { store: Store; workspaceId: string },
  run: { resources: Resource[]; lineages?: DeclaredLineage[] },
  options: { workspaceId?: string } = {},
): Promise<{ integrationId: string; ids: Record<string, string> }> {
  const { integrationId } = await createSyncTarget(t.store, {
    workspaceId: options.workspaceId ?? t.workspaceId,
  });
  await applySync(t.store, { integrationId, source: 'jsonl', records: runRecords(run) });
  const rows = await t.store.db
    .selectFrom('resources')
    .select(['id', 'databuilder_id'])
    .where('integration_id', '=', integrationId)
    .execute();
  return { integrationId, ids: Object.fromEntries(rows.map((r) => [r.databuilder_id!, r.id])) };
}
