import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { selectSql } from '../sync/raw-sql.js';

/** Both ends are known resources: the pair becomes an edge. */
export const RESOLVED = `(from_id is not null and to_id is not null)`;
/** An internal end the run never declared: reported, not stored. */
export const REJECTED = `(not ${RESOLVED} and ((from_kind = 'internal' and from_id is null)
  or (to_kind = 'internal' and to_id is null)))`;
/** A name several assets matched equally well: the edge goes to the most specific, and a warning says so. */
export const AMBIGUOUS = `(coalesce(from_matches, 0) > 1 or coalesce(to_matches, 0) > 1)`;
/** Everything else waits for a matching asset (an external name that matches nothing yet). */
export const PENDING = `(not ${RESOLVED} and not ${REJECTED})`;

export interface LineageOutcomeCounts {
  resolved: number;
  pending: number;
  rejected: number;
}

/** Counts the staged pairs by outcome. */
export async function countStagedLineageOutcomes(
  db: Kysely<Database>,
  flags: DialectFlags,
  stageTable: string,
): Promise<LineageOutcomeCounts> {
  const [row] = await selectSql<Record<keyof LineageOutcomeCounts, number | null>>(
    db,
    flags,
    `select sum(case when ${RESOLVED} then 1 else 0 end) as resolved,
            sum(case when ${PENDING} then 1 else 0 end) as pending,
            sum(case when ${REJECTED} then 1 else 0 end) as rejected
     from ${stageTable}`,
  );
  return {
    resolved: Number(row?.resolved ?? 0),
    pending: Number(row?.pending ?? 0),
    rejected: Number(row?.rejected ?? 0),
  };
}

export interface RejectedLineage {
  file: string;
  line: number;
  from_kind: string;
  from_key: string;
  from_schema: string | null;
  from_database: string | null;
  from_column: string | null;
  from_id: string | null;
  from_matches: number | null;
  to_kind: string;
  to_key: string;
  to_schema: string | null;
  to_database: string | null;
  to_column: string | null;
  to_id: string | null;
  to_matches: number | null;
}

/** The first rejected or ambiguous pairs, in input order, to explain them as warnings. */
export async function listRejectedLineage(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { stageTable: string; limit: number },
): Promise<RejectedLineage[]> {
  return selectSql<RejectedLineage>(
    db,
    flags,
    `select file, line, from_kind, from_key, from_schema, from_database, from_column, from_id, from_matches,
            to_kind, to_key, to_schema, to_database, to_column, to_id, to_matches
     from ${options.stageTable} where ${REJECTED} or ${AMBIGUOUS} order by line limit ${Math.floor(options.limit)}`,
  );
}
