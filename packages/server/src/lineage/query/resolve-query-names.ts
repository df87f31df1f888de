import { formatTableName, type TableName } from '@sextant/sql-lineage';
import type { Store } from '../../store/database.js';
import {
  findGraphResources,
  type GraphResourceRow,
  resolveNamesInStage,
} from '../../store/lineage-graph/index.js';
import { stageReferences } from '../staged-reference.js';

/** A name of the query that matched no live resource, or several. Never guessed. */
export interface UnresolvedName {
  kind: 'table' | 'column';
  name: string;
  reason: 'not_found' | 'ambiguous';
  matches: number;
}

/** Tables of the query resolved against the catalog, keyed by the name as the SQL lineage engine writes it. */
export interface ResolvedTables {
  byName: Map<string, GraphResourceRow>;
  unresolved: UnresolvedName[];
}

/**
 * Resolves the query's table names with the sync engine's resolver (case-insensitive, missing parts match any,
 * several matches = ambiguous; a table of an integration of another known dialect is none, and in a
 * case-sensitive dialect the name matches as the query's dialect writes it) and loads the resolved tables' rows.
 */
export async function resolveQueryTables(
  store: Pick<Store, 'db' | 'flags'>,
  options: {
    workspaceId: string;
    tables: readonly TableName[];
    /** The query's dialect: names match with its case rules, never another known dialect's tables. */
    dialect?: string | undefined;
  },
): Promise<ResolvedTables> {
  const names = [...new Map(options.tables.map((t) => [formatTableName(t), t])).entries()];
  const references = names.flatMap(([, table]) =>
    stageReferences({
      type: 'external_table',
      table: table.name,
      ...(table.schema !== undefined && { schema: table.schema }),
      ...(table.database !== undefined && { database: table.database }),
    }),
  );
  const resolutions = await resolveNamesInStage(store.db, store.flags, {
    workspaceId: options.workspaceId,
    references,
    dialect: options.dialect,
  });
  const ids = resolutions.map((r) => r.id).filter((id): id is string => id !== null);
  const rows = new Map(
    (await findGraphResources(store.db, store.flags, { workspaceId: options.workspaceId, ids })).map((r) => [
      r.id,
      r,
    ]),
  );
  const byName = new Map<string, GraphResourceRow>();
  const unresolved: UnresolvedName[] = [];
  names.forEach(([name], i) => {
    const resolution = resolutions[i]!;
    const row = resolution.id === null ? undefined : rows.get(resolution.id);
    if (row) byName.set(name, row);
    else unresolved.push({ kind: 'table', name, ...reasonOf(resolution.matches) });
  });
  return { byName, unresolved };
}

/** Live columns of the given tables, by table id, each table's columns by lower-cased title. */
export async function loadTableColumns(
  store: Pick<Store, 'db' | 'flags'>,
  options: { workspaceId: string; tableIds: readonly string[] },
): Promise<Map<string, Map<string, GraphResourceRow[]>>> {
  const rows = await findGraphResources(store.db, store.flags, {
    workspaceId: options.workspaceId,
    ids: [...new Set(options.tableIds)],
    by: 'parent',
  });
  const byTable = new Map<string, Map<string, GraphResourceRow[]>>();
  for (const row of rows) {
    const columns = byTable.get(row.parent_id!) ?? new Map<string, GraphResourceRow[]>();
    const key = row.title.toLowerCase();
    columns.set(key, [...(columns.get(key) ?? []), row]);
    byTable.set(row.parent_id!, columns);
  }
  return byTable;
}

export function reasonOf(matches: number): Pick<UnresolvedName, 'reason' | 'matches'> {
  return { reason: matches > 1 ? 'ambiguous' : 'not_found', matches };
}
