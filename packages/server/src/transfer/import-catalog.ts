import type { Kysely } from 'kysely';
import { isRole } from '../auth/roles.js';
import { ConflictError, InputError } from '../errors/index.js';
import { nowIso } from '../lib/time.js';
import { createUser, findDefaultTeam } from '../store/accounts/index.js';
import { refreshEntityIds } from '../store/catalog/index.js';
import type { Store } from '../store/database.js';
import { beginBulkGraphWrites, endBulkGraphWrites } from '../store/lineage/bulk-graph-writes.js';
import type { Database } from '../store/schema.js';
import { rebuildSearchIndex } from '../store/search/refresh-search-index.js';
import {
  adoptDefaultTeam,
  countWorkspaceResources,
  insertTransferRows,
  listTransferCustomProperties,
  listTransferTags,
  listTransferTeams,
  listTransferUsers,
  TRANSFER_PAGE_SIZE,
} from '../store/transfer/catalog-transfer-rows.js';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  INTEGRATION_JSON_COLUMNS,
  mapList,
  mapPeopleInValues,
  RECORD_ORDER,
  RESOURCE_JSON_COLUMNS,
  type RecordKind,
} from './export-records.js';
import { HistoryWriter, isHistoryKind } from './import-history.js';

export interface CatalogImportCounts {
  users_created: number;
  teams: number;
  tags: number;
  custom_properties: number;
  integrations: number;
  resources: number;
  lineage: number;
  /** Collections, syncs, API keys and audit entries. */
  history: number;
}

/** Where the lines come from, for error messages (`export.jsonl:12: ...`). */
export interface CatalogImportSource {
  name: string;
  lines: AsyncIterable<string>;
  /**
   * Where line N came from, when the lines are records converted from another file (a CSV export): the error
   * then names that file's line. Default: `name:N`.
   */
  locate?: (line: number) => { file: string; line: number };
}

interface Names {
  /** email → user id in this catalog */
  users: Map<string, string>;
  /** team name → id */
  teams: Map<string, string>;
  tags: Map<string, string>;
  properties: Map<string, string>;
}

/**
 * Imports a catalog export (export-catalog.ts, JSONL) into a workspace with no resources, in one transaction: a
 * bad line stops the import with its line number and leaves the catalog as it was. Users are matched by email
 * (created without a password when absent), teams, tags and custom properties by name; everything else keeps the
 * id it had, and the search index is rebuilt.
 */
export async function importCatalog(
  store: Store,
  workspaceId: string,
  source: CatalogImportSource,
): Promise<CatalogImportCounts> {
  const existing = await countWorkspaceResources(store.db, workspaceId);
  if (existing > 0) {
    throw new ConflictError(
      'conflict',
      `the catalog already holds ${existing} resources: import an export into an empty catalog (a new --database)`,
    );
  }
  return store.db.transaction().execute(async (trx) => {
    await beginBulkGraphWrites(trx, store.flags, workspaceId);
    const counts = await importLines(trx, store, workspaceId, source);
    await endBulkGraphWrites(trx, store.flags, { workspaceId, changed: true });
    await rebuildSearchIndex(trx, store.flags, { workspaceId });
    // Entities as the imported tables give them (an export from before entity_id carries none).
    await refreshEntityIds(trx, store.flags, { workspaceId, changed: { kind: 'all' } });
    return counts;
  });
}

async function importLines(
  db: Kysely<Database>,
  store: Store,
  workspaceId: string,
  source: CatalogImportSource,
): Promise<CatalogImportCounts> {
  const names = await currentNames(db, workspaceId);
  const counts: CatalogImportCounts = {
    users_created: 0,
    teams: 0,
    tags: 0,
    custom_properties: 0,
    integrations: 0,
    resources: 0,
    lineage: 0,
    history: 0,
  };
  const pending = { resources: [] as Record<string, unknown>[], links: new Links(), lineage: [] as object[] };
  const flush = async () => {
    await insertTransferRows(db, store.flags, 'resources', pending.resources);
    await insertTransferRows(db, store.flags, 'resource_tags', pending.links.tags);
    await insertTransferRows(db, store.flags, 'custom_property_values', pending.links.values);
    await insertTransferRows(db, store.flags, 'lineage', pending.lineage as Record<string, unknown>[]);
    pending.resources = [];
    pending.links = new Links();
    pending.lineage = [];
  };
  const history = new HistoryWriter(db, store.flags, workspaceId);
  let lineNumber = 0;
  let last = -1;
  for await (const text of source.lines) {
    lineNumber += 1;
    if (text.trim() === '') continue;
    const fail = (message: string, field?: string): never => {
      const where = source.locate?.(lineNumber) ?? { file: source.name, line: lineNumber };
      throw new InputError('validation_failed', `${where.file}:${where.line}: ${message}`, {
        file: where.file,
        line: where.line,
        ...(field ? { field } : {}),
      });
    };
    const record = parseRecord(text, fail);
    const kind = record.record as RecordKind;
    const order = RECORD_ORDER.indexOf(kind);
    if (order < 0)
      fail(
        `unknown record "${String(record.record)}" (expected one of ${RECORD_ORDER.join(', ')})`,
        'record',
      );
    if (last < 0 && kind !== 'header')
      fail('not a Sextant catalog export: the first line must be its header');
    if (order < last)
      fail(`a ${kind} record after ${RECORD_ORDER[last]} records: records must keep the export's order`);
    if (kind === 'header' && last >= 0) fail('a second header');
    last = order;
    const { record: _kind, ...row } = record;
    if (isHistoryKind(kind)) {
      // Collections list resources and syncs name integrations: everything before them is written first.
      if (pending.resources.length > 0 || pending.lineage.length > 0) await flush();
      await history.add(kind, row, names.users, fail);
      counts.history += 1;
      continue;
    }
    switch (kind) {
      case 'header':
        if (row.format !== EXPORT_FORMAT || row.version !== EXPORT_VERSION)
          fail(`not a version ${EXPORT_VERSION} ${EXPORT_FORMAT} header`, 'format');
        break;
      case 'user': {
        const email = requireText(row, 'email', fail).trim().toLowerCase();
        if (names.users.has(email)) break;
        const role = isRole(row.role)
          ? row.role
          : fail('role must be admin, editor, viewer or guest', 'role');
        const user = await createUser(db, { workspaceId, email, name: String(row.name ?? ''), role });
        names.users.set(email, user.id);
        counts.users_created += 1;
        break;
      }
      case 'team':
      case 'tag':
      case 'custom_property': {
        const name = requireText(row, 'name', fail);
        const map = kind === 'team' ? names.teams : kind === 'tag' ? names.tags : names.properties;
        if (kind === 'team' && row.is_default_team === 1) {
          // Every workspace has a default team from its first start; the export's replaces it, ids and all.
          const own = await findDefaultTeam(db, workspaceId);
          const id = requireText(row, 'id', fail);
          if (own && own.id !== id) {
            await adoptDefaultTeam(db, store.flags, {
              ownId: own.id,
              exported: { ...row, id, workspace_id: workspaceId },
            });
            for (const [key, value] of map) if (value === own.id) map.delete(key);
            map.set(name, id);
            counts.teams += 1;
            break;
          }
        }
        if (map.has(name)) break;
        const id = requireText(row, 'id', fail);
        const table = kind === 'team' ? 'teams' : kind === 'tag' ? 'tags' : 'custom_properties';
        await insertTransferRows(db, store.flags, table, [{ ...row, id, workspace_id: workspaceId }]);
        map.set(name, id);
        counts[kind === 'team' ? 'teams' : kind === 'tag' ? 'tags' : 'custom_properties'] += 1;
        break;
      }
      case 'integration': {
        requireText(row, 'id', fail);
        requireText(row, 'type', fail);
        const integration: Record<string, unknown> = { ...row, workspace_id: workspaceId };
        integration.teams = mapList(integration.teams, names.teams);
        integration.created_by = userId(integration.created_by, names);
        for (const column of INTEGRATION_JSON_COLUMNS)
          integration[column] = JSON.stringify(integration[column] ?? (column === 'teams' ? [] : {}));
        await insertTransferRows(db, store.flags, 'integrations', [integration]);
        counts.integrations += 1;
        break;
      }
      case 'resource': {
        const resource = resourceRow(row, workspaceId, names, fail);
        pending.links.add(resource.id as string, row, names, fail);
        pending.resources.push(resource);
        counts.resources += 1;
        if (pending.resources.length >= TRANSFER_PAGE_SIZE) await flush();
        break;
      }
      case 'lineage': {
        if (pending.resources.length > 0) await flush();
        requireText(row, 'id', fail);
        requireText(row, 'from_resource_id', fail);
        requireText(row, 'to_resource_id', fail);
        pending.lineage.push({
          ...row,
          workspace_id: workspaceId,
          sync_id: null,
          created_by: userId(row.created_by, names),
        });
        counts.lineage += 1;
        if (pending.lineage.length >= TRANSFER_PAGE_SIZE) await flush();
        break;
      }
    }
  }
  if (last < 0) throw new InputError('validation_failed', `${source.name}: empty file, not a catalog export`);
  await flush();
  await history.flush();
  return counts;
}

class Links {
  tags: { resource_id: string; tag_id: string }[] = [];
  values: { resource_id: string; property_id: string; value: string; updated_at: string }[] = [];

  add(resourceId: string, row: Record<string, unknown>, names: Names, fail: Fail): void {
    const tags = row.tags ?? [];
    if (!Array.isArray(tags)) fail('tags must be a list of tag names', 'tags');
    for (const name of tags as unknown[]) {
      const tagId = names.tags.get(String(name));
      if (!tagId) fail(`tag "${String(name)}" has no tag record before it`, 'tags');
      this.tags.push({ resource_id: resourceId, tag_id: tagId! });
    }
    const values = row.custom_properties ?? {};
    if (typeof values !== 'object' || values === null || Array.isArray(values))
      fail('custom_properties must be an object of property name to value', 'custom_properties');
    for (const [name, value] of Object.entries(values as Record<string, unknown>)) {
      const propertyId = names.properties.get(name);
      if (!propertyId)
        fail(`custom property "${name}" has no custom_property record before it`, 'custom_properties');
      this.values.push({
        resource_id: resourceId,
        property_id: propertyId!,
        value: JSON.stringify(value),
        updated_at: typeof row.updated_at === 'string' ? row.updated_at : nowIso(),
      });
    }
  }
}

type Fail = (message: string, field?: string) => never;

function resourceRow(
  row: Record<string, unknown>,
  workspaceId: string,
  names: Names,
  fail: Fail,
): Record<string, unknown> {
  const { tags: _tags, custom_properties: _values, ...columns } = row;
  requireText(columns, 'id', fail);
  requireText(columns, 'entity_type', fail);
  const title = typeof columns.title === 'string' ? columns.title : fail('title must be text', 'title');
  const resource: Record<string, unknown> = {
    ...columns,
    workspace_id: workspaceId,
    last_sync_id: null,
    title_lower: title.toLowerCase(),
  };
  resource.owners = mapList(resource.owners ?? [], names.users);
  resource.teams = mapList(resource.teams ?? [], names.teams);
  resource.source_values = mapPeopleInValues(resource.source_values ?? {}, names.users, names.teams);
  resource.user_values = mapPeopleInValues(resource.user_values ?? {}, names.users, names.teams);
  for (const column of RESOURCE_JSON_COLUMNS) {
    const value = resource[column] ?? (column === 'owners' || column === 'teams' ? [] : {});
    resource[column] = JSON.stringify(value);
  }
  return resource;
}

function parseRecord(text: string, fail: Fail): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    fail(`not JSON (${(error as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    fail('a record must be a JSON object');
  return value as Record<string, unknown>;
}

function requireText(row: Record<string, unknown>, field: string, fail: Fail): string {
  const value = row[field];
  if (typeof value !== 'string' || value === '') fail(`${field} must be non-empty text`, field);
  return value as string;
}

function userId(email: unknown, names: Names): string | null {
  return typeof email === 'string' ? (names.users.get(email.toLowerCase()) ?? null) : null;
}

async function currentNames(db: Kysely<Database>, workspaceId: string): Promise<Names> {
  return {
    users: new Map((await listTransferUsers(db, workspaceId)).map((u) => [u.email, u.id])),
    teams: new Map((await listTransferTeams(db, workspaceId)).map((t) => [t.name, t.id])),
    tags: new Map((await listTransferTags(db, workspaceId)).map((t) => [t.name, t.id])),
    properties: new Map((await listTransferCustomProperties(db, workspaceId)).map((p) => [p.name, p.id])),
  };
}
