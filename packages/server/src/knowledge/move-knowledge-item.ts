import type { AuthContext } from '../auth/authenticate.js';
import { findAllowedParent } from '../catalog/create-resource.js';
import type { CatalogStore } from '../catalog/read-resources.js';
import { titleFullOf } from '../catalog/title-full.js';
import { UnprocessableError } from '../errors/index.js';
import { nowIso } from '../lib/time.js';
import {
  findResourceSubtreeIds,
  findResourceViewRow,
  refreshDescendantTitles,
  updateResourceColumns,
} from '../store/catalog/index.js';
import { refreshSearchDocuments } from '../store/search/index.js';

/**
 * Moves a knowledge item (a document page, a term, a term group) under another parent of an allowed type, or to the
 * top level (`parent: null`). Its full title and those of everything under it follow, and so does their search
 * entry (the path is searched). An item cannot move under itself or its own children.
 */
export async function moveKnowledgeItem(
  store: CatalogStore,
  options: { auth: AuthContext; id: string; entityType: string; parent: string | null },
): Promise<void> {
  const { auth, id, entityType } = options;
  const { db } = store;
  const parent = await findAllowedParent(store, auth.workspaceId, entityType, options.parent);
  const subtree = await findResourceSubtreeIds(db, id);
  if (parent && subtree.includes(parent.id)) {
    throw new UnprocessableError(
      'invalid_parent',
      'parent: an item cannot move under itself or its children',
      {
        field: 'parent',
      },
    );
  }
  const row = await findResourceViewRow(db, { workspaceId: auth.workspaceId, id });
  if (!row) return;
  const titleFull = titleFullOf({
    entityType,
    title: row.title,
    schema: null,
    database: null,
    parentTitleFull: parent?.title_full,
  });
  await updateResourceColumns(db, {
    workspaceId: auth.workspaceId,
    id,
    values: { parent_id: parent?.id ?? null, title_full: titleFull, updated_at: nowIso() },
  });
  await refreshDescendantTitles(db, id);
  await refreshSearchDocuments(db, store.flags, subtree);
}
