import { type AuthContext, auditActor } from '../auth/authenticate.js';
import { NotFoundError } from '../errors/index.js';
import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/time.js';
import { recordAudit } from '../store/audit-logs.js';
import {
  addCollectionResources,
  type CollectionRow,
  deleteCollectionRow,
  findCollection,
  findCollectionResourceIds,
  insertCollection,
  listCollections as listCollectionRows,
  removeCollectionResources,
  updateCollectionRow,
} from '../store/catalog/index.js';
import { assertIdsInWorkspace } from './check-references.js';
import type { CatalogStore, PageRequest } from './read-resources.js';

/** A collection with the ids of the resources it holds. */
export interface CollectionView extends CollectionRow {
  resources: string[];
}

export interface CollectionInput {
  title: string;
  description?: string;
  icon?: string | null;
  /** Create: the initial members. Patch: replaces the members. */
  resources?: string[];
}

export interface CollectionPatch extends Partial<CollectionInput> {
  add_resources?: string[];
  remove_resources?: string[];
}

export async function getCollection(
  store: CatalogStore,
  workspaceId: string,
  id: string,
): Promise<CollectionView> {
  const row = await findCollection(store.db, workspaceId, id);
  if (!row) throw new NotFoundError('collection_not_found', `no collection with id ${id}`, { id });
  const members = await findCollectionResourceIds(store.db, [id]);
  return { ...row, resources: members.get(id) ?? [] };
}

export async function listCollections(
  store: CatalogStore,
  options: { workspaceId: string; page: PageRequest },
): Promise<{ results: CollectionView[]; count: number }> {
  const { rows, count } = await listCollectionRows(store.db, {
    workspaceId: options.workspaceId,
    ...options.page,
  });
  const members = await findCollectionResourceIds(
    store.db,
    rows.map((row) => row.id),
  );
  return { results: rows.map((row) => ({ ...row, resources: members.get(row.id) ?? [] })), count };
}

export async function createCollection(
  store: CatalogStore,
  options: { auth: AuthContext; input: CollectionInput },
): Promise<CollectionView> {
  const { auth, input } = options;
  const now = nowIso();
  const row: CollectionRow = {
    id: newId(),
    workspace_id: auth.workspaceId,
    title: input.title,
    description: input.description ?? '',
    icon: input.icon ?? null,
    created_by: auth.userId,
    created_at: now,
    updated_at: now,
  };
  return store.db.transaction().execute(async (tx) => {
    const txStore = { db: tx, flags: store.flags };
    await assertIdsInWorkspace(tx, {
      table: 'resources',
      workspaceId: auth.workspaceId,
      ids: input.resources,
      field: 'resources',
    });
    await insertCollection(tx, row);
    if (input.resources) await addCollectionResources(tx, row.id, input.resources);
    const after = await getCollection(txStore, auth.workspaceId, row.id);
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'create',
      entityType: 'collection',
      entityId: row.id,
      after,
    });
    return after;
  });
}

/** Edits a collection: its fields, and its members (`resources` replaces; `add_/remove_resources` adjust). */
export async function updateCollection(
  store: CatalogStore,
  options: { auth: AuthContext; id: string; patch: CollectionPatch },
): Promise<CollectionView> {
  const { auth, id, patch } = options;
  return store.db.transaction().execute(async (tx) => {
    const txStore = { db: tx, flags: store.flags };
    const before = await getCollection(txStore, auth.workspaceId, id);
    for (const field of ['resources', 'add_resources'] as const) {
      await assertIdsInWorkspace(tx, {
        table: 'resources',
        workspaceId: auth.workspaceId,
        ids: patch[field],
        field,
      });
    }
    const { resources, add_resources, remove_resources, ...fields } = patch;
    await updateCollectionRow(tx, {
      workspaceId: auth.workspaceId,
      id,
      values: { ...fields, updated_at: nowIso() },
    });
    if (resources) await removeCollectionResources(tx, id, undefined);
    if (resources) await addCollectionResources(tx, id, resources);
    if (add_resources) await addCollectionResources(tx, id, add_resources);
    if (remove_resources) await removeCollectionResources(tx, id, remove_resources);
    const after = await getCollection(txStore, auth.workspaceId, id);
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'update',
      entityType: 'collection',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export async function deleteCollection(
  store: CatalogStore,
  options: { auth: AuthContext; id: string },
): Promise<void> {
  const { auth, id } = options;
  await store.db.transaction().execute(async (tx) => {
    const before = await getCollection({ db: tx, flags: store.flags }, auth.workspaceId, id);
    await deleteCollectionRow(tx, auth.workspaceId, id);
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'delete',
      entityType: 'collection',
      entityId: id,
      before,
    });
  });
}
