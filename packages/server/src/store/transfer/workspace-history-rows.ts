import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { TRANSFER_PAGE_SIZE } from './catalog-transfer-rows.js';

/** Tables of a workspace an export carries besides the catalog itself: collections, history and keys. */
export type WorkspaceHistoryTable = 'collections' | 'syncs' | 'api_keys' | 'audit_logs';

/**
 * One page of a workspace's rows of `table` after `afterId`, in id order, every column as stored (API keys hold
 * only their hash: the key itself is never stored, so it cannot travel).
 */
export async function pageWorkspaceHistoryRows(
  db: Kysely<Database>,
  table: WorkspaceHistoryTable,
  options: { workspaceId: string; afterId: string | null },
): Promise<Record<string, unknown>[]> {
  // One query shape for four tables: each has `id` and `workspace_id`, which is all this reads by.
  const source = db as unknown as Kysely<Record<WorkspaceHistoryTable, { id: string; workspace_id: string }>>;
  let query = source.selectFrom(table).selectAll().where('workspace_id', '=', options.workspaceId);
  if (options.afterId !== null) query = query.where('id', '>', options.afterId);
  return query.orderBy('id').limit(TRANSFER_PAGE_SIZE).execute();
}

/** The resources of each of these collections, in resource id order. */
export async function listCollectionMembers(
  db: Kysely<Database>,
  collectionIds: readonly string[],
): Promise<Map<string, string[]>> {
  const members = new Map<string, string[]>();
  if (collectionIds.length === 0) return members;
  const rows = await db
    .selectFrom('collection_resources')
    .select(['collection_id', 'resource_id'])
    .where('collection_id', 'in', collectionIds)
    .orderBy('resource_id')
    .execute();
  for (const row of rows)
    members.set(row.collection_id, [...(members.get(row.collection_id) ?? []), row.resource_id]);
  return members;
}
