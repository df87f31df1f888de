import type { Kysely, Selectable, Updateable } from 'kysely';
import { listPage } from '../list-page.js';
import type { CollectionsTable, Database } from '../schema.js';

export type CollectionRow = Selectable<CollectionsTable>;

export async function insertCollection(db: Kysely<Database>, row: CollectionRow): Promise<void> {
  await db.insertInto('collections').values(row).execute();
}

export async function findCollection(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<CollectionRow | undefined> {
  return db
    .selectFrom('collections')
    .selectAll()
    .where('id', '=', id)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
}

/** A page of the workspace's collections, newest first. */
export async function listCollections(
  db: Kysely<Database>,
  options: { workspaceId: string; limit: number; offset: number },
): Promise<{ rows: CollectionRow[]; count: number }> {
  const query = db.selectFrom('collections').where('workspace_id', '=', options.workspaceId);
  return listPage(query, (q) => q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc'), options);
}

export async function updateCollectionRow(
  db: Kysely<Database>,
  options: { workspaceId: string; id: string; values: Updateable<CollectionsTable> },
): Promise<void> {
  await db
    .updateTable('collections')
    .set(options.values)
    .where('id', '=', options.id)
    .where('workspace_id', '=', options.workspaceId)
    .execute();
}

/** Deletes a collection; its resources stay, only the membership goes (cascade). */
export async function deleteCollectionRow(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<void> {
  // Collections nested in it move up to the top level rather than disappear with it.
  await db
    .updateTable('collections')
    .set({ parent_id: null })
    .where('parent_id', '=', id)
    .where('workspace_id', '=', workspaceId)
    .execute();
  await db.deleteFrom('collections').where('id', '=', id).where('workspace_id', '=', workspaceId).execute();
}

/** Resource ids of each collection, in one query. */
export async function findCollectionResourceIds(
  db: Kysely<Database>,
  collectionIds: readonly string[],
): Promise<Map<string, string[]>> {
  const members = new Map<string, string[]>(collectionIds.map((id) => [id, []]));
  if (collectionIds.length === 0) return members;
  const rows = await db
    .selectFrom('collection_resources')
    .select(['collection_id', 'resource_id'])
    .where('collection_id', 'in', collectionIds)
    .orderBy('resource_id')
    .execute();
  for (const row of rows) members.get(row.collection_id)?.push(row.resource_id);
  return members;
}

/** Adds resources to a collection (already-present ones are kept as they are). */
export async function addCollectionResources(
  db: Kysely<Database>,
  collectionId: string,
  resourceIds: readonly string[],
): Promise<void> {
  const unique = [...new Set(resourceIds)];
  for (let start = 0; start < unique.length; start += 500) {
    await db
      .insertInto('collection_resources')
      .values(
        unique.slice(start, start + 500).map((resource_id) => ({ collection_id: collectionId, resource_id })),
      )
      .onConflict((oc) => oc.columns(['collection_id', 'resource_id']).doNothing())
      .execute();
  }
}

/** Removes resources from a collection; `undefined` removes them all. */
export async function removeCollectionResources(
  db: Kysely<Database>,
  collectionId: string,
  resourceIds: readonly string[] | undefined,
): Promise<void> {
  let query = db.deleteFrom('collection_resources').where('collection_id', '=', collectionId);
  if (resourceIds) {
    if (resourceIds.length === 0) return;
    query = query.where('resource_id', 'in', resourceIds);
  }
  await query.execute();
}
