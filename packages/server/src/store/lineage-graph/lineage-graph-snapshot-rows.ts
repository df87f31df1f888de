import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';

/** The workspace's lineage version (bumped by the 0006 triggers on every relevant change); 0 before any edge. */
export async function findLineageGraphVersion(
  db: Kysely<Database>,
  options: { workspaceId: string },
): Promise<number> {
  const row = await sql<{ version: number | string }>`
    select version from lineage_graph_versions where workspace_id = ${options.workspaceId}`.execute(db);
  return Number(row.rows[0]?.version ?? 0);
}

/** One live edge with the table-level node of each end (the end itself, or the table above a column). */
export interface IndexedEdgeRow {
  id: string;
  from_id: string;
  to_id: string;
  from_owner: string;
  to_owner: string;
  kind: string | null;
  is_manual: number;
}

// The node a resource rolls up to: itself, its parent (a column's table), or for a nested column its grandparent.
const owner = (r: string, p: string) =>
  `case when ${r}.entity_type <> 'column' or ${r}.parent_id is null then ${r}.id
        when ${p}.entity_type = 'column' then coalesce(${p}.parent_id, ${r}.parent_id) else ${r}.parent_id end`;

/**
 * A page of the workspace's edges whose ends are both live, in id order after `afterId` (keyset paging keeps
 * each page an index range scan and the memory of one page bounded).
 */
export async function listIndexedEdgePage(
  db: Kysely<Database>,
  options: { workspaceId: string; afterId: string; limit: number },
): Promise<IndexedEdgeRow[]> {
  const rows = await sql<IndexedEdgeRow>`
    select l.id, l.from_resource_id as from_id, l.to_resource_id as to_id, l.kind, l.is_manual,
           ${sql.raw(owner('f', 'fp'))} as from_owner, ${sql.raw(owner('t', 'tp'))} as to_owner
    from lineage l
    join resources f on f.id = l.from_resource_id
    join resources t on t.id = l.to_resource_id
    left join resources fp on fp.id = f.parent_id
    left join resources tp on tp.id = t.parent_id
    where l.workspace_id = ${options.workspaceId} and l.id > ${options.afterId} and f.stale = 0 and t.stale = 0
    order by l.id
    limit ${options.limit}`.execute(db);
  return rows.rows;
}
