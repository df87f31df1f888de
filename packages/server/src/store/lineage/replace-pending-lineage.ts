import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { executeSql } from '../sync/raw-sql.js';
import { analyzeStagingTable, STAGE_PENDING } from '../sync/staging-tables.js';
import { REJECTED } from './staged-lineage-outcomes.js';

/**
 * Makes the integration's external references (`pending_lineage`, resolved or waiting) equal to the pairs of the
 * run's staging table that have an external end, writing only the difference (an identical re-run leaves every
 * row as it was). A row keeps an internal end as its id, an external end as its reference JSON plus the target it
 * resolves to now; `match_key` (and `other_key` when both ends are names) is the external table's lower-cased
 * name, which re-resolution looks up when tables arrive, change or leave.
 *
 *   stage ──group by pair──> STAGE_PENDING (indexed by match_key)
 *   pending_lineage of the integration ──not in STAGE_PENDING──> deleted
 *   STAGE_PENDING ──not in pending_lineage (probed by workspace + match_key)──> inserted
 *
 * Both diffs probe by match_key: probing the integration's rows instead is rows × rows comparisons
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
    `insert into ${STAGE_PENDING} (edge_id, sync_id, from_id, to_id, from_ref, to_ref, match_key, other_key,
                                   from_target_id, to_target_id)
     select min(s.edge_id), min(s.sync_id),
       case when s.from_ref is null then s.from_id end,
       case when s.to_ref is null then s.to_id end,
       s.from_ref, s.to_ref,
       case when s.from_ref is not null then s.from_key else s.to_key end,
       case when s.from_ref is not null and s.to_ref is not null then s.to_key end,
       case when s.from_ref is not null then s.from_id end,
       case when s.to_ref is not null then s.to_id end
     from ${stage} s
     where (s.from_ref is not null or s.to_ref is not null)
       and not ${REJECTED.replaceAll(/\b(from|to)_/g, 's.$1_')}
     group by 3, 4, 5, 6, 7, 8, 9, 10`,
  );
  await analyzeStagingTable(db, flags, STAGE_PENDING);
  // The targets are compared through coalesce() so that no planner probes their indexes (made for re-resolution)
  // instead of (workspace, match_key): SQLite did, and the diff of 10,000 references took 6 s.
  const samePair = (p: string, q: string) =>
    `${p}.match_key = ${q}.match_key and ${p}.from_resource_id ${is} ${q}.from_id and ${p}.to_resource_id ${is} ${q}.to_id
     and ${p}.from_ref ${is} ${q}.from_ref and ${p}.to_ref ${is} ${q}.to_ref
     and coalesce(${p}.from_target_id, '') = coalesce(${q}.from_target_id, '')
     and coalesce(${p}.to_target_id, '') = coalesce(${q}.to_target_id, '')`;
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
                                  from_ref, to_ref, match_key, other_key, from_target_id, to_target_id, created_at)
     select n.edge_id, ?, ?, n.sync_id, n.from_id, n.to_id, n.from_ref, n.to_ref, n.match_key, n.other_key,
            n.from_target_id, n.to_target_id, ?
     from ${STAGE_PENDING} n
     where not exists (select 1 from pending_lineage p
                       where p.workspace_id = ? and coalesce(p.integration_id, '') = ? and ${samePair('p', 'n')})`,
    [options.workspaceId, options.integrationId, options.now, options.workspaceId, options.integrationId],
  );
}
