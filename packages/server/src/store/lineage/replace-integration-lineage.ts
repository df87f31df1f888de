import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { executeSql } from '../sync/raw-sql.js';
import { RESOLVED } from './staged-lineage-outcomes.js';

/**
 * Makes the integration's non-manual edges equal to the resolved pairs of the staging table, writing only the
 * difference: edges no longer declared are deleted, new ones inserted, unchanged ones not touched. Manual edges
 * (is_manual = 1) and other integrations' edges are outside the statements' reach.
 */
export async function replaceIntegrationLineage(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { stageTable: string; workspaceId: string; integrationId: string; syncId: string; now: string },
): Promise<{ inserted: number; deleted: number }> {
  const stage = options.stageTable;
  await executeSql(db, flags, `create index ${stage}_pair on ${stage} (from_id, to_id)`);
  const deleted = await executeSql(
    db,
    flags,
    `delete from lineage where integration_id = ? and is_manual = 0 and not exists (
       select 1 from ${stage} s where s.from_id = lineage.from_resource_id and s.to_id = lineage.to_resource_id)`,
    [options.integrationId],
  );
  const inserted = await insertMissingEdges(db, flags, options);
  return { inserted, deleted };
}

/** Inserts the resolved pairs of a staging table that their integration does not have yet (one edge per pair). */
export async function insertMissingEdges(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { stageTable: string; workspaceId: string; now: string },
): Promise<number> {
  const stage = options.stageTable;
  // coalesce() keeps SQLite's planner off the integration index here: probing (from, to) is what is selective.
  return executeSql(
    db,
    flags,
    `insert into lineage (id, workspace_id, from_resource_id, to_resource_id, is_manual, integration_id, sync_id,
                          created_at, updated_at)
     select min(s.edge_id), ?, s.from_id, s.to_id, 0, s.integration_id, min(s.sync_id), ?, ?
     from ${stage} s
     where ${RESOLVED.replaceAll('from_id', 's.from_id').replaceAll('to_id', 's.to_id')}
       and not exists (select 1 from lineage l where l.from_resource_id = s.from_id and l.to_resource_id = s.to_id
                       and coalesce(l.integration_id, '') = s.integration_id and l.is_manual = 0)
     group by s.from_id, s.to_id, s.integration_id`,
    [options.workspaceId, options.now, options.now],
  );
}
