import { NotFoundError } from '../errors/index.js';
import {
  findResourceLinks,
  findResourceViewRow,
  type LeafFilter,
  listResources,
  type ResourceFilter,
} from '../store/catalog/index.js';
import type { Store } from '../store/database.js';
import { listTestsForResources } from '../store/dbt/index.js';
import { RESOURCE_FIELDS } from './resource-fields.js';
import { filterMentionsField, parseResourceFilter, parseResourceSort } from './resource-filter.js';
import { type ResourceView, toResourceView } from './resource-view.js';

export type CatalogStore = Pick<Store, 'db' | 'flags'>;

export interface PageRequest {
  limit: number;
  offset: number;
}

export interface ResourcePage {
  results: ResourceView[];
  count: number;
}

/**
 * One resource of the workspace as the API shows it: three queries (the row with its children count, then its
 * tags, collections and custom values together, then its dbt tests). `entityType` makes other types "not found"
 * (typed routes).
 */
export async function getResourceView(
  store: CatalogStore,
  options: { workspaceId: string; id: string; entityType?: string | undefined },
): Promise<ResourceView> {
  const row = await findResourceViewRow(store.db, options);
  if (!row)
    throw new NotFoundError('resource_not_found', `no resource with id ${options.id}`, { id: options.id });
  const [view] = await toResourceViews(store, [row]);
  return view!;
}

/**
 * The API view of rows: their links (tags, collections, custom values) and dbt tests, each fetched for all rows
 * at once and concurrently (PostgreSQL answers both at the same time; SQLite runs them one after the other).
 */
export async function toResourceViews(
  store: CatalogStore,
  rows: Parameters<typeof toResourceView>[0][],
): Promise<ResourceView[]> {
  const ids = rows.map((row) => row.id);
  const [links, tests] = await Promise.all([
    findResourceLinks(store.db, ids),
    listTestsForResources(store.db, ids),
  ]);
  return rows.map((row) => ({ ...toResourceView(row, links.get(row.id)), tests: tests.get(row.id) ?? [] }));
}

/**
 * The catalog search: `filter=` and `sort=` as JSON text (compat §1). Stale resources are left out unless the
 * filter names `stale` (that is how the archive view asks for them).
 */
export async function searchCatalog(
  store: CatalogStore,
  options: { workspaceId: string; filter?: string | undefined; sort?: string | undefined; page: PageRequest },
): Promise<ResourcePage> {
  const filter = parseResourceFilter(options.filter);
  const sort = parseResourceSort(options.sort);
  return listResourceViews(store, {
    workspaceId: options.workspaceId,
    filter,
    sort,
    includeStale: filterMentionsField(filter, 'stale'),
    page: options.page,
  });
}

/** Django-style filters of the typed list routes (`title=`, `parent_id__in=a,b` ...). */
export interface TypedListFilters {
  integration_id?: string | undefined;
  parent_id?: string | undefined;
  title?: string | undefined;
  integration_id__in?: string[] | undefined;
  parent_id__in?: string[] | undefined;
  title__in?: string[] | undefined;
}

/** A typed list (`/table/tables` ...): resources of one entity type, newest first, stale ones left out. */
export async function listTypedResources(
  store: CatalogStore,
  options: { workspaceId: string; entityType: string; filters: TypedListFilters; page: PageRequest },
): Promise<ResourcePage> {
  const leaves: LeafFilter[] = [leafOf('entity_type', 'exact', options.entityType)];
  for (const field of ['integration_id', 'parent_id', 'title'] as const) {
    const exact = options.filters[field];
    const among = options.filters[`${field}__in`];
    if (exact !== undefined) leaves.push(leafOf(field, 'exact', exact));
    if (among !== undefined && among.length > 0) leaves.push(leafOf(field, 'in', among));
  }
  return listResourceViews(store, {
    workspaceId: options.workspaceId,
    filter: { operator: 'and', operands: leaves },
    sort: undefined,
    includeStale: false,
    page: options.page,
  });
}

async function listResourceViews(
  store: CatalogStore,
  options: {
    workspaceId: string;
    filter: ResourceFilter | undefined;
    sort: ReturnType<typeof parseResourceSort>;
    includeStale: boolean;
    page: PageRequest;
  },
): Promise<ResourcePage> {
  const { rows, count } = await listResources(store.db, store.flags, {
    workspaceId: options.workspaceId,
    filter: options.filter,
    includeStale: options.includeStale,
    sort: options.sort,
    limit: options.page.limit,
    offset: options.page.offset,
  });
  return { results: await toResourceViews(store, rows), count };
}

function leafOf(field: string, operator: LeafFilter['operator'], value: LeafFilter['value']): LeafFilter {
  return { operator, field, spec: RESOURCE_FIELDS[field]!, value };
}
