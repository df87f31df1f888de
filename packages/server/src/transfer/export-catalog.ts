import { stringify } from 'csv-stringify/sync';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import {
  findTransferResourceLinks,
  listTransferCustomProperties,
  listTransferIntegrations,
  listTransferTags,
  listTransferTeams,
  listTransferUsers,
  pageTransferLineage,
  pageTransferResources,
  type TransferResourceRow,
} from '../store/transfer/catalog-transfer-rows.js';
import { exportHistory } from './export-history.js';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  INTEGRATION_JSON_COLUMNS,
  LOCAL_COLUMNS,
  mapList,
  mapPeopleInValues,
  parseJsonText,
  RESOURCE_JSON_COLUMNS,
} from './export-records.js';

export type ExportFormat = 'jsonl' | 'csv';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['jsonl', 'csv'];

interface People {
  /** user id → email */
  users: Map<string, string>;
  /** team id → name */
  teams: Map<string, string>;
  /** tag id → name */
  tags: Map<string, string>;
  /** custom property id → name */
  properties: Map<string, string>;
}

/**
 * The whole catalog of a workspace as text chunks (a line or a few), read page by page so the caller can stream
 * it: JSONL holds every record an import needs (export-records.ts); CSV is one row per resource, for spreadsheets.
 */
export async function* exportCatalog(
  db: Kysely<Database>,
  workspaceId: string,
  format: ExportFormat,
): AsyncGenerator<string> {
  const users = await listTransferUsers(db, workspaceId);
  const teams = await listTransferTeams(db, workspaceId);
  const tags = await listTransferTags(db, workspaceId);
  const properties = await listTransferCustomProperties(db, workspaceId);
  const people: People = {
    users: new Map(users.map((u) => [u.id, u.email])),
    teams: new Map(teams.map((t) => [t.id, t.name])),
    tags: new Map(tags.map((t) => [t.id, t.name])),
    properties: new Map(properties.map((p) => [p.id, p.name])),
  };
  if (format === 'csv') {
    yield* exportCsv(db, workspaceId, people);
    return;
  }
  const line = (record: Record<string, unknown>) => `${JSON.stringify(record)}\n`;
  yield line({
    record: 'header',
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exported_at: new Date().toISOString(),
  });
  for (const { id: _id, ...user } of users) yield line({ record: 'user', ...user });
  for (const team of teams) yield line({ record: 'team', ...withoutLocal(team) });
  for (const tag of tags) yield line({ record: 'tag', ...withoutLocal(tag) });
  for (const property of properties) yield line({ record: 'custom_property', ...withoutLocal(property) });
  for (const integration of await listTransferIntegrations(db, workspaceId)) {
    const row: Record<string, unknown> = withoutLocal(integration);
    for (const column of INTEGRATION_JSON_COLUMNS) row[column] = parseJsonText(row[column]);
    row.teams = mapList(row.teams, people.teams);
    row.created_by = mapCreator(row.created_by, people);
    yield line({ record: 'integration', ...row });
  }
  for await (const page of resourcePages(db, workspaceId, people)) {
    yield page.map((resource) => line({ record: 'resource', ...resource })).join('');
  }
  let after: string | null = null;
  for (;;) {
    const edges = await pageTransferLineage(db, workspaceId, after);
    if (edges.length === 0) break;
    after = edges.at(-1)!.id;
    yield edges
      .map((edge) =>
        line({ record: 'lineage', ...withoutLocal(edge), created_by: mapCreator(edge.created_by, people) }),
      )
      .join('');
  }
  yield* exportHistory(db, workspaceId, people.users);
}

/** Pages of resources as export records: JSON columns parsed, people named, tags and custom values attached. */
async function* resourcePages(
  db: Kysely<Database>,
  workspaceId: string,
  people: People,
): AsyncGenerator<Record<string, unknown>[]> {
  let after: string | null = null;
  for (;;) {
    const rows: TransferResourceRow[] = await pageTransferResources(db, workspaceId, after);
    if (rows.length === 0) return;
    after = rows.at(-1)!.id;
    const links = await findTransferResourceLinks(
      db,
      rows.map((r) => r.id),
    );
    const tagsOf = new Map<string, string[]>();
    for (const link of links.tags) {
      const list = tagsOf.get(link.resource_id) ?? [];
      list.push(people.tags.get(link.tag_id) ?? link.tag_id);
      tagsOf.set(link.resource_id, list);
    }
    const valuesOf = new Map<string, Record<string, unknown>>();
    for (const value of links.values) {
      const values = valuesOf.get(value.resource_id) ?? {};
      values[people.properties.get(value.property_id) ?? value.property_id] = parseJsonText(value.value);
      valuesOf.set(value.resource_id, values);
    }
    yield rows.map((row) => {
      const record: Record<string, unknown> = withoutLocal(row);
      for (const column of RESOURCE_JSON_COLUMNS) record[column] = parseJsonText(record[column]);
      record.owners = mapList(record.owners, people.users);
      record.teams = mapList(record.teams, people.teams);
      record.source_values = mapPeopleInValues(record.source_values, people.users, people.teams);
      record.user_values = mapPeopleInValues(record.user_values, people.users, people.teams);
      record.tags = (tagsOf.get(row.id) ?? []).sort();
      record.custom_properties = valuesOf.get(row.id) ?? {};
      return record;
    });
  }
}

/** The columns of a CSV export, in order; `custom:<property name>` columns follow. */
export const CSV_EXPORT_COLUMNS = [
  'id',
  'entity_type',
  'title',
  'title_full',
  'description',
  'integration_id',
  'parent_id',
  'owners',
  'teams',
  'tags',
  'pii',
  'verified',
  'published',
  'stale',
  'archived',
  'url',
  'updated_at',
] as const;

async function* exportCsv(db: Kysely<Database>, workspaceId: string, people: People): AsyncGenerator<string> {
  const propertyNames = [...new Set(people.properties.values())].sort();
  yield stringify([[...CSV_EXPORT_COLUMNS, ...propertyNames.map((name) => `custom:${name}`)]]);
  for await (const page of resourcePages(db, workspaceId, people)) {
    yield stringify(
      page.map((resource) => {
        const values = resource.custom_properties as Record<string, unknown>;
        return [
          ...CSV_EXPORT_COLUMNS.map((column) => csvCell(resource[column])),
          ...propertyNames.map((name) => csvCell(values[name])),
        ];
      }),
    );
  }
}

/** Lists become `a; b`, objects JSON, missing values empty. */
function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function mapCreator(id: unknown, people: People): unknown {
  return typeof id === 'string' ? (people.users.get(id) ?? null) : id;
}

function withoutLocal<T extends object>(row: T): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const column of LOCAL_COLUMNS) delete copy[column];
  return copy;
}
