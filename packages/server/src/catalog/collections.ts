import Type, { type Static } from 'typebox';
import { type AuthContext, auditActor } from '../auth/authenticate.js';
import { NotFoundError, UnprocessableError } from '../errors/index.js';
import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/time.js';
import { Nullable } from '../lib/typebox.js';
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

/**
 * A collection with the ids of the resources it holds, answered as Secoda's common resource object (compat.md
 * §8: "collections answer the common resource object; collections nest"): `entity_type` "collection", `parent`
 * the collection it is nested in, and the resource fields a collection has no use for with empty values.
 */
export const CollectionSchema = Type.Object({
  id: Type.String(),
  created_at: Type.String(),
  updated_at: Type.String(),
  workspace_id: Type.String(),
  title: Type.String(),
  description: Type.String(),
  icon: Nullable(Type.String()),
  created_by: Nullable(Type.String({ description: 'Id of the user who created it.' })),
  resources: Type.Array(Type.String(), { description: 'Ids of the resources in the collection.' }),
  // The common resource object (compat.md §8): collections are resources and nest.
  entity_type: Type.Literal('collection'),
  parent: Nullable(Type.String({ description: 'Id of the collection this one is nested in.' })),
  parent_id: Nullable(Type.String({ description: 'Same as `parent`.' })),
  title_full: Type.String(),
  title_cased: Type.String(),
  definition: Type.String(),
  owners: Type.Array(Type.String()),
  owners_groups: Type.Array(Type.String()),
  collections: Type.Array(Type.String(), { description: 'The parent collection, if nested.' }),
  tags: Type.Array(Type.String()),
  teams: Type.Array(Type.String()),
  published: Type.Boolean(),
  archived: Type.Boolean(),
  pii: Type.Boolean(),
  verified: Type.Boolean(),
  integration: Type.Null(),
  children_count: Type.Integer({ description: 'Resources plus nested collections.' }),
});
export type CollectionView = Static<typeof CollectionSchema>;

export interface CollectionInput {
  title: string;
  description?: string;
  icon?: string | null;
  /** The collection this one is nested in (null: top level). */
  parent?: string | null;
  /** Create: the initial members. Patch: replaces the members. */
  resources?: string[];
}

function toCollectionView(row: CollectionRow, resources: string[], childCollections: number): CollectionView {
  return {
    ...row,
    resources,
    entity_type: 'collection',
    parent: row.parent_id,
    title_full: row.title,
    title_cased: row.title,
    definition: '',
    owners: [],
    owners_groups: [],
    collections: row.parent_id ? [row.parent_id] : [],
    tags: [],
    teams: [],
    published: true,
    archived: false,
    pii: false,
    verified: false,
    integration: null,
    children_count: resources.length + childCollections,
  };
}

/**
 * A parent must be a collection of the workspace, and not the collection itself or one nested below it (that
 * would make a cycle).
 */
async function checkParent(
  db: CatalogStore['db'],
  workspaceId: string,
  id: string | undefined,
  parentId: string | null | undefined,
): Promise<void> {
  if (!parentId) return;
  for (let current: string | null = parentId, depth = 0; current; depth++) {
    if (current === id || depth > 1000) {
      throw new UnprocessableError(
        'invalid_parent',
        'parent: a collection cannot be nested in itself or below itself',
        {
          field: 'parent',
        },
      );
    }
    const row = await findCollection(db, workspaceId, current);
    if (!row) {
      throw new UnprocessableError('collection_not_found', `parent: no collection with id ${current}`, {
        field: 'parent',
      });
    }
    current = row.parent_id;
  }
}

async function countChildCollections(db: CatalogStore['db'], ids: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (ids.length === 0) return counts;
  const rows = await db
    .selectFrom('collections')
    .select(['parent_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('parent_id', 'in', ids)
    .groupBy('parent_id')
    .execute();
  for (const row of rows) counts.set(row.parent_id as string, Number(row.n));
  return counts;
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
  const children = await countChildCollections(store.db, [id]);
  return toCollectionView(row, members.get(id) ?? [], children.get(id) ?? 0);
}

export async function listCollections(
  store: CatalogStore,
  options: { workspaceId: string; page: PageRequest },
): Promise<{ results: CollectionView[]; count: number }> {
  const { rows, count } = await listCollectionRows(store.db, {
    workspaceId: options.workspaceId,
    ...options.page,
  });
  const ids = rows.map((row) => row.id);
  const members = await findCollectionResourceIds(store.db, ids);
  const children = await countChildCollections(store.db, ids);
  return {
    results: rows.map((row) => toCollectionView(row, members.get(row.id) ?? [], children.get(row.id) ?? 0)),
    count,
  };
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
    parent_id: input.parent ?? null,
    created_by: auth.userId,
    created_at: now,
    updated_at: now,
  };
  return store.db.transaction().execute(async (tx) => {
    const txStore = { db: tx, flags: store.flags };
    await checkParent(tx, auth.workspaceId, undefined, input.parent);
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
    await checkParent(tx, auth.workspaceId, id, patch.parent);
    const { resources, add_resources, remove_resources, parent, ...fields } = patch;
    await updateCollectionRow(tx, {
      workspaceId: auth.workspaceId,
      id,
      values: { ...fields, ...(parent !== undefined ? { parent_id: parent } : {}), updated_at: nowIso() },
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
