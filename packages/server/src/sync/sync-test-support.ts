import type { DeclaredLineage, Resource } from '@sextant/sdk';
import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/time.js';
import type { Store } from '../store/database.js';
import type { Database, ImportPolicy } from '../store/schema.js';
import type { RunRecord } from './sync-types.js';

/** Test support: a workspace with one integration, ready for syncs. */
export async function createSyncTarget(
  store: Store,
  options: { policy?: ImportPolicy; autoStale?: boolean; workspaceId?: string } = {},
): Promise<{ workspaceId: string; integrationId: string }> {
  const now = nowIso();
  const workspaceId = options.workspaceId ?? newId();
  if (!options.workspaceId) {
    await store.db
      .insertInto('workspaces')
      .values({ id: workspaceId, name: 'w', created_at: now, updated_at: now })
      .execute();
  }
  const integrationId = newId();
  await store.db
    .insertInto('integrations')
    .values({
      id: integrationId,
      workspace_id: workspaceId,
      name: `integration ${integrationId.slice(-6)}`,
      type: 'custom',
      import_policy: options.policy ?? 'smart',
      auto_stale: options.autoStale === false ? 0 : 1,
      properties: '{}',
      teams: '[]',
      schedule_enabled: 0,
      scheduled_extractions_hour: 0,
      scheduled_extractions_frequency: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { workspaceId, integrationId };
}

/** Test support: records of a run as a JSONL upload would number them. */
export function runRecords(run: { resources?: unknown[]; lineages?: unknown[] }): RunRecord[] {
  return [
    ...(run.resources ?? []).map(
      (value, i): RunRecord => ({
        kind: 'resource',
        value,
        origin: { file: 'resources.jsonl', line: i + 1 },
      }),
    ),
    ...(run.lineages ?? []).map(
      (value, i): RunRecord => ({ kind: 'lineage', value, origin: { file: 'lineages.jsonl', line: i + 1 } }),
    ),
  ];
}

const DUMPED_TABLES: Array<keyof Database> = [
  'workspaces',
  'integrations',
  'resources',
  'lineage',
  'pending_lineage',
  'resource_tags',
  'custom_property_values',
  'collection_resources',
];

/**
 * Columns a server writes on its own schedule, whatever any sync does: the monitor scheduler scores every table
 * within the hour (quality/quality-score.ts), so a server started by a test may score a table between two dumps.
 */
const DERIVED_COLUMNS = new Set(['quality_score', 'quality_scored_at']);

/**
 * Test support: every catalog row (sync records and derived scores aside) as one canonical text, to compare states
 * exactly.
 */
export async function dumpCatalog(store: Store): Promise<string> {
  const parts: string[] = [];
  for (const table of DUMPED_TABLES) {
    const rows = (await store.db.selectFrom(table).selectAll().execute()) as Array<Record<string, unknown>>;
    const lines = rows
      .map((row) =>
        JSON.stringify(
          Object.entries(row)
            .filter(([column]) => !DERIVED_COLUMNS.has(column))
            .sort(([a], [b]) => a.localeCompare(b)),
        ),
      )
      .sort();
    parts.push(`${table}\n${lines.join('\n')}`);
  }
  return parts.join('\n\n');
}

/** Test support: a small database → schema → table → columns run. */
export function tableRun(table: string, columns: string[], extra: Partial<Resource> = {}): Resource[] {
  return [
    { entity_type: 'database', databuilder_id: 'db', title: 'shop' },
    {
      entity_type: 'schema',
      databuilder_id: 'db.public',
      parent_databuilder_id: 'db',
      title: 'public',
      database: 'shop',
    },
    {
      entity_type: 'table',
      databuilder_id: `db.public.${table}`,
      parent_databuilder_id: 'db.public',
      title: table,
      schema: 'public',
      database: 'shop',
      ...extra,
    },
    ...columns.map(
      (column, i): Resource => ({
        entity_type: 'column',
        databuilder_id: `db.public.${table}.${column}`,
        parent_databuilder_id: `db.public.${table}`,
        title: column,
        type: 'text',
        sort_order: i + 1,
      }),
    ),
  ];
}

export const internal = (databuilder_id: string) => ({ type: 'internal_resource' as const, databuilder_id });
export const edge = (
  from: DeclaredLineage['from_identifier'],
  to: DeclaredLineage['to_identifier'],
): DeclaredLineage => ({
  from_identifier: from,
  to_identifier: to,
});
