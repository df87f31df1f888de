import { type AuthContext, auditActor } from '../auth/authenticate.js';
import { NotFoundError } from '../errors/index.js';
import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/time.js';
import { recordAudit } from '../store/audit-logs.js';
import {
  deleteTagRow,
  findTag,
  insertTag,
  listTags as listTagRows,
  type TagRow,
  updateTagRow,
} from '../store/catalog/index.js';
import { withDuplicateNameAsConflict } from './duplicate-name.js';
import type { CatalogStore, PageRequest } from './read-resources.js';

/** A tag as the API answers it (the row is already the API shape). */
export type TagView = TagRow;

export interface TagInput {
  name: string;
  description?: string;
  color?: string | null;
}

export async function getTag(store: CatalogStore, workspaceId: string, id: string): Promise<TagView> {
  const tag = await findTag(store.db, workspaceId, id);
  if (!tag) throw new NotFoundError('tag_not_found', `no tag with id ${id}`, { id });
  return tag;
}

export async function listTags(
  store: CatalogStore,
  options: { workspaceId: string; name?: string | undefined; page: PageRequest },
): Promise<{ results: TagView[]; count: number }> {
  const { rows, count } = await listTagRows(store.db, {
    workspaceId: options.workspaceId,
    name: options.name,
    ...options.page,
  });
  return { results: rows, count };
}

/** Creates a tag; a name already used in the workspace answers 409 `already_exists`. */
export async function createTag(
  store: CatalogStore,
  options: { auth: AuthContext; input: TagInput },
): Promise<TagView> {
  const { auth, input } = options;
  const now = nowIso();
  const tag: TagRow = {
    id: newId(),
    workspace_id: auth.workspaceId,
    name: input.name,
    description: input.description ?? '',
    color: input.color ?? null,
    // Tags made through the API are hand-made; tags a sync creates carry their integration.
    integration_id: null,
    created_at: now,
    updated_at: now,
  };
  await withDuplicateNameAsConflict(input.name, () =>
    store.db.transaction().execute(async (tx) => {
      await insertTag(tx, tag);
      await recordAudit(tx, {
        ...auditActor(auth),
        action: 'create',
        entityType: 'tag',
        entityId: tag.id,
        after: tag,
      });
    }),
  );
  return tag;
}

export async function updateTag(
  store: CatalogStore,
  options: { auth: AuthContext; id: string; patch: Partial<TagInput> },
): Promise<TagView> {
  const { auth, id, patch } = options;
  return withDuplicateNameAsConflict(patch.name, () =>
    store.db.transaction().execute(async (tx) => {
      const before = await getTag({ db: tx, flags: store.flags }, auth.workspaceId, id);
      await updateTagRow(tx, {
        workspaceId: auth.workspaceId,
        id,
        values: { ...patch, updated_at: nowIso() },
      });
      const after = await getTag({ db: tx, flags: store.flags }, auth.workspaceId, id);
      await recordAudit(tx, {
        ...auditActor(auth),
        action: 'update',
        entityType: 'tag',
        entityId: id,
        before,
        after,
      });
      return after;
    }),
  );
}

/** Deletes a tag and untags every resource that had it. */
export async function deleteTag(
  store: CatalogStore,
  options: { auth: AuthContext; id: string },
): Promise<void> {
  const { auth, id } = options;
  await store.db.transaction().execute(async (tx) => {
    const before = await getTag({ db: tx, flags: store.flags }, auth.workspaceId, id);
    await deleteTagRow(tx, auth.workspaceId, id);
    await recordAudit(tx, { ...auditActor(auth), action: 'delete', entityType: 'tag', entityId: id, before });
  });
}
