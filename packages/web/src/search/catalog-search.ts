import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { type CatalogFilter, searchCatalog } from '../api/endpoints';
import type { Resource } from '../api/types';

/** The entity types offered as facets, in the order of the hierarchy. */
export const FACET_TYPES = ['table', 'column', 'schema', 'database', 'dashboard', 'chart'] as const;

export interface SearchState {
  text: string;
  entityType: string | null;
  /** Stale assets (gone from their source's last sync) are only found here. */
  archive: boolean;
  integration?: string | null;
  verifiedOnly?: boolean;
  piiOnly?: boolean;
}

/** The catalog filter for a search: the words in the title or full path, the facet, and the archive switch. */
export function filterFor(
  state: Omit<SearchState, 'entityType'> & { entityType?: string | null },
): CatalogFilter {
  const operands: CatalogFilter[] = [];
  const text = state.text.trim();
  if (text) {
    operands.push({
      operator: 'or',
      operands: [
        { operator: 'contains', field: 'title', value: text },
        { operator: 'contains', field: 'title_full', value: text },
      ],
    });
  }
  if (state.entityType) operands.push({ operator: 'exact', field: 'entity_type', value: state.entityType });
  if (state.integration) operands.push({ operator: 'exact', field: 'integration', value: state.integration });
  if (state.verifiedOnly) operands.push({ operator: 'exact', field: 'verified', value: true });
  if (state.piiOnly) operands.push({ operator: 'exact', field: 'pii', value: true });
  // Naming "stale" in the filter is what lets stale assets in at all (the catalog hides them otherwise).
  operands.push({ operator: 'exact', field: 'stale', value: state.archive });
  return { operator: 'and', operands };
}

// Among equally good title matches, the assets people open most come first: tables and dashboards, then the
// containers, then columns and charts.
const ENTITY_WEIGHT: Record<string, number> = {
  table: 0,
  dashboard: 0,
  schema: 1,
  database: 1,
  chart: 2,
  column: 3,
};

/**
 * Orders one page of results the way people expect a search box to: exact title, then title prefix, then title
 * containing the words, then matches in the full path only; within each, tables before columns and the closest
 * (shortest) title first, then the server's order (by title).
 */
export function rankResults(results: Resource[], text: string): Resource[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return results;
  const score = (resource: Resource) => {
    const title = resource.title.toLowerCase();
    if (title === needle) return 0;
    if (title.startsWith(needle)) return 1;
    if (title.includes(needle)) return 2;
    return 3;
  };
  const weight = (resource: Resource) => ENTITY_WEIGHT[resource.entity_type] ?? 2;
  return results
    .map((resource, index) => ({ resource, index, score: score(resource), weight: weight(resource) }))
    .sort(
      (a, b) =>
        a.score - b.score ||
        a.weight - b.weight ||
        a.resource.title.length - b.resource.title.length ||
        a.index - b.index,
    )
    .map((entry) => entry.resource);
}

/** The results of a search; the previous answer stays on screen while the next keystroke's is on its way. */
export function useCatalogSearch(state: SearchState) {
  return useQuery({
    queryKey: ['catalog-search', state],
    queryFn: ({ signal }) =>
      searchCatalog(
        {
          filter: filterFor(state),
          sort: state.text.trim() ? { field: 'title', order: 'asc' } : { field: 'updated_at', order: 'desc' },
          pageSize: 50,
        },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

/** How many results each entity-type facet would give (one count-only request per type). */
export function useFacetCounts(state: SearchState): Record<string, number | undefined> {
  const queries = useQueries({
    queries: FACET_TYPES.map((entityType) => ({
      queryKey: ['catalog-count', { ...state, entityType }],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        searchCatalog({ filter: filterFor({ ...state, entityType }), pageSize: 1 }, signal),
      placeholderData: keepPreviousData,
    })),
  });
  return Object.fromEntries(FACET_TYPES.map((type, index) => [type, queries[index]?.data?.count]));
}
