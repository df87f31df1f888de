import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { isBulkLoad, restoreIndexes, suspendIndexes } from '../sync/bulk-load-indexes.js';
import { executeSql, selectSql } from '../sync/raw-sql.js';
import { STAGE_EDGES } from '../sync/staging-tables.js';
import { RESOLVED } from './staged-lineage-outcomes.js';

/**
 * Makes the integration's non-manual edges equal to the run's staged edges, writing only the difference:
 *
 *   run's stage (unique from_id, to_id) ──not in lineage──> inserted
 *   lineage of the integration, is_manual = 0 ──not in stage──> deleted
 *
 * Unchanged edges are not touched; manual edges (is_manual = 1) and other integrations' edges are outside the
 * statements' reach.
 */
export async function replaceIntegrationLineage(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: {
    workspaceId: string;
    integrationId: string;
    syncId: string;
    now: string;
    /** The integration had no edges of its own when the run began: nothing can be deleted (a first sync). */
    startedWithoutEdges: boolean;
  },
): Promise<{ inserted: number; deleted: number }> {
  const deleted = options.startedWithoutEdges
    ? 0
    : await executeSql(
        db,
        flags,
        `delete from lineage where integration_id = ? and is_manual = 0 and not exists (
       select 1 from ${STAGE_EDGES} s where s.from_id = lineage.from_resource_id and s.to_id = lineage.to_resource_id)`,
        [options.integrationId],
      );
  const values = [options.workspaceId, options.integrationId, options.syncId, options.now, options.now];
  const insert = `insert into lineage (id, workspace_id, from_resource_id, to_resource_id, is_manual, integration_id,
                                       sync_id, created_at, updated_at)
     select ${flags.newIdSql ? `coalesce(s.edge_id, ${flags.newIdSql})` : 's.edge_id'}, ?, s.from_id, s.to_id, 0, ?, ?, ?, ?
     from ${STAGE_EDGES} s`;
  let inserted: number;
  if (options.startedWithoutEdges) {
    // Nothing of the integration's to compare with (the stage has each pair once): a plain bulk insert, with the
    // pair indexes rebuilt afterwards when the load outweighs the table.
    const [staged] = await selectSql<{ n: number }>(db, flags, `select count(*) as n from ${STAGE_EDGES}`);
    const bulk = await isBulkLoad(db, flags, { table: 'lineage', rows: Number(staged?.n ?? 0) });
    const suspended = bulk ? await suspendIndexes(db, flags, 'lineage') : undefined;
    inserted = await executeSql(db, flags, insert, values);
    await restoreIndexes(db, flags, suspended);
  } else {
    // coalesce() keeps SQLite's planner off the integration index here: probing (from, to) is what is selective.
    inserted = await executeSql(
      db,
      flags,
      `${insert}
       where not exists (select 1 from lineage l where l.from_resource_id = s.from_id and l.to_resource_id = s.to_id
                         and coalesce(l.integration_id, '') = ? and l.is_manual = 0)`,
      [...values, options.integrationId],
    );
  }
  return { inserted, deleted };
}

/** Adds the resolved pairs of a lineage staging table to the run's edges (one per distinct pair). */
export async function collectResolvedEdges(
  db: Kysely<Database>,
  flags: DialectFlags,
  stageTable: string,
): Promise<void> {
  await executeSql(
    db,
    flags,
    `insert into ${STAGE_EDGES} (from_id, to_id, edge_id)
     select from_id, to_id, min(edge_id) from ${stageTable} where ${RESOLVED} group by from_id, to_id
     on conflict (from_id, to_id) do nothing`,
  );
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

/** Whether the integration has edges of its own (not manual ones). */
export async function hasIntegrationLineage(db: Kysely<Database>, integrationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('lineage')
    .select('id')
    .where('integration_id', '=', integrationId)
    .where('is_manual', '=', 0)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
