import type { Kysely } from 'kysely';
import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import { type DialectFlags, rowsPerInsert } from '../dialect.js';
import type { Database } from '../schema.js';
import { resourceIdsByDatabuilderId } from './test-results.js';

/**
 * Adds dbt's tags to the integration's resources, creating workspace tags by name when missing. Only adds:
 * tags are edited in the catalog too, and a sync must never take away what a user set (compat §5).
 * Returns the number of links added.
 */
export async function addDbtTags(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { workspaceId: string; integrationId: string; tags: Map<string, string[]> },
): Promise<number> {
  if (options.tags.size === 0) return 0;
  const names = [...new Set([...options.tags.values()].flat())];
  const tagIds = await ensureTags(db, options.workspaceId, options.integrationId, names);
  const resourceIds = await resourceIdsByDatabuilderId(db, flags, options.integrationId, [
    ...options.tags.keys(),
  ]);
  // A resource whose tags a user set keeps them as set: dbt adds none back (the user edit wins).
  const userSet = new Set<string>();
  const candidates = [...resourceIds.values()];
  for (let i = 0; i < candidates.length; i += Math.max(1, flags.maxParameters - 10)) {
    const rows = await db
      .selectFrom('resources')
      .select(['id', 'user_values'])
      .where('id', 'in', candidates.slice(i, i + flags.maxParameters - 10))
      .where('user_values', 'like', '%"tags"%')
      .execute();
    for (const row of rows) if ('tags' in (JSON.parse(row.user_values) as object)) userSet.add(row.id);
  }
  const wanted: Array<{ resource_id: string; tag_id: string }> = [];
  for (const [databuilderId, list] of options.tags) {
    const resourceId = resourceIds.get(databuilderId);
    if (resourceId && !userSet.has(resourceId))
      for (const name of list) wanted.push({ resource_id: resourceId, tag_id: tagIds.get(name)! });
  }
  const existing = new Set<string>();
  const ids = [...resourceIds.values()];
  const chunk = Math.max(1, flags.maxParameters - 10);
  for (let i = 0; i < ids.length; i += chunk) {
    const rows = await db
      .selectFrom('resource_tags')
      .selectAll()
      .where('resource_id', 'in', ids.slice(i, i + chunk))
      .execute();
    for (const row of rows) existing.add(`${row.resource_id}\u0000${row.tag_id}`);
  }
  const missing = wanted.filter((link) => !existing.has(`${link.resource_id}\u0000${link.tag_id}`));
  const size = rowsPerInsert(flags, 2, 1000);
  for (let i = 0; i < missing.length; i += size) {
    await db
      .insertInto('resource_tags')
      .values(missing.slice(i, i + size))
      .execute();
  }
  return missing.length;
}

/** A tag dbt makes records the integration it came from (Secoda's `integration_id`). */
async function ensureTags(
  db: Kysely<Database>,
  workspaceId: string,
  integrationId: string,
  names: string[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const rows = await db
    .selectFrom('tags')
    .select(['id', 'name'])
    .where('workspace_id', '=', workspaceId)
    .where('name', 'in', names)
    .execute();
  for (const row of rows) ids.set(row.name, row.id);
  const now = nowIso();
  for (const name of names) {
    if (ids.has(name)) continue;
    const id = newId();
    await db
      .insertInto('tags')
      .values({
        id,
        workspace_id: workspaceId,
        name,
        description: '',
        color: null,
        integration_id: integrationId,
        created_at: now,
        updated_at: now,
      })
      .execute();
    ids.set(name, id);
  }
  return ids;
}
