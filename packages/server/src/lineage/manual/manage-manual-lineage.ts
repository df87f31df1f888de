import { type AuthContext, auditActor } from '../../auth/authenticate.js';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../errors/index.js';
import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import { recordAudit } from '../../store/audit-logs.js';
import { findMissingIds } from '../../store/catalog/index.js';
import type { Store } from '../../store/database.js';
import {
  deleteLineageEdge,
  findLineageEdge,
  findManualEdge,
  insertLineageEdges,
  type LineageEdgeFilter,
  type LineageRow,
  listLineageEdges,
} from '../../store/lineage-graph/index.js';
import {
  type LineageDirection,
  type ManualLineageView,
  viewMatching,
  viewOfEdge,
} from './manual-lineage-view.js';

type LineageStore = Pick<Store, 'db' | 'flags'>;

export interface NewManualLineage {
  from_entity: string;
  to_entity: string;
  /** Optional as Secoda documents it: DOWNSTREAM (from → to) when absent. */
  direction?: LineageDirection | undefined;
}

/**
 * Records a manual edge. DOWNSTREAM: data flows from_entity → to_entity; UPSTREAM: to_entity → from_entity. One
 * row is stored in data-flow order and both directions are answered from it (see {@link viewOfEdge}).
 */
export async function createManualLineage(
  store: LineageStore,
  options: { auth: AuthContext; lineage: NewManualLineage },
): Promise<ManualLineageView> {
  const { auth, lineage } = options;
  if (lineage.from_entity === lineage.to_entity) {
    throw new InputError('invalid_lineage', 'from_entity and to_entity are the same resource', {
      field: 'to_entity',
    });
  }
  const direction = lineage.direction ?? 'DOWNSTREAM';
  const [fromId, toId] =
    direction === 'DOWNSTREAM'
      ? [lineage.from_entity, lineage.to_entity]
      : [lineage.to_entity, lineage.from_entity];
  return store.db.transaction().execute(async (tx) => {
    // Secoda documents 400 for bad input here, unknown ids included (other catalog writes answer 422).
    for (const field of ['from_entity', 'to_entity'] as const) {
      const missing = await findMissingIds(tx, {
        table: 'resources',
        workspaceId: auth.workspaceId,
        ids: [lineage[field]],
      });
      if (missing.length > 0) {
        throw new InputError('invalid_lineage', `${field}: no resource with id ${lineage[field]}`, {
          field,
          missing,
        });
      }
    }
    const existing = await findManualEdge(tx, { workspaceId: auth.workspaceId, fromId, toId });
    if (existing) {
      throw new ConflictError('already_exists', `manual lineage ${fromId} → ${toId} already exists`, {
        id: existing.id,
      });
    }
    const now = nowIso();
    const row: LineageRow = {
      id: newId(),
      workspace_id: auth.workspaceId,
      from_resource_id: fromId,
      to_resource_id: toId,
      is_manual: 1,
      integration_id: null,
      sync_id: null,
      kind: null,
      direction,
      created_by: auth.userId,
      created_at: now,
      updated_at: now,
    };
    await insertLineageEdges(tx, store.flags, [row]);
    const view = viewOfEdge(row);
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'create',
      entityType: 'lineage',
      entityId: row.id,
      after: view,
    });
    return view;
  });
}

/** One edge of the workspace by id, manual or not, in its declared direction; `lineage_not_found` otherwise. */
export async function getLineageEdge(
  store: LineageStore,
  options: { workspaceId: string; id: string },
): Promise<ManualLineageView> {
  return viewOfEdge(await getEdgeRow(store, options));
}

/** A page of the workspace's edges, each in the view that matches the filters (both directions are listed). */
export async function listLineage(
  store: LineageStore,
  options: { workspaceId: string; filter: LineageEdgeFilter; limit: number; offset: number },
): Promise<{ results: ManualLineageView[]; count: number }> {
  const { rows, count } = await listLineageEdges(store.db, options);
  return { results: rows.map((row) => viewMatching(row, options.filter)), count };
}

/** Deletes a manual edge (both its directions). Edges made by integrations or queries answer 403. */
export async function deleteManualLineage(
  store: LineageStore,
  options: { auth: AuthContext; id: string },
): Promise<void> {
  const { auth } = options;
  await store.db.transaction().execute(async (tx) => {
    const row = await getEdgeRow(
      { db: tx, flags: store.flags },
      { workspaceId: auth.workspaceId, id: options.id },
    );
    if (row.is_manual !== 1) {
      throw new ForbiddenError(
        'lineage_not_manual',
        `lineage ${row.id} was not created by hand (it comes from ${row.integration_id ? `integration ${row.integration_id}` : 'a SQL query'}); only manual lineage can be deleted`,
        { id: row.id, integration_id: row.integration_id },
      );
    }
    await deleteLineageEdge(tx, { id: row.id });
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'delete',
      entityType: 'lineage',
      entityId: row.id,
      before: viewOfEdge(row),
    });
  });
}

async function getEdgeRow(
  store: LineageStore,
  options: { workspaceId: string; id: string },
): Promise<LineageRow> {
  const row = await findLineageEdge(store.db, options);
  if (!row)
    throw new NotFoundError('lineage_not_found', `no lineage with id ${options.id}`, { id: options.id });
  return row;
}
