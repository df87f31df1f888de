import { type AuthContext, auditActor } from '../auth/authenticate.js';
import { assertIdsInWorkspace } from '../catalog/check-references.js';
import { type CatalogStore, getResourceView, toResourceViews } from '../catalog/read-resources.js';
import type { ResourceView } from '../catalog/resource-view.js';
import { ConflictError, NotFoundError, UnprocessableError } from '../errors/index.js';
import { nowIso } from '../lib/time.js';
import { recordAudit } from '../store/audit-logs.js';
import {
  deleteRelation,
  findRelatedViewRows,
  findRelation,
  insertRelation,
  listRelatedResourceRows,
} from '../store/knowledge/index.js';
import { canReadDrafts } from './knowledge-types.js';

/** A resource linked to another, with how the link was made (`manual`, or `mention` from a document's text). */
export type RelatedResourceView = ResourceView & { relation: { origin: string; created_at: string } };

/** The resources related to one resource, both ways; drafts are left out for viewers. */
export async function listRelatedResources(
  store: CatalogStore,
  options: { auth: AuthContext; id: string },
): Promise<RelatedResourceView[]> {
  const { auth, id } = options;
  await getResourceView(store, { workspaceId: auth.workspaceId, id });
  const links = await listRelatedResourceRows(store.db, id);
  const rows = await findRelatedViewRows(store.db, {
    workspaceId: auth.workspaceId,
    ids: links.map((link) => link.resource_id),
  });
  const views = new Map((await toResourceViews(store, rows)).map((view) => [view.id, view]));
  const related: RelatedResourceView[] = [];
  for (const link of links) {
    const view = views.get(link.resource_id);
    if (!view || (!view.published && !canReadDrafts(auth))) continue;
    related.push({ ...view, relation: { origin: link.origin, created_at: link.created_at } });
  }
  return related;
}

/** Links two resources of the workspace (both ways); the same pair twice is a 409. Audited. */
export async function relateResources(
  store: CatalogStore,
  options: { auth: AuthContext; id: string; relatedId: string },
): Promise<RelatedResourceView> {
  const { auth, id, relatedId } = options;
  if (id === relatedId) {
    throw new UnprocessableError('invalid_request', 'resource_id: a resource cannot be related to itself', {
      field: 'resource_id',
    });
  }
  await store.db.transaction().execute(async (tx) => {
    await getResourceView({ db: tx, flags: store.flags }, { workspaceId: auth.workspaceId, id });
    await assertIdsInWorkspace(tx, {
      table: 'resources',
      workspaceId: auth.workspaceId,
      ids: [relatedId],
      field: 'resource_id',
    });
    if (await findRelation(tx, id, relatedId)) {
      throw new ConflictError('already_exists', 'these resources are already related', {
        id,
        resource_id: relatedId,
      });
    }
    await insertRelation(tx, {
      workspace_id: auth.workspaceId,
      from_resource_id: id,
      to_resource_id: relatedId,
      origin: 'manual',
      created_by: auth.userId,
      created_at: nowIso(),
    });
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'relate',
      entityType: 'resource',
      entityId: id,
      after: { related_resource_id: relatedId },
    });
  });
  const related = await listRelatedResources(store, { auth, id });
  return related.find((view) => view.id === relatedId)!;
}

/** Removes the link between two resources, whichever side made it. Audited. */
export async function unrelateResources(
  store: CatalogStore,
  options: { auth: AuthContext; id: string; relatedId: string },
): Promise<void> {
  const { auth, id, relatedId } = options;
  await store.db.transaction().execute(async (tx) => {
    await getResourceView({ db: tx, flags: store.flags }, { workspaceId: auth.workspaceId, id });
    if (!(await deleteRelation(tx, id, relatedId))) {
      throw new NotFoundError('resource_not_found', `resource ${id} is not related to ${relatedId}`, {
        id,
        resource_id: relatedId,
      });
    }
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'unrelate',
      entityType: 'resource',
      entityId: id,
      before: { related_resource_id: relatedId },
    });
  });
}
