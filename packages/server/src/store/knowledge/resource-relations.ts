import type { Kysely } from 'kysely';
import { type ResourceViewRow, selectResourceViewRows } from '../catalog/find-resources.js';
import type { Database } from '../schema.js';
import type { ResourceRelationsTable } from './knowledge-tables.js';

/** One link as seen from a resource: the other end, and how the link came to be. */
export interface RelatedResourceRow {
  resource_id: string;
  origin: string;
  created_at: string;
}

/** The resources linked to `resourceId`, in either direction, oldest link first. */
export async function listRelatedResourceRows(
  db: Kysely<Database>,
  resourceId: string,
): Promise<RelatedResourceRow[]> {
  const k = db;
  const rows = await k
    .selectFrom('resource_relations')
    .select(['from_resource_id', 'to_resource_id', 'origin', 'created_at'])
    .where((eb) => eb.or([eb('from_resource_id', '=', resourceId), eb('to_resource_id', '=', resourceId)]))
    .orderBy('created_at')
    .orderBy('from_resource_id')
    .orderBy('to_resource_id')
    .execute();
  return rows.map((row) => ({
    resource_id: row.from_resource_id === resourceId ? row.to_resource_id : row.from_resource_id,
    origin: row.origin,
    created_at: row.created_at,
  }));
}

/** The stored row of the pair, whichever way it was written. */
export async function findRelation(
  db: Kysely<Database>,
  a: string,
  b: string,
): Promise<ResourceRelationsTable | undefined> {
  return db
    .selectFrom('resource_relations')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb('from_resource_id', '=', a), eb('to_resource_id', '=', b)]),
        eb.and([eb('from_resource_id', '=', b), eb('to_resource_id', '=', a)]),
      ]),
    )
    .executeTakeFirst();
}

export async function insertRelation(db: Kysely<Database>, row: ResourceRelationsTable): Promise<void> {
  await db.insertInto('resource_relations').values(row).execute();
}

/** Deletes the pair's link, whichever way it was written. Returns whether one existed. */
export async function deleteRelation(db: Kysely<Database>, a: string, b: string): Promise<boolean> {
  const result = await db
    .deleteFrom('resource_relations')
    .where((eb) =>
      eb.or([
        eb.and([eb('from_resource_id', '=', a), eb('to_resource_id', '=', b)]),
        eb.and([eb('from_resource_id', '=', b), eb('to_resource_id', '=', a)]),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Removes the `mention` links a document's text made (before writing those of its new text). */
export async function deleteMentionRelations(db: Kysely<Database>, documentId: string): Promise<void> {
  await db
    .deleteFrom('resource_relations')
    .where('from_resource_id', '=', documentId)
    .where('origin', '=', 'mention')
    .execute();
}

/** The view rows of these resources of the workspace (any entity type; missing ids are absent). */
export async function findRelatedViewRows(
  db: Kysely<Database>,
  options: { workspaceId: string; ids: readonly string[] },
): Promise<ResourceViewRow[]> {
  if (options.ids.length === 0) return [];
  const rows = await selectResourceViewRows(db)
    .where('resources.workspace_id', '=', options.workspaceId)
    .where('resources.id', 'in', [...options.ids])
    .execute();
  return rows.map((row) => ({ ...row, children_count: Number(row.children_count) }));
}
