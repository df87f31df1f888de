import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { executeSql } from '../sync/raw-sql.js';
import { analyzeStagingTable, STAGE_PENDING } from '../sync/staging-tables.js';
import { PENDING } from './staged-lineage-outcomes.js';

/**
 * Makes the integration's pending references equal to the pending pairs of the run's staging table, writing only
 * the difference (an identical re-run leaves every pending row as it was). A pending row keeps the resolved end
 * as an id and the unresolved end as its reference JSON; `match_key` is the unresolved table's lower-cased name,
 * which healing looks up when tables arrive.
 *
 *   stage ──group by pair──> STAGE_PENDING (indexed by match_key)
 *   pending_lineage of the integration ──not in STAGE_PENDING──> deleted
 *   STAGE_PENDING ──not in pending_lineage (probed by workspace + match_key)──> inserted
 *
 * Both diffs probe by match_key: probing the integration's pending rows instead is pending × pending comparisons
 * (21 s for 10,000 pending references of a 1M-line run).
 */
export async function replacePendingLineage(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { stageTable: string; workspaceId: string; integrationId: string; now: string },
): Promise<void> {
  const stage = options.stageTable;
  const is = flags.nullSafeEquals;
  await executeSql(db, flags, `delete from ${STAGE_PENDING}`);
  await executeSql(
    db,
    flags,
    `insert into ${STAGE_PENDING} (edge_id, sync_id, from_id, to_id, from_ref, to_ref, match_key)
     select min(s.edge_id), min(s.sync_id), s.from_id, s.to_id,
       case when s.from_id is null then s.from_ref end,
       case when s.to_id is null then s.to_ref end,
       case when s.from_id is null then s.from_key else s.to_key end
     from ${stage} s where ${PENDING.replaceAll(/\b(from|to)_/g, 's.$1_')}
     group by 3, 4, 5, 6, 7`,
  );
  await analyzeStagingTable(db, flags, STAGE_PENDING);
  const samePair = (p: string, q: string) =>
    `${p}.match_key = ${q}.match_key and ${p}.from_resource_id ${is} ${q}.from_id and ${p}.to_resource_id ${is} ${q}.to_id
     and ${p}.from_ref ${is} ${q}.from_ref and ${p}.to_ref ${is} ${q}.to_ref`;
  await executeSql(
    db,
    flags,
    `delete from pending_lineage where integration_id = ? and not exists (
       select 1 from ${STAGE_PENDING} n where ${samePair('pending_lineage', 'n')})`,
    [options.integrationId],
  );
  // coalesce() keeps the planners off the integration index: (workspace, match_key) is what is selective.
  await executeSql(
    db,
    flags,
    `insert into pending_lineage (id, workspace_id, integration_id, sync_id, from_resource_id, to_resource_id,
                                  from_ref, to_ref, match_key, created_at)
     select n.edge_id, ?, ?, n.sync_id, n.from_id, n.to_id, n.from_ref, n.to_ref, n.match_key, ?
     from ${STAGE_PENDING} n
     where not exists (select 1 from pending_lineage p
                       where p.workspace_id = ? and coalesce(p.integration_id, '') = ? and ${samePair('p', 'n')})`,
    [options.workspaceId, options.integrationId, options.now, options.workspaceId, options.integrationId],
  );
}
