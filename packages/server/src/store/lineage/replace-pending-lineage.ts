import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { executeSql } from '../sync/raw-sql.js';
import { PENDING } from './staged-lineage-outcomes.js';

/**
 * Makes the integration's pending references equal to the pending pairs of the run's staging table, writing only
 * the difference (an identical re-run leaves every pending row as it was). A pending row keeps the resolved end
 * as an id and the unresolved end as its reference JSON; `match_key` is the unresolved table's lower-cased name,
 * which healing looks up when tables arrive.
 */
export async function replacePendingLineage(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { stageTable: string; workspaceId: string; integrationId: string; now: string },
): Promise<void> {
  const stage = options.stageTable;
  const is = flags.nullSafeEquals;
  // The pending row each staged pair would become.
  const pendingShape = `select min(s.edge_id) as edge_id, min(s.sync_id) as sync_id, s.from_id, s.to_id,
       case when s.from_id is null then s.from_ref end as from_ref,
       case when s.to_id is null then s.to_ref end as to_ref,
       case when s.from_id is null then s.from_key else s.to_key end as match_key
     from ${stage} s where ${PENDING.replaceAll(/\b(from|to)_/g, 's.$1_')}
     group by 3, 4, 5, 6, 7`;
  // match_key first: it is indexed on pending_lineage and lets SQLite index the derived rows, so the diff is
  // not pending × pending comparisons (23 s for 10,000 pending references).
  const samePair = (p: string, q: string) =>
    `${p}.match_key = ${q}.match_key and ${p}.from_resource_id ${is} ${q}.from_id and ${p}.to_resource_id ${is} ${q}.to_id
     and ${p}.from_ref ${is} ${q}.from_ref and ${p}.to_ref ${is} ${q}.to_ref`;
  await executeSql(
    db,
    flags,
    `delete from pending_lineage where integration_id = ? and not exists (
       select 1 from (${pendingShape}) n where ${samePair('pending_lineage', 'n')})`,
    [options.integrationId],
  );
  await executeSql(
    db,
    flags,
    `insert into pending_lineage (id, workspace_id, integration_id, sync_id, from_resource_id, to_resource_id,
                                  from_ref, to_ref, match_key, created_at)
     select n.edge_id, ?, ?, n.sync_id, n.from_id, n.to_id, n.from_ref, n.to_ref, n.match_key, ?
     from (${pendingShape}) n
     where not exists (select 1 from pending_lineage p where p.workspace_id = ? and p.integration_id = ? and ${samePair('p', 'n')})`,
    [options.workspaceId, options.integrationId, options.now, options.workspaceId, options.integrationId],
  );
}
