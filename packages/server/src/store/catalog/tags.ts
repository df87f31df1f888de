import type { Kysely, Selectable, Updateable } from 'kysely';
import { listPage } from '../list-page.js';
import type { Database, TagsTable } from '../schema.js';

export type TagRow = Selectable<TagsTable>;

export async function insertTag(db: Kysely<Database>, row: TagRow): Promise<void> {
  await db.insertInto('tags').values(row).execute();
}

export async function findTag(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<TagRow | undefined> {
  return db
    .selectFrom('tags')
    .selectAll()
    .where('id', '=', id)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
}

/** A page of the workspace's tags by name; `name` narrows to one exact name. */
export async function listTags(
  db: Kysely<Database>,
  options: { workspaceId: string; name?: string | undefined; limit: number; offset: number },
): Promise<{ rows: TagRow[]; count: number }> {
  let query = db.selectFrom('tags').where('workspace_id', '=', options.workspaceId);
  if (options.name !== undefined) query = query.where('name', '=', options.name);
  return listPage(query, (q) => q.selectAll().orderBy('name').orderBy('id'), options);
}

export async function updateTagRow(
  db: Kysely<Database>,
  options: { workspaceId: string; id: string; values: Updateable<TagsTable> },
): Promise<void> {
  await db
    .updateTable('tags')
    .set(options.values)
    .where('id', '=', options.id)
    .where('workspace_id', '=', options.workspaceId)
    .execute();
}

/** Deletes a tag; it disappears from every resource (resource_tags cascade). */
export async function deleteTagRow(db: Kysely<Database>, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom('tags').where('id', '=', id).where('workspace_id', '=', workspaceId).execute();
}
