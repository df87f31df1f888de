import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type { Database, ResourcesTable } from '../schema.js';

// Resource trees are shallow (database → schema → table → column → nested columns); 32 levels is far past any
// real one and bounds the walk should a parent cycle ever exist.
const MAX_TREE_DEPTH = 32;

/** Inserts one hand-made resource row. */
export async function insertResource(db: Kysely<Database>, row: Insertable<ResourcesTable>): Promise<void> {
  await db.insertInto('resources').values(row).execute();
}

/** Writes catalog-owned columns of one resource of the workspace. */
export async function updateResourceColumns(
  db: Kysely<Database>,
  options: { workspaceId: string; id: string; values: Updateable<ResourcesTable> },
): Promise<void> {
  await db
    .updateTable('resources')
    .set(options.values)
    .where('id', '=', options.id)
    .where('workspace_id', '=', options.workspaceId)
    .execute();
}

/** Makes the resource's tags exactly `tagIds` (ids already checked to be of the same workspace). */
export async function replaceResourceTags(
  db: Kysely<Database>,
  resourceId: string,
  tagIds: readonly string[],
): Promise<void> {
  await db.deleteFrom('resource_tags').where('resource_id', '=', resourceId).execute();
  if (tagIds.length === 0) return;
  await db
    .insertInto('resource_tags')
    .values([...new Set(tagIds)].map((tag_id) => ({ resource_id: resourceId, tag_id })))
    .execute();
}

/** Makes the resource's collections exactly `collectionIds`. */
export async function replaceResourceCollections(
  db: Kysely<Database>,
  resourceId: string,
  collectionIds: readonly string[],
): Promise<void> {
  await db.deleteFrom('collection_resources').where('resource_id', '=', resourceId).execute();
  if (collectionIds.length === 0) return;
  await db
    .insertInto('collection_resources')
    .values([...new Set(collectionIds)].map((collection_id) => ({ collection_id, resource_id: resourceId })))
    .execute();
}

/**
 * Re-derives `title_full` (`parent.title_full + '.' + title`) below a renamed resource, one level per statement,
 * as the sync engine does for synced rows.
 */
export async function refreshDescendantTitles(db: Kysely<Database>, rootId: string): Promise<void> {
  let parents = [rootId];
  for (let depth = 0; depth < MAX_TREE_DEPTH && parents.length > 0; depth += 1) {
    await db
      .updateTable('resources')
      .set({
        title_full: sql<string>`coalesce((select p.title_full || '.' from resources p where p.id = resources.parent_id), '') || title`,
      })
      .where('parent_id', 'in', parents)
      .where('entity_type', 'not in', ['table', 'schema'])
      .execute();
    const children = await db
      .selectFrom('resources')
      .select('id')
      .where('parent_id', 'in', parents)
      .execute();
    parents = children.map((child) => child.id);
  }
}

/**
 * A table's full title comes from the database and schema names it carries, not from its parent. When a
 * hand-made database or schema is renamed, its schemas and tables take the new name and their full titles
 * follow; call {@link refreshDescendantTitles} afterwards for the columns below.
 */
export async function renameInheritedNames(
  db: Kysely<Database>,
  options: { id: string; entityType: string; title: string },
): Promise<void> {
  const { id, entityType, title } = options;
  const tableTitleFull = sql<string>`coalesce(database_name || '.', '') || coalesce(schema_name || '.', '') || title`;
  if (entityType === 'schema') {
    await db
      .updateTable('resources')
      .set({
        schema_name: title,
        title_full: sql`coalesce(database_name || '.', '') || ${title} || '.' || title`,
      })
      .where('parent_id', '=', id)
      .where('entity_type', '=', 'table')
      .execute();
    return;
  }
  if (entityType !== 'database') return;
  await db
    .updateTable('resources')
    .set({ database_name: title, title_full: sql`${title} || '.' || title` })
    .where('parent_id', '=', id)
    .where('entity_type', '=', 'schema')
    .execute();
  await db
    .updateTable('resources')
    .set({ database_name: title })
    .where('entity_type', '=', 'table')
    .where('parent_id', 'in', (eb) =>
      eb.selectFrom('resources as s').select('s.id').where('s.parent_id', '=', id),
    )
    .execute();
  await db
    .updateTable('resources')
    .set({ title_full: tableTitleFull })
    .where('entity_type', '=', 'table')
    .where('parent_id', 'in', (eb) =>
      eb.selectFrom('resources as s').select('s.id').where('s.parent_id', '=', id),
    )
    .execute();
}

/** The ids of a resource and everything below it (columns of a table, charts of a dashboard...). */
export async function findResourceSubtreeIds(db: Kysely<Database>, rootId: string): Promise<string[]> {
  const all = new Set([rootId]);
  let parents = [rootId];
  for (let depth = 0; depth < MAX_TREE_DEPTH && parents.length > 0; depth += 1) {
    const children = await db
      .selectFrom('resources')
      .select('id')
      .where('parent_id', 'in', parents)
      .execute();
    parents = children.map((child) => child.id).filter((id) => !all.has(id));
    for (const id of parents) all.add(id);
  }
  return [...all];
}

/** Deletes resources; their tags, collection links, custom values and lineage go with them (foreign keys). */
export async function deleteResourcesById(db: Kysely<Database>, ids: readonly string[]): Promise<void> {
  for (let start = 0; start < ids.length; start += 500) {
    await db
      .deleteFrom('resources')
      .where('id', 'in', ids.slice(start, start + 500))
      .execute();
  }
}
