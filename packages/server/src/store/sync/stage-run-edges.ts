import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { executeSql, insertRows } from './raw-sql.js';
import { STAGE_EDGE_STREAM, STAGE_EDGES } from './staging-tables.js';

/** An edge whose two ends the run already resolved (most internal lineage): kept narrow, three columns. */
export interface StagedEdge {
  from_id: string;
  to_id: string;
  /** Null where the backend makes ids as the edges are inserted (DialectFlags.newIdSql). */
  edge_id: string | null;
}

const COLUMNS = ['from_id', 'to_id', 'edge_id'] as const;

/**
 * Adds resolved edges to the run's edge set; a pair declared twice is kept once. Where the backend copies bulk rows
 * they stream into {@link STAGE_EDGE_STREAM} first, and {@link settleRunEdges} makes them the edge set.
 */
export async function stageRunEdges(
  db: Kysely<Database>,
  flags: DialectFlags,
  edges: StagedEdge[],
): Promise<void> {
  const rows = edges.map((edge) => [edge.from_id, edge.to_id, edge.edge_id]);
  if (flags.copiesBulkRows) {
    await insertRows(db, flags, { table: STAGE_EDGE_STREAM, columns: COLUMNS, rows });
    return;
  }
  await insertRows(db, flags, {
    table: STAGE_EDGES,
    columns: COLUMNS,
    rows,
    conflictClause: 'on conflict (from_id, to_id) do nothing',
  });
}

/**
 * Moves streamed edges into the run's edge set, each pair once and in key order (the lineage table's pair indexes
 * take them fastest that way). Call it once every record is staged, before other edges join the set.
 */
export async function settleRunEdges(db: Kysely<Database>, flags: DialectFlags): Promise<void> {
  if (!flags.copiesBulkRows) return;
  await executeSql(
    db,
    flags,
    `insert into ${STAGE_EDGES} (from_id, to_id, edge_id)
     select from_id, to_id, min(edge_id) from ${STAGE_EDGE_STREAM} group by from_id, to_id order by from_id, to_id
     on conflict (from_id, to_id) do nothing`,
  );
  await executeSql(db, flags, `truncate ${STAGE_EDGE_STREAM}`);
}
