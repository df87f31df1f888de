import { searchCatalog } from '../api/endpoints';
import type { ListEnvelope, Resource } from '../api/types';

/** One page of a tree level: up to this many children are fetched at a time ("Show more" fetches the next). */
export const BROWSE_PAGE_SIZE = 100;

// Levels come from the catalog list route (`parent` / `integration` filters) rather than the typed list routes
// (`/table/tables?parent_id=` ...): those have no sort, and a level paged 100 at a time must be in one order
// across its pages, not sorted page by page.

/** One page of the live children of a resource: columns in their table's order, anything else by title. */
export function fetchBrowseChildren(parent: Resource, page: number): Promise<ListEnvelope<Resource>> {
  return searchCatalog({
    filter: {
      operator: 'and',
      operands: [
        { operator: 'exact', field: 'parent', value: parent.id },
        { operator: 'exact', field: 'stale', value: false },
      ],
    },
    sort:
      parent.entity_type === 'table'
        ? { field: 'sort_order', order: 'asc' }
        : { field: 'title', order: 'asc' },
    page,
    pageSize: BROWSE_PAGE_SIZE,
  });
}

/**
 * The tops of an integration's hierarchies: its live assets without a parent (databases, dashboard groups, and
 * any dashboard or table that was synced without one).
 */
export function fetchIntegrationRoots(integrationId: string, page: number): Promise<ListEnvelope<Resource>> {
  return searchCatalog({
    filter: {
      operator: 'and',
      operands: [
        { operator: 'exact', field: 'integration', value: integrationId },
        { operator: 'is_set', field: 'parent', value: false },
        { operator: 'exact', field: 'stale', value: false },
      ],
    },
    sort: { field: 'title', order: 'asc' },
    page,
    pageSize: BROWSE_PAGE_SIZE,
  });
}
