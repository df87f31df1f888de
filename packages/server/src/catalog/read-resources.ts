import { NotFoundError } from '../errors/index.js';
import { parseJsonColumn } from '../lib/json.js';
import { loadOwnerDirectory, resolveOwners, splitOwners } from '../store/accounts/index.js';
import {
  countEntityChildren,
  type EntitySource,
  entityIdOf,
  findEntitySources,
  findEntitySourcesOf,
  findResourceLinks,
  findResourceViewRows,
  findResourceViewWithLinks,
  type LeafFilter,
  listResources,
  type ResourceFilter,
} from '../store/catalog/index.js';
import type { Store } from '../store/database.js';
import { listTestsForResources } from '../store/dbt/index.js';
import { listEntityColumns } from './entity-columns.js';
import { mergeEntitySources } from './entity-view.js';
import { isInScope, type ReadScope } from './read-scope.js';
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
 * One resource of the workspace as the API shows it, in one statement (the row with its children count, tags,
 * collections, custom values and dbt tests). `entityType` makes other types "not found" (typed routes).
 */
export async function getResourceView(
  store: CatalogStore,
  options: {
    workspaceId: string;
    id: string;
    entityType?: string | undefined;
    /** Viewers: a draft (unpublished) resource is "not found". */
    publishedOnly?: boolean | undefined;
    /** The resource's own view, not its entity's (false: what a write to this very resource compares with). */
    asEntity?: boolean;
    /** Guests: only their teams' resources. */
    scope?: ReadScope;
  },
): Promise<ResourceView> {
  const found = await findResourceViewWithLinks(store.db, store.flags, options);
  // A draft for a viewer, or a resource outside a guest's teams, is "not found", like one of another workspace.
  if (
    !found ||
    (options.publishedOnly && !found.row.published) ||
    (options.scope && !isInScope(options.scope, parseJsonColumn<string[]>(found.row.teams, [])))
  )
    throw new NotFoundError('resource_not_found', `no resource with id ${options.id}`, { id: options.id });
  const own = { ...toResourceView(found.row, found.links), tests: found.tests };
  if (found.row.entity_type !== 'table' || options.asEntity === false) return withPeople(store, own);
  // A table is answered as its entity: the primary source's view with the other sources merged in.
  const sources = await findEntitySources(store.db, { workspaceId: options.workspaceId, id: found.row.id });
  const [merged] = await mergeEntityViews(store, [own], new Map([[own.id, sources]]));
  return withPeople(store, merged!);
}

/**
 * Views of tables as their entities: under the entity's id (its oldest source's), with the primary's structural
 * fields and the sources merged in (docs/lineage.md "Entities and sources"). Views without other sources stay
 * as they are; the primaries' own views are read in one batch.
 */
async function mergeEntityViews(
  store: CatalogStore,
  views: ResourceView[],
  sourcesOf: Map<string, EntitySource[]>,
): Promise<ResourceView[]> {
  // Every other source's own view in one batch (primaries for the structure, all of them for tags and tests).
  const shown = new Map(views.map((view) => [view.id, view]));
  const missing = new Set<string>();
  for (const view of views) {
    const sources = sourcesOf.get(view.id) ?? [];
    if (view.entity_type !== 'table' || sources.length < 2) continue;
    for (const source of sources) if (!shown.has(source.resource_id)) missing.add(source.resource_id);
  }
  for (const view of await ownViews(store, await findResourceViewRows(store.db, [...missing]))) {
    shown.set(view.id, view);
  }
  // Their children (columns) merged by name, as the table's page lists them.
  const merging = views
    .map((view) => sourcesOf.get(view.id) ?? [])
    .filter((sources, index) => views[index]!.entity_type === 'table' && sources.length > 1);
  const childCounts = await countEntityChildren(
    store.db,
    merging.map((sources) => sources.map((source) => source.resource_id)),
  );
  const childrenOf = new Map(merging.map((sources, index) => [sources, childCounts[index]!]));
  return Promise.all(
    views.map(async (view) => {
      const sources = sourcesOf.get(view.id);
      if (view.entity_type !== 'table' || !sources || sources.length === 0) return view;
      const primary = shown.get(sources[0]!.resource_id) ?? view;
      const merged = await mergeEntitySources(store, primary, sources, shown);
      const children_count = childrenOf.get(sources) ?? merged.children_count;
      return { ...merged, id: entityIdOf(sources) ?? view.id, children_count };
    }),
  );
}

/** One view with its owners split into people and external owners, named (see {@link withOwnerPeople}). */
async function withPeople(store: CatalogStore, view: ResourceView): Promise<ResourceView> {
  return withOwnerPeople(view, await splitOwners(store.db, view.workspace_id, view.owners));
}

/**
 * The API view of rows: their links (tags, collections, custom values) and dbt tests, each fetched for all rows
 * at once and concurrently (PostgreSQL answers both at the same time; SQLite runs them one after the other).
 * Tables are answered as their entities (merged fields, the entity's id) unless `asEntities` is false.
 */
export async function toResourceViews(
  store: CatalogStore,
  rows: Parameters<typeof toResourceView>[0][],
  options: { asEntities?: boolean } = {},
): Promise<ResourceView[]> {
  let views = await ownViews(store, rows);
  const tables = views.filter((view) => view.entity_type === 'table' && view.integration !== null);
  if (options.asEntities !== false && tables.length > 0) {
    const sourcesOf = await findEntitySourcesOf(store.db, {
      workspaceId: tables[0]!.workspace_id,
      ids: tables.map((view) => view.id),
    });
    if ([...sourcesOf.values()].some((sources) => sources.length > 1)) {
      views = await mergeEntityViews(store, views, sourcesOf);
    }
  }
  const stored = views.flatMap((view) => view.owners);
  const people = await splitOwners(store.db, rows[0]?.workspace_id ?? '', stored);
  return views.map((view) => withOwnerPeople(view, people));
}

/** Rows as views with their links and tests, owners as stored (not yet split into people). */
async function ownViews(
  store: CatalogStore,
  rows: Parameters<typeof toResourceView>[0][],
): Promise<ResourceView[]> {
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return [];
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
  options: {
    workspaceId: string;
    filter?: string | undefined;
    sort?: string | undefined;
    /** `teams=`: only resources of these teams (Secoda's catalog parameter). */
    teams?: string[] | undefined;
    scope?: ReadScope;
    page: PageRequest;
    /** Viewers: drafts (unpublished resources) are left out. */
    publishedOnly?: boolean | undefined;
  },
): Promise<ResourcePage> {
  const filter = await withOwnersResolved(store, options.workspaceId, parseResourceFilter(options.filter));
  const sort = parseResourceSort(options.sort);
  const restrictions: LeafFilter[] = [];
  if (options.publishedOnly) restrictions.push(leafOf('published', 'exact', true));
  if (options.teams && options.teams.length > 0) restrictions.push(leafOf('teams', 'in', options.teams));
  const scoped = scopeLeaf(options.scope);
  if (scoped) restrictions.push(scoped);
  return listResourceViews(store, {
    workspaceId: options.workspaceId,
    filter:
      restrictions.length === 0
        ? filter
        : { operator: 'and', operands: [...(filter ? [filter] : []), ...restrictions] },
    sort,
    includeStale: filterMentionsField(filter, 'stale'),
    page: options.page,
  });
}

/**
 * Owners are people (issue #20): `owners` lists the user ids; names that are no user of the workspace are
 * `external_owners`; `owners_display` names each for people to read (the UI's chips, facets).
 */
function withOwnerPeople(view: ResourceView, people: Awaited<ReturnType<typeof splitOwners>>): ResourceView {
  const stored = view.owners;
  return {
    ...view,
    owners: stored.filter((owner) => people.userIds.has(owner)),
    external_owners: stored.filter((owner) => !people.userIds.has(owner)),
    owners_display: stored.map((owner) => {
      const person = people.names.get(owner);
      return person
        ? { id: owner, name: person.name || person.email, email: person.email, external: false }
        : { id: null, name: owner, email: owner.includes('@') ? owner : null, external: true };
    }),
  };
}

/** Django-style filters of the typed list routes (`title=`, `parent_id__in=a,b` ...). */
export interface TypedListFilters {
  integration_id?: string | undefined;
  parent_id?: string | undefined;
  title?: string | undefined;
  integration_id__in?: string[] | undefined;
  parent_id__in?: string[] | undefined;
  title__in?: string[] | undefined;
  /** Only published (true) or only draft (false) items; absent: both. */
  published?: boolean | undefined;
  /** Only these ids (knowledge lists narrowed by their own fields, e.g. questions about a resource). */
  id__in?: string[] | undefined;
}

/** A typed list (`/table/tables` ...): resources of one entity type, newest first, stale ones left out. */
export async function listTypedResources(
  store: CatalogStore,
  options: {
    workspaceId: string;
    entityType: string;
    filters: TypedListFilters;
    scope?: ReadScope;
    page: PageRequest;
  },
): Promise<ResourcePage> {
  // The columns of one merged table: its sources' columns, merged by name (catalog/entity-columns.ts).
  const parentId = options.filters.parent_id;
  if (options.entityType === 'column' && parentId !== undefined && onlyParentFilter(options.filters)) {
    const sources = await findEntitySources(store.db, { workspaceId: options.workspaceId, id: parentId });
    const entityId = entityIdOf(sources);
    if (sources.length > 1 && entityId !== undefined && options.scope?.teams === undefined) {
      return listEntityColumns(store, {
        workspaceId: options.workspaceId,
        entityId,
        sources,
        page: options.page,
        toViews: (rows) => toResourceViews(store, rows),
      });
    }
  }
  const leaves: LeafFilter[] = [leafOf('entity_type', 'exact', options.entityType)];
  const scoped = scopeLeaf(options.scope);
  if (scoped) leaves.push(scoped);
  for (const field of ['integration_id', 'parent_id', 'title'] as const) {
    const exact = options.filters[field];
    const among = options.filters[`${field}__in`];
    if (exact !== undefined) leaves.push(leafOf(field, 'exact', exact));
    if (among !== undefined && among.length > 0) leaves.push(leafOf(field, 'in', among));
  }
  if (options.filters.published !== undefined)
    leaves.push(leafOf('published', 'exact', options.filters.published));
  if (options.filters.id__in !== undefined) leaves.push(leafOf('id', 'in', options.filters.id__in));
  return listResourceViews(store, {
    workspaceId: options.workspaceId,
    filter: { operator: 'and', operands: leaves },
    sort: undefined,
    includeStale: false,
    page: options.page,
  });
}

/** Whether a typed list asks for nothing but `parent_id` (the columns of a table, as its page lists them). */
function onlyParentFilter(filters: TypedListFilters): boolean {
  const others = [
    filters.integration_id,
    filters.title,
    filters.published,
    ...[filters.integration_id__in, filters.parent_id__in, filters.title__in, filters.id__in].map((list) =>
      list && list.length > 0 ? list : undefined,
    ),
  ];
  return others.every((value) => value === undefined);
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

/** The Guest role's restriction as a filter leaf; an empty team list matches nothing. */
function scopeLeaf(scope: ReadScope | undefined): LeafFilter | undefined {
  if (!scope || scope.teams === undefined) return undefined;
  return leafOf('teams', 'in', scope.teams.length > 0 ? scope.teams : ['\u0001no team']);
}

function leafOf(field: string, operator: LeafFilter['operator'], value: LeafFilter['value']): LeafFilter {
  return { operator, field, spec: RESOURCE_FIELDS[field]!, value };
}

/** An `owners` leaf may name a user by email; owners are stored as user ids, so the value is resolved first. */
async function withOwnersResolved(
  store: CatalogStore,
  workspaceId: string,
  filter: ResourceFilter | undefined,
): Promise<ResourceFilter | undefined> {
  if (!filter || !filterMentionsField(filter, 'owners')) return filter;
  const directory = await loadOwnerDirectory(store.db, workspaceId);
  const visit = (node: ResourceFilter): ResourceFilter => {
    if ('operands' in node) return { ...node, operands: node.operands.map(visit) };
    if (node.field !== 'owners' || node.operator === 'is_set' || node.operator === 'contains') return node;
    const values = (Array.isArray(node.value) ? node.value : [node.value]).map(String);
    const resolved = resolveOwners(directory, values);
    return { ...node, value: node.operator === 'in' ? resolved : (resolved[0] ?? '') };
  };
  return visit(filter);
}
