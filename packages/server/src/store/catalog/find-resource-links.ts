import { type Kysely, sql } from 'kysely';
import { parseJsonColumn } from '../../lib/json.js';
import type { Database } from '../schema.js';
import { executePrecompiled } from './precompiled-query.js';

/** What other tables say about a resource: its tags, its collections and its custom property values. */
export interface ResourceLinks {
  tags: string[];
  collections: string[];
  /** Custom property name → value. */
  customProperties: Record<string, unknown>;
}

interface LinkRow {
  resource_id: string;
  kind: 'tag' | 'collection' | 'property';
  ref: string;
  value: string | null;
}

/**
 * Links of many resources in one round trip (a UNION ALL over the three link tables): the single-resource GET
 * must stay at two queries to serve thousands of requests a second.
 */
export async function findResourceLinks(
  db: Kysely<Database>,
  resourceIds: readonly string[],
): Promise<Map<string, ResourceLinks>> {
  const links = new Map<string, ResourceLinks>();
  for (const id of resourceIds) links.set(id, { tags: [], collections: [], customProperties: {} });
  if (resourceIds.length === 0) return links;
  const rows =
    resourceIds.length === 1
      ? await executePrecompiled<LinkRow>(db, {
          name: 'resource-links-one',
          parameters: [resourceIds[0], resourceIds[0], resourceIds[0]],
          build: ([tagIds, collectionIds, propertyIds]) => ({
            compile: () => linksQuery([tagIds!], [collectionIds!], [propertyIds!]).compile(db),
          }),
        })
      : (await linksQuery(resourceIds, resourceIds, resourceIds).execute(db)).rows;
  for (const row of rows) {
    const entry = links.get(row.resource_id);
    if (!entry) continue;
    if (row.kind === 'tag') entry.tags.push(row.ref);
    else if (row.kind === 'collection') entry.collections.push(row.ref);
    else entry.customProperties[row.ref] = parseJsonColumn(row.value, null);
  }
  return links;
}

/** The three link tables in one UNION ALL; the id lists are separate so the one-id form can be precompiled. */
function linksQuery(
  tagIds: readonly string[],
  collectionIds: readonly string[],
  propertyIds: readonly string[],
) {
  return sql<LinkRow>`
    select resource_id, 'tag' as kind, tag_id as ref, null as value
      from resource_tags where resource_id in (${sql.join(tagIds)})
    union all
    select resource_id, 'collection' as kind, collection_id as ref, null as value
      from collection_resources where resource_id in (${sql.join(collectionIds)})
    union all
    select v.resource_id, 'property' as kind, p.name as ref, v.value
      from custom_property_values v join custom_properties p on p.id = v.property_id
      where v.resource_id in (${sql.join(propertyIds)})
    order by kind, ref`;
}
