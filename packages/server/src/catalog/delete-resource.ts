import { type AuthContext, auditActor } from '../auth/authenticate.js';
import { recordAudit } from '../store/audit-logs.js';
import {
  deleteResourcesById,
  findResourceSubtreeIds,
  findTableNames,
  refreshEntityIds,
} from '../store/catalog/index.js';
import { type CatalogStore, getResourceView } from './read-resources.js';

/**
 * Deletes a resource and everything below it (a table's columns, a dashboard's charts); tags, collection links,
 * custom values and lineage go with them. A synced resource comes back at its integration's next sync.
 */
export async function deleteResource(
  store: CatalogStore,
  options: { auth: AuthContext; id: string; entityType?: string | undefined },
): Promise<void> {
  const { auth, id } = options;
  await store.db.transaction().execute(async (tx) => {
    const before = await getResourceView(
      { db: tx, flags: store.flags },
      { workspaceId: auth.workspaceId, id, entityType: options.entityType },
    );
    const ids = await findResourceSubtreeIds(tx, id);
    const titles = await findTableNames(tx, store.flags, { ids });
    await deleteResourcesById(tx, ids);
    // An entity whose id was this table answers under its next-oldest source; sources it linked part.
    await refreshEntityIds(tx, store.flags, {
      workspaceId: auth.workspaceId,
      changed: { kind: 'deleted', titles },
    });
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'delete',
      entityType: 'resource',
      entityId: id,
      before,
      after: { deleted_resources: ids.length },
    });
  });
}
