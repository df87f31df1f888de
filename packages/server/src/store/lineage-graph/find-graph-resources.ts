import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { chunksOf } from '../sync/raw-sql.js';
import { idChunkSize, idInList } from './id-in-list.js';

/** What the lineage graph shows of a resource. */
export interface GraphResourceRow {
  id: string;
  title: string;
  title_full: string;
  entity_type: string;
  native_type: string | null;
  parent_id: string | null;
  stale: number;
  schema_name: string | null;
  database_name: string | null;
  type: string | null;
  integration_id: string | null;
  integration_title: string | null;
  integration_type: string | null;
  created_at: string;
  updated_at: string;
}

/**
 * The given resources of one workspace (others are silently absent), with their integration's name and type;
 * or, with `by: 'parent'`, the live columns whose parent is among the ids.
 */
export async function findGraphResources(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { workspaceId: string; ids: readonly string[]; by?: 'id' | 'parent' },
): Promise<GraphResourceRow[]> {
  const found: GraphResourceRow[] = [];
  for (const chunk of chunksOf(options.ids, idChunkSize(flags))) {
    let query = db
      .selectFrom('resources as r')
      .leftJoin('integrations as i', 'i.id', 'r.integration_id')
      .select([
        'r.id',
        'r.title',
        'r.title_full',
        'r.entity_type',
        'r.native_type',
        'r.parent_id',
        'r.stale',
        'r.schema_name',
        'r.database_name',
        'r.type',
        'r.integration_id',
        'i.name as integration_title',
        'i.type as integration_type',
        'r.created_at',
        'r.updated_at',
      ])
      .where('r.workspace_id', '=', options.workspaceId);
    query =
      options.by === 'parent'
        ? query
            .where('r.parent_id', 'in', chunk)
            .where('r.entity_type', '=', 'column')
            .where('r.stale', '=', 0)
        : query.where('r.id', 'in', chunk);
    found.push(...(await query.execute()));
  }
  return found;
}

/**
 * The live columns of the given resources, nested columns included (two levels: a column's own sub-columns are
 * as deep as the catalog's integrations declare them). `owner_id` is the resource asked about.
 */
export async function findLiveColumns(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { ids: readonly string[] },
): Promise<Array<{ id: string; owner_id: string }>> {
  const found: Array<{ id: string; owner_id: string }> = [];
  let parents = options.ids.map((id) => ({ id, owner_id: id }));
  for (let level = 0; level < 2 && parents.length > 0; level++) {
    const ownerOf = new Map(parents.map((p) => [p.id, p.owner_id]));
    const next: Array<{ id: string; owner_id: string }> = [];
    for (const chunk of chunksOf([...ownerOf.keys()], idChunkSize(flags))) {
      const rows = await db
        .selectFrom('resources')
        .select(['id', 'parent_id'])
        .where(idInList(flags, 'parent_id', chunk))
        .where('entity_type', '=', 'column')
        .where('stale', '=', 0)
        .execute();
      for (const row of rows) next.push({ id: row.id, owner_id: ownerOf.get(row.parent_id!)! });
    }
    found.push(...next);
    // Only columns can hold nested columns; tables without columns end the descent at once.
    parents = level === 0 ? next : [];
    if (next.length === 0) break;
  }
  return found;
}
