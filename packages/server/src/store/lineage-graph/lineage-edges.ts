import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database, LineageTable } from '../schema.js';
import { chunksOf } from '../sync/raw-sql.js';

export type LineageRow = Selectable<LineageTable>;

/** One edge of the workspace by id, or `undefined`. */
export async function findLineageEdge(
  db: Kysely<Database>,
  options: { workspaceId: string; id: string },
): Promise<LineageRow | undefined> {
  return db
    .selectFrom('lineage')
    .selectAll()
    .where('id', '=', options.id)
    .where('workspace_id', '=', options.workspaceId)
    .executeTakeFirst();
}

/** Filters of the edge list: an edge matches when its ends are among the given ids (either list may be absent). */
export interface LineageEdgeFilter {
  fromIds?: readonly string[] | undefined;
  toIds?: readonly string[] | undefined;
}

/**
 * A page of edges of the workspace, oldest first. With filters, an edge matches in its stored orientation
 * (from ∈ fromIds, to ∈ toIds) or mirrored (to ∈ fromIds, from ∈ toIds): the API shows each edge from both ends.
 */
export async function listLineageEdges(
  db: Kysely<Database>,
  options: { workspaceId: string; filter: LineageEdgeFilter; limit: number; offset: number },
): Promise<{ rows: LineageRow[]; count: number }> {
  const { fromIds, toIds } = options.filter;
  const base = db
    .selectFrom('lineage')
    .where('workspace_id', '=', options.workspaceId)
    .where((eb) => {
      const side = (a: 'from_resource_id' | 'to_resource_id', b: 'from_resource_id' | 'to_resource_id') =>
        eb.and([...(fromIds ? [eb(a, 'in', fromIds)] : []), ...(toIds ? [eb(b, 'in', toIds)] : [])]);
      if (!fromIds && !toIds) return eb.and([]);
      return eb.or([side('from_resource_id', 'to_resource_id'), side('to_resource_id', 'from_resource_id')]);
    });
  const counted = await base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirst();
  const rows = await base
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  return { rows, count: Number(counted?.count ?? 0) };
}

/** The manual edge between two resources in data-flow order, if there is one. */
export async function findManualEdge(
  db: Kysely<Database>,
  options: { workspaceId: string; fromId: string; toId: string },
): Promise<LineageRow | undefined> {
  return db
    .selectFrom('lineage')
    .selectAll()
    .where('workspace_id', '=', options.workspaceId)
    .where('from_resource_id', '=', options.fromId)
    .where('to_resource_id', '=', options.toId)
    .where('is_manual', '=', 1)
    .executeTakeFirst();
}

/** Inserts edges (multi-row, chunked under the parameter limit). */
export async function insertLineageEdges(
  db: Kysely<Database>,
  flags: DialectFlags,
  rows: readonly Insertable<LineageTable>[],
): Promise<void> {
  for (const chunk of chunksOf(rows, Math.floor(flags.maxParameters / 13))) {
    if (chunk.length > 0) await db.insertInto('lineage').values(chunk).execute();
  }
}

export async function deleteLineageEdge(db: Kysely<Database>, options: { id: string }): Promise<void> {
  await db.deleteFrom('lineage').where('id', '=', options.id).execute();
}

/**
 * Edges made from SQL queries: not manual and owned by no integration, so no sync ever replaces them
 * (replaceIntegrationLineage only touches its own integration's rows). This pair of values is the marker.
 */
export const QUERY_EDGE = { is_manual: 0, integration_id: null } as const;

/** The existing query-made edges among the given pairs, as `from|to` keys (to skip duplicates on insert). */
export async function findQueryEdgeKeys(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { workspaceId: string; toIds: readonly string[] },
): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const chunk of chunksOf(options.toIds, flags.maxParameters - 10)) {
    const rows = await db
      .selectFrom('lineage')
      .select(['from_resource_id', 'to_resource_id'])
      .where('workspace_id', '=', options.workspaceId)
      .where('to_resource_id', 'in', chunk)
      .where('is_manual', '=', 0)
      .where('integration_id', 'is', null)
      .execute();
    for (const row of rows) keys.add(`${row.from_resource_id}|${row.to_resource_id}`);
  }
  return keys;
}

/**
 * Deletes every non-manual edge that flows into the given resources (a table and its columns): integration edges
 * and query-made ones alike. Manual edges stay. Returns how many were deleted.
 */
export async function deleteNonManualUpstreamEdges(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { workspaceId: string; toIds: readonly string[] },
): Promise<number> {
  let deleted = 0;
  for (const chunk of chunksOf(options.toIds, flags.maxParameters - 10)) {
    const result = await db
      .deleteFrom('lineage')
      .where('workspace_id', '=', options.workspaceId)
      .where('to_resource_id', 'in', chunk)
      .where('is_manual', '=', 0)
      .executeTakeFirst();
    deleted += Number(result.numDeletedRows ?? 0n);
  }
  return deleted;
}
