import { type Kysely, sql } from 'kysely';
import { parseJsonColumn } from '../../lib/json.js';
import type { ResourceTest } from '../dbt/test-results.js';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import type { ResourceLinks } from './find-resource-links.js';
import { type FindResourceOptions, type ResourceViewRow, selectResourceViewRows } from './find-resources.js';
import { executePrecompiled } from './precompiled-query.js';

/** A resource's row with everything its API view shows from other tables. */
export interface ResourceViewWithLinks {
  row: ResourceViewRow;
  links: ResourceLinks;
  tests: ResourceTest[];
}

interface LinkedRow extends ResourceViewRow {
  links_json: unknown;
  tests_json: unknown;
}

/**
 * One resource of the workspace with its tags, collections, custom values and dbt tests, in one statement (one
 * round trip): the hot path of `GET /resource/all/{id}`, which serves thousands of requests a second. The linked
 * rows come as JSON arrays aggregated in the database (DialectFlags.jsonArrayAgg / jsonObject). Undefined when
 * there is no such resource.
 */
export async function findResourceViewWithLinks(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: FindResourceOptions,
): Promise<ResourceViewWithLinks | undefined> {
  const { id, workspaceId, entityType } = options;
  const { jsonArrayAgg: agg, jsonObject: obj } = flags;
  const [found] = await executePrecompiled<LinkedRow>(db, {
    name: entityType ? 'resource-view-linked-typed' : 'resource-view-linked',
    parameters: entityType ? [id, workspaceId, entityType] : [id, workspaceId],
    build: ([idParam, workspaceParam, typeParam]) => {
      const query = selectResourceViewRows(db)
        .select(
          sql<unknown>`(select ${sql.raw(agg)}(${sql.raw(obj)}('kind', l.kind, 'ref', l.ref, 'value', l.value)
             order by l.kind, l.ref) from (
               select 'tag' as kind, tag_id as ref, null as value from resource_tags
                 where resource_id = resources.id
               union all
               select 'collection', collection_id, null from collection_resources
                 where resource_id = resources.id
               union all
               select 'property', p.name, v.value from custom_property_values v
                 join custom_properties p on p.id = v.property_id where v.resource_id = resources.id) l)`.as(
            'links_json',
          ),
        )
        .select(
          sql<unknown>`(select ${sql.raw(agg)}(${sql.raw(obj)}('name', t.test_name, 'status', t.status,
             'message', t.message, 'failures', t.failures, 'run_at', t.run_at) order by t.test_name)
             from dbt_test_results t where t.resource_id = resources.id)`.as('tests_json'),
        )
        .where('resources.id', '=', idParam!)
        .where('resources.workspace_id', '=', workspaceParam!);
      return typeParam ? query.where('resources.entity_type', '=', typeParam) : query;
    },
  });
  if (!found) return undefined;
  const { links_json, tests_json, ...row } = found;
  const links: ResourceLinks = { tags: [], collections: [], customProperties: {} };
  for (const link of jsonArray<{ kind: string; ref: string; value: string | null }>(links_json)) {
    if (link.kind === 'tag') links.tags.push(link.ref);
    else if (link.kind === 'collection') links.collections.push(link.ref);
    else links.customProperties[link.ref] = parseJsonColumn(link.value, null);
  }
  return {
    row: { ...row, children_count: Number(row.children_count) },
    links,
    tests: jsonArray<ResourceTest>(tests_json),
  };
}

// SQLite answers JSON as text (and `[]` for no rows), PostgreSQL as parsed JSON (and null for no rows).
function jsonArray<T>(value: unknown): T[] {
  if (value === null || value === undefined) return [];
  return (typeof value === 'string' ? JSON.parse(value) : value) as T[];
}
