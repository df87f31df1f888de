import { type CatalogStore, toResourceViews } from '../catalog/read-resources.js';
import type { ResourceView } from '../catalog/resource-view.js';
import { selectResourceViewRows } from '../store/catalog/index.js';
import {
  findSearchCandidates,
  listIntegrationNames,
  listTagsOfResources,
  type SearchFilters,
} from '../store/search/index.js';
import { countSearchFacets, type SearchFacets } from './count-search-facets.js';
import { parseSearchQuery } from './parse-search-query.js';
import { type MatchTier, rankSearchHits } from './rank-search-hits.js';

/**
 * Resources gathered per candidate query (up to three per search): ranking and facet counts cover these. Large
 * enough that a term shared by thousands of resources still ranks its best matches; small enough for the
 * ≤ 50 ms p95 target on a million resources (bench/search.ts, docs/search.md).
 */
export const CANDIDATE_LIMIT = 500;

/**
 * Lower-ranked queries are skipped once this many matches (or a full page) are gathered from better-ranked ones:
 * while typing, the titles alone usually fill the page. Facet counts then cover those matches.
 */
export const MIN_GATHERED = 100;

export interface SearchRequest {
  workspaceId: string;
  q?: string | undefined;
  filters: SearchFilters;
  /** Stale resources only (the archive view); otherwise live ones only. */
  archive: boolean;
  page: { limit: number; offset: number };
}

export interface SearchHit extends ResourceView {
  match: MatchTier;
}

export interface SearchResult {
  results: SearchHit[];
  count: number;
  facets: SearchFacets;
  /** More resources match than were gathered: `count` and the facet counts cover the gathered ones. */
  approximate: boolean;
}

/** Full-text search of one workspace's catalog: ranked hits (DESIGN §4), one page of them, facet counts. */
export async function searchResources(store: CatalogStore, request: SearchRequest): Promise<SearchResult> {
  const query = parseSearchQuery(request.q);
  const { rows, capped } = await findSearchCandidates(store.db, store.flags, {
    scope: { workspaceId: request.workspaceId, archive: request.archive, filters: request.filters },
    query,
    limit: CANDIDATE_LIMIT,
    enough: Math.max(request.page.offset + request.page.limit, MIN_GATHERED),
  });
  const candidates = [...rows.values()];
  const ranked = rankSearchHits(query, candidates);
  const page = ranked.slice(request.page.offset, request.page.offset + request.page.limit);
  // Independent reads: PostgreSQL answers them on separate connections at once (SQLite runs them in turn).
  const [tagsByResource, integrationNames, results] = await Promise.all([
    listTagsOfResources(
      store.db,
      candidates.map((c) => c.id),
    ),
    listIntegrationNames(store.db, request.workspaceId),
    viewsInOrder(store, page),
  ]);
  return {
    results,
    count: ranked.length,
    facets: countSearchFacets(candidates, { tagsByResource, integrationNames }),
    approximate: capped,
  };
}

async function viewsInOrder(
  store: CatalogStore,
  hits: ReturnType<typeof rankSearchHits>,
): Promise<SearchHit[]> {
  if (hits.length === 0) return [];
  const rows = await selectResourceViewRows(store.db)
    .where(
      'resources.id',
      'in',
      hits.map((hit) => hit.candidate.id),
    )
    .execute();
  const views = new Map((await toResourceViews(store, rows)).map((view) => [view.id, view]));
  return hits.flatMap((hit) => {
    const view = views.get(hit.candidate.id);
    return view ? [{ ...view, match: hit.tier }] : [];
  });
}
