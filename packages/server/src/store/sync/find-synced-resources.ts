import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { chunksOf, placeholders, selectSql } from './raw-sql.js';

/** What the sync engine needs of a resource it may skip or update. */
export interface SyncedResource {
  id: string;
  databuilder_id: string;
  source_hash: string | null;
  stale: number;
  /** What a changed row's values are computed from: read only for the rows a run rewrites. */
  edits?: ResourceEdits;
}

/** The editable values of a resource as stored (effective columns and user edits). */
export interface ResourceEdits {
  user_values: string;
  description: string;
  definition: string;
  owners: string;
}

/**
 * Looks up an integration's resources by databuilder_id (one batch of a run), keyed by databuilder_id. Only what
 * decides "unchanged" is read here: an identical re-sync reads nothing else.
 */
export async function findSyncedResources(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { integrationId: string; databuilderIds: string[] },
): Promise<Map<string, SyncedResource>> {
  const found = new Map<string, SyncedResource>();
  for (const chunk of chunksOf(options.databuilderIds, LOOKUP_CHUNK)) {
    // Raw, so that a full batch's statement text is the same every time (prepared once, not rebuilt).
    const rows = await selectSql<SyncedResource>(
      db,
      flags,
      `select id, databuilder_id, source_hash, stale from resources
       where integration_id = ? and databuilder_id in (${placeholders(chunk.length)})`,
      [options.integrationId, ...chunk],
    );
    for (const row of rows) found.set(row.databuilder_id, row);
  }
  return found;
}

/** Adds their editable values to the resources a run is about to rewrite. */
export async function readResourceEdits(
  db: Kysely<Database>,
  flags: DialectFlags,
  resources: SyncedResource[],
): Promise<void> {
  for (const chunk of chunksOf(resources, LOOKUP_CHUNK)) {
    const byId = new Map(chunk.map((resource) => [resource.id, resource]));
    const rows = await selectSql<ResourceEdits & { id: string }>(
      db,
      flags,
      `select id, user_values, description, definition, owners from resources where id in (${placeholders(chunk.length)})`,
      chunk.map((resource) => resource.id),
    );
    for (const { id, ...edits } of rows) byId.get(id)!.edits = edits;
  }
}

const LOOKUP_CHUNK = 2000;

/** How many resources the integration has (live and stale; read from its index alone). */
export async function countSyncedResources(db: Kysely<Database>, integrationId: string): Promise<number> {
  const row = await db
    .selectFrom('resources')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('integration_id', '=', integrationId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The integration's resources under the given parents (to check them against a parent's new type). */
export async function findChildrenOf(
  db: Kysely<Database>,
  options: { integrationId: string; parentIds: string[] },
): Promise<Array<{ databuilder_id: string; entity_type: string; parent_id: string }>> {
  const children: Array<{ databuilder_id: string; entity_type: string; parent_id: string }> = [];
  for (const chunk of chunksOf(options.parentIds, 500)) {
    const rows = await db
      .selectFrom('resources')
      .select(['databuilder_id', 'entity_type', 'parent_id'])
      .where('integration_id', '=', options.integrationId)
      .where('parent_id', 'in', chunk)
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
