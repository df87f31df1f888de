import { type AuthContext, auditActor } from '../../auth/authenticate.js';
import { UnprocessableError } from '../../errors/index.js';
import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import { recordAudit } from '../../store/audit-logs.js';
import type { Store } from '../../store/database.js';
import {
  deleteNonManualUpstreamEdges,
  findLiveColumns,
  findQueryEdgeKeys,
  insertLineageEdges,
  type LineageRow,
  QUERY_EDGE,
} from '../../store/lineage-graph/index.js';
import { planQueryLineage, type QueryLineageInput, type QueryLineagePlan } from './analyze-query-lineage.js';
import type { QueryLineageAnswer } from './query-lineage-view.js';

/** `preview` writes nothing (GET); `create` adds edges (POST); `replace` first removes the target's non-manual upstream lineage (PATCH). */
export type QueryLineageMode = 'preview' | 'create' | 'replace';

/**
 * Lineage from a SQL query: resolves it against the catalog and, unless previewing, records the edges
 * source table → target table and source column → target column. The edges are not manual and belong to no
 * integration (integration_id null, is_manual 0), so no sync deletes them; PATCH and resource deletion do.
 */
export async function lineageFromQuery(
  store: Pick<Store, 'db' | 'flags'>,
  options: { auth: AuthContext; input: QueryLineageInput; mode: QueryLineageMode },
): Promise<QueryLineageAnswer> {
  const { auth, mode } = options;
  const plan = await planQueryLineage(store, { workspaceId: auth.workspaceId, input: options.input });
  if (mode === 'preview') return { ...plan.answer, edges_created: 0, edges_deleted: 0 };
  const target = plan.target;
  if (!target) {
    throw new UnprocessableError(
      'lineage_target_unresolved',
      'the query has no target table in the catalog: give table_id, or write the query as INSERT/CREATE ... AS of one catalog table',
      { field: 'table_id', unresolved: plan.answer.unresolved },
    );
  }
  return store.db.transaction().execute(async (tx) => {
    const txStore = { db: tx, flags: store.flags };
    let deleted = 0;
    if (mode === 'replace') {
      const columns = await findLiveColumns(tx, store.flags, { ids: [target.id] });
      deleted = await deleteNonManualUpstreamEdges(tx, store.flags, {
        workspaceId: auth.workspaceId,
        toIds: [target.id, ...columns.map((c) => c.id)],
      });
    }
    const created = await insertQueryEdges(txStore, { auth, plan, targetId: target.id });
    await recordAudit(tx, {
      ...auditActor(auth),
      action: mode === 'replace' ? 'replace' : 'create',
      entityType: 'lineage',
      entityId: target.id,
      after: {
        sql: plan.answer.sql,
        source_tables: plan.sources.map((s) => s.id),
        edges_created: created,
        edges_deleted: deleted,
      },
    });
    return { ...plan.answer, edges_created: created, edges_deleted: deleted };
  });
}

/** Writes the plan's table and column edges that are not recorded from a query already; returns how many. */
async function insertQueryEdges(
  store: Pick<Store, 'db' | 'flags'>,
  options: { auth: AuthContext; plan: QueryLineagePlan; targetId: string },
): Promise<number> {
  const { auth, plan, targetId } = options;
  const wanted = [
    ...plan.sources
      .filter((s) => s.id !== targetId)
      .map((s) => ({ fromId: s.id, toId: targetId, kind: null as LineageRow['kind'] })),
    // A column feeding itself (`update t set a = a + 1`) is no lineage.
    ...plan.columnEdges.filter((edge) => edge.fromId !== edge.toId),
  ];
  const existing = await findQueryEdgeKeys(store.db, store.flags, {
    workspaceId: auth.workspaceId,
    toIds: [...new Set(wanted.map((w) => w.toId))],
  });
  const now = nowIso();
  const rows: LineageRow[] = [];
  for (const edge of wanted) {
    const key = `${edge.fromId}|${edge.toId}`;
    if (existing.has(key)) continue;
    existing.add(key);
    rows.push({
      id: newId(),
      workspace_id: auth.workspaceId,
      from_resource_id: edge.fromId,
      to_resource_id: edge.toId,
      ...QUERY_EDGE,
      sync_id: null,
      kind: edge.kind,
      direction: null,
      created_by: auth.userId,
      created_at: now,
      updated_at: now,
    });
  }
  await insertLineageEdges(store.db, store.flags, rows);
  return rows.length;
}
