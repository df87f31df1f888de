import type { Kysely } from 'kysely';
import { referenceFromPendingRef, type StagedReference } from '../../lineage/staged-reference.js';
import type { DialectFlags } from '../dialect.js';
import type { Database, PendingLineageTable } from '../schema.js';
import { executeSql, selectSql } from '../sync/raw-sql.js';
import { type StagedLineage, stageLineageReferences } from '../sync/stage-run-lineage.js';
import { STAGE_HEALING } from '../sync/staging-tables.js';
import { insertMissingEdges } from './replace-integration-lineage.js';
import { LIVE_TABLE, resolveStagedReferences } from './resolve-staged-references.js';
import { RESOLVED } from './staged-lineage-outcomes.js';

/**
 * Turns other integrations' pending references into edges when this sync wrote a table they name:
 *
 *   pending_lineage (other integration) ── match_key = lower(table) ──> table written by this sync (or one of
 *   its columns was) ──> resolve again with the same rules ──> edge owned by the pending row's integration
 *
 * Runs inside the sync's transaction, so healed edges commit or vanish with the sync. Returns how many healed.
 */
export async function healPendingLineage(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { workspaceId: string; integrationId: string; syncId: string; now: string },
): Promise<number> {
  const candidates = await selectSql<PendingLineageTable>(
    db,
    flags,
    `select p.* from pending_lineage p
     where p.workspace_id = ? and p.integration_id <> ?
       and exists (select 1 from resources t
                   where t.workspace_id = p.workspace_id and t.title_lower = p.match_key
                     and ${LIVE_TABLE}
                     and (t.last_sync_id = ? or exists (
                       select 1 from resources c where c.parent_id = t.id and c.last_sync_id = ?)))`,
    [options.workspaceId, options.integrationId, options.syncId, options.syncId],
  );
  if (candidates.length === 0) return 0;
  await executeSql(db, flags, `delete from ${STAGE_HEALING}`);
  await stageLineageReferences(db, flags, { stageTable: STAGE_HEALING, rows: candidates.map(toStagedPair) });
  await resolveStagedReferences(db, flags, {
    stageTable: STAGE_HEALING,
    workspaceId: options.workspaceId,
  });
  await insertMissingEdges(db, flags, {
    stageTable: STAGE_HEALING,
    workspaceId: options.workspaceId,
    now: options.now,
  });
  return executeSql(
    db,
    flags,
    `delete from pending_lineage where id in (select edge_id from ${STAGE_HEALING} where ${RESOLVED})`,
  );
}

function toStagedPair(pending: PendingLineageTable): StagedLineage {
  const end = (id: string | null, ref: string | null): StagedReference =>
    id !== null
      ? { kind: 'resolved', key: id, schema: null, database: null, column: null, ref: null }
      : referenceFromPendingRef(ref ?? 'null');
  return {
    edge_id: pending.id,
    file: 'pending',
    line: 0,
    integration_id: pending.integration_id,
    sync_id: pending.sync_id,
    from: end(pending.from_resource_id, pending.from_ref),
    to: end(pending.to_resource_id, pending.to_ref),
  };
}
