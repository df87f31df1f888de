import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

const IDS_PER_STATEMENT = 500;

/** The tags (id and name) of each of `resourceIds`, for tag facets. */
export async function listTagsOfResources(
  db: Kysely<Database>,
  resourceIds: readonly string[],
): Promise<Map<string, { id: string; name: string }[]>> {
  const byResource = new Map<string, { id: string; name: string }[]>();
  for (let start = 0; start < resourceIds.length; start += IDS_PER_STATEMENT) {
    const rows = await db
      .selectFrom('resource_tags as rt')
      .innerJoin('tags as t', 't.id', 'rt.tag_id')
      .select(['rt.resource_id', 't.id', 't.name'])
      .where('rt.resource_id', 'in', resourceIds.slice(start, start + IDS_PER_STATEMENT))
      .execute();
    for (const row of rows) {
      const tags = byResource.get(row.resource_id) ?? [];
      tags.push({ id: row.id, name: row.name });
      byResource.set(row.resource_id, tags);
    }
  }
  return byResource;
}

/** Names of the workspace's integrations, by id, for integration facets. */
export async function listIntegrationNames(
  db: Kysely<Database>,
  workspaceId: string,
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('integrations')
    .select(['id', 'name'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}
