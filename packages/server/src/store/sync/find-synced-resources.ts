import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** What the sync engine needs of a resource it may update. */
export interface SyncedResource {
  id: string;
  databuilder_id: string;
  source_hash: string | null;
  stale: number;
  user_values: string;
  description: string;
  definition: string;
  owners: string;
}

/** Looks up an integration's resources by databuilder_id (one batch of a run), keyed by databuilder_id. */
export async function findSyncedResources(
  db: Kysely<Database>,
  options: { integrationId: string; databuilderIds: string[] },
): Promise<Map<string, SyncedResource>> {
  const found = new Map<string, SyncedResource>();
  if (options.databuilderIds.length === 0) return found;
  const rows = await db
    .selectFrom('resources')
    .select([
      'id',
      'databuilder_id',
      'source_hash',
      'stale',
      'user_values',
      'description',
      'definition',
      'owners',
    ])
    .where('integration_id', '=', options.integrationId)
    .where('databuilder_id', 'in', options.databuilderIds)
    .execute();
  for (const row of rows) found.set(row.databuilder_id as string, row as SyncedResource);
  return found;
}

/** Whether the integration has any resource yet (a first sync skips per-batch lookups). */
export async function hasSyncedResources(db: Kysely<Database>, integrationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('resources')
    .select('id')
    .where('integration_id', '=', integrationId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The integration's resources under the given parents (to check them against a parent's new type). */
export async function findChildrenOf(
  db: Kysely<Database>,
  options: { integrationId: string; parentIds: string[] },
): Promise<Array<{ databuilder_id: string; entity_type: string; parent_id: string }>> {
  const children: Array<{ databuilder_id: string; entity_type: string; parent_id: string }> = [];
  for (let start = 0; start < options.parentIds.length; start += 500) {
    const rows = await db
      .selectFrom('resources')
      .select(['databuilder_id', 'entity_type', 'parent_id'])
      .where('integration_id', '=', options.integrationId)
      .where('parent_id', 'in', options.parentIds.slice(start, start + 500))
      .execute();
    for (const row of rows) {
      children.push({
        databuilder_id: row.databuilder_id as string,
        entity_type: row.entity_type,
        parent_id: row.parent_id as string,
      });
    }
  }
  return children;
}
