import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { selectSql } from '../sync/raw-sql.js';

/**
 * The downstream walk as one recursive CTE over raw edges (no roll-up of columns, no stale filter): kept as the
 * baseline `bench/lineage-graph` compares the level-by-level walk with. `union` (not `union all`) drops repeated
 * (node, depth) pairs, and the depth bound ends cycles.
 */
export async function walkDownstreamWithCte(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { rootId: string; depth: number },
): Promise<Array<{ id: string; distance: number }>> {
  return selectSql(
    db,
    flags,
    `with recursive walk(id, depth) as (
       select cast(? as text), 0
       union
       select l.to_resource_id, w.depth + 1 from walk w join lineage l on l.from_resource_id = w.id
       where w.depth < ?)
     select id, min(depth) as distance from walk group by id`,
    [options.rootId, options.depth],
  );
}
