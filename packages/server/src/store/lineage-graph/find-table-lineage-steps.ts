import { type Kysely, sql } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { chunksOf } from '../sync/raw-sql.js';
import type { LineageStep, WalkDirection } from './find-lineage-steps.js';
import { idChunkSize, idInList } from './id-in-list.js';

/** A step of a table-level walk: `near_owner_id` is the node (given id) whose member the edge leaves from. */
export interface TableLineageStep extends LineageStep {
  near_owner_id: string;
}

/**
 * Every live edge leaving (downstream) or entering (upstream) the given nodes or their live columns (and nested
 * columns, two levels down, as `findLiveColumns` descends), in ONE statement per chunk: the members come from a
 * CTE instead of queries of their own. On PostgreSQL every statement of a graph request is a round trip
 * that waits for the pool and the event loop; under write load those waits, not the queries, made the
 * level-by-level walk slow (issue #16), so a level costs one statement, not three.
 *
 *   members:     node ──(column)──> column ──(column)──> nested column     (owner = node)
 *   downstream:  member = from_resource_id ──> far = to_resource_id
 */
export async function findTableLineageSteps(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { workspaceId: string; ids: readonly string[]; direction: WalkDirection },
): Promise<TableLineageStep[]> {
  const downstream = options.direction === 'downstream';
  const near = sql.ref(downstream ? 'l.from_resource_id' : 'l.to_resource_id');
  const far = sql.ref(downstream ? 'l.to_resource_id' : 'l.from_resource_id');
  const steps: TableLineageStep[] = [];
  // The list appears three times in the statement: a third of SQLite's parameter budget each (PostgreSQL: one array).
  const size = flags.backend === 'postgres' ? idChunkSize(flags) : Math.floor(idChunkSize(flags) / 3);
  for (const chunk of chunksOf(options.ids, size)) {
    const given = idInList(flags, 'n.id', chunk);
    const children = idInList(flags, 'c.parent_id', chunk);
    const nested = idInList(flags, 'c2.parent_id', chunk);
    // Each branch is driven by an index on a given id list (the nested one through the ids of the first level's
    // columns), never by a join whose size the planner must guess: right after a big sync PostgreSQL has no
    // statistics yet, and a recursive CTE was then planned as a scan of every column (0.4 s instead of 1 ms).
    const grandchildParents =
      flags.backend === 'postgres'
        ? sql`g.parent_id = any(array(select c2.id from resources c2 where ${nested} and c2.entity_type = 'column' and c2.stale = 0))`
        : sql`g.parent_id in (select c2.id from resources c2 where ${nested} and c2.entity_type = 'column' and c2.stale = 0)`;
    const { rows } = await sql<TableLineageStep>`
      with members as (
        select n.id, n.id as owner_id from resources n where ${given}
        union all
        select c.id, c.parent_id from resources c where ${children} and c.entity_type = 'column' and c.stale = 0
        union all
        select g.id, c.parent_id from resources g join resources c on c.id = g.parent_id
        where ${grandchildParents} and g.entity_type = 'column' and g.stale = 0
      )
      select l.id as edge_id, ${near} as near_id, m.owner_id as near_owner_id, ${far} as far_id, l.kind, l.is_manual,
             r.entity_type as far_entity_type, r.parent_id as far_parent_id,
             p.entity_type as far_parent_entity_type, p.parent_id as far_parent_parent_id
      from members m
      join lineage l on ${near} = m.id
      join resources r on r.id = ${far}
      left join resources p on p.id = r.parent_id
      where l.workspace_id = ${options.workspaceId} and r.stale = 0`.execute(db);
    steps.push(...rows);
  }
  return steps;
}
