import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { insertRows } from './raw-sql.js';
import { STAGE_EDGES } from './staging-tables.js';

/** An edge whose two ends the run already resolved (most internal lineage): kept narrow, three columns. */
export interface StagedEdge {
  from_id: string;
  to_id: string;
  /** Null where the backend makes ids as the edges are inserted (DialectFlags.newIdSql). */
  edge_id: string | null;
}

const COLUMNS = ['from_id', 'to_id', 'edge_id'] as const;

/** Adds resolved edges to the run's edge set; a pair declared twice is kept once. */
export async function stageRunEdges(
  db: Kysely<Database>,
  flags: DialectFlags,
  edges: StagedEdge[],
): Promise<void> {
  await insertRows(db, flags, {
    table: STAGE_EDGES,
    columns: COLUMNS,
    rows: edges.map((edge) => [edge.from_id, edge.to_id, edge.edge_id]),
    conflictClause: 'on conflict (from_id, to_id) do nothing',
  });
}
