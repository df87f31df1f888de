import type { AuthContext } from '../auth/authenticate.js';
import type { CatalogStore } from '../catalog/read-resources.js';
import { nowIso } from '../lib/time.js';
import { findMissingIds, findResourceViewRow } from '../store/catalog/index.js';
import { deleteMentionRelations, findRelation, insertRelation } from '../store/knowledge/index.js';

// A catalog page's address (`/resources/{id}`, absolute or relative), which is also what an `@`-mention writes:
// `@[orders](/resources/0193…)`. Ids are UUIDs or the catalog's other id shapes: letters, digits, `-` and `_`.
const RESOURCE_LINK = /\/resources\/([A-Za-z0-9_-]{1,200})/g;

/** The ids of the catalog resources a text links to, in order of first appearance. */
export function findMentionedIds(text: string): string[] {
  const ids = new Set<string>();
  for (const match of text.matchAll(RESOURCE_LINK)) ids.add(match[1]!);
  return [...ids];
}

/**
 * Replaces the document's `mention` links with the resources its text links to now. Links to ids that are not in
 * the workspace (a deleted table, a typo) are left out; a pair already linked by hand keeps its manual link.
 */
export async function writeDocumentMentions(
  store: CatalogStore,
  options: { auth: AuthContext; documentId: string },
): Promise<void> {
  const { auth, documentId } = options;
  const row = await findResourceViewRow(store.db, { workspaceId: auth.workspaceId, id: documentId });
  await deleteMentionRelations(store.db, documentId);
  const mentioned = findMentionedIds(row?.definition ?? '').filter((id) => id !== documentId);
  if (mentioned.length === 0) return;
  const missing = new Set(
    await findMissingIds(store.db, { table: 'resources', workspaceId: auth.workspaceId, ids: mentioned }),
  );
  const now = nowIso();
  for (const id of mentioned) {
    if (missing.has(id) || (await findRelation(store.db, documentId, id))) continue;
    await insertRelation(store.db, {
      workspace_id: auth.workspaceId,
      from_resource_id: documentId,
      to_resource_id: id,
      origin: 'mention',
      created_by: auth.userId,
      created_at: now,
    });
  }
}
