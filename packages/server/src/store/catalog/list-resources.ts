import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { compileResourceFilter, resourceOrderBy } from './compile-resource-filter.js';
import { notBehindAnotherSource } from './entity-sources.js';
import { type ResourceViewRow, selectResourceViewRows } from './find-resources.js';
import type { ResourceFilter, ResourceSort } from './resource-query.js';

export interface ListResourcesOptions {
  workspaceId: string;
  filter: ResourceFilter | undefined;
  /** Leave stale resources in (the archive view); otherwise they are excluded. */
  includeStale: boolean;
  sort: ResourceSort | undefined;
  limit: number;
  offset: number;
}

/** One page of the workspace's resources matching a checked filter, and the total count of matches. */
export async function listResources(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: ListResourcesOptions,
): Promise<{ rows: ResourceViewRow[]; count: number }> {
  let page = narrowToMatches(selectResourceViewRows(db), flags, options);
  for (const term of resourceOrderBy(options.sort)) page = page.orderBy(term);
  const rows = await page.limit(options.limit).offset(options.offset).execute();
  const counted = await narrowToMatches(
    db.selectFrom('resources').select(sql<number>`count(*)`.as('n')),
    flags,
    options,
  ).executeTakeFirstOrThrow();
  return {
    rows: rows.map((row) => ({ ...row, children_count: Number(row.children_count) })),
    count: Number(counted.n),
  };
}

function narrowToMatches<O>(
  query: SelectQueryBuilder<Database, 'resources', O>,
  flags: DialectFlags,
  options: ListResourcesOptions,
): SelectQueryBuilder<Database, 'resources', O> {
  const { filter } = options;
  let narrowed = query.where('resources.workspace_id', '=', options.workspaceId);
  if (!options.includeStale) narrowed = narrowed.where('resources.stale', '=', 0);
  // One physical table, one answer: a table another source outranks is answered through that one.
  narrowed = narrowed.where(notBehindAnotherSource('resources'));
  if (filter) narrowed = narrowed.where((eb) => compileResourceFilter(eb, flags, filter));
  return narrowed;
}
