import Type, { type Static } from 'typebox';
import { type CatalogStore, toResourceViews } from '../catalog/read-resources.js';
import { ResourceSchema } from '../catalog/resource-schema.js';
import { LiteralUnion } from '../lib/typebox.js';
import { selectResourceViewRows } from '../store/catalog/index.js';
import {
  findSearchCandidates,
  listIntegrationNames,
  listMonitorStatuses,
  listTagsOfResources,
  listUserNamesByEmail,
  type SearchFilters,
} from '../store/search/index.js';
import { countSearchFacets, type SearchFacets } from './count-search-facets.js';
import { parseSearchQuery } from './parse-search-query.js';
import { MATCH_TIERS, rankSearchHits } from './rank-search-hits.js';

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
  /** `quality_score`: the best-scored tables first (unscored last), the ranking within equal scores. */
  sort?: 'relevance' | 'quality_score' | undefined;
}

/** One resource found, as viewsInOrder shapes it: the resource, and the tier that placed it. */
export const SearchHitSchema = Type.Object({
  ...ResourceSchema.properties,
  match: LiteralUnion(MATCH_TIERS, {
    description: `Why it ranks where it does; the tiers, best first: ${MATCH_TIERS.join(', ')}.`,
  }),
});
export type SearchHit = Static<typeof SearchHitSchema>;

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
  if (request.sort === 'quality_score') {
    const scoreOf = (hit: (typeof ranked)[number]) =>
      hit.candidate.quality_score === null ? -1 : Number(hit.candidate.quality_score);
    ranked.sort((a, b) => scoreOf(b) - scoreOf(a)); // stable: the ranking orders equal scores
  }
  const page = ranked.slice(request.page.offset, request.page.offset + request.page.limit);
  // Independent reads: PostgreSQL answers them on separate connections at once (SQLite runs them in turn).
  const [tagsByResource, integrationNames, ownerNames, monitorStatuses, results] = await Promise.all([
    listTagsOfResources(
      store.db,
      candidates.map((c) => c.id),
    ),
    listIntegrationNames(store.db, request.workspaceId),
    listUserNamesByEmail(store.db, request.workspaceId),
    listMonitorStatuses(store.db, request.workspaceId),
    viewsInOrder(store, page),
  ]);
  return {
    results,
    count: ranked.length,
    facets: countSearchFacets(candidates, { tagsByResource, integrationNames, ownerNames, monitorStatuses }),
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
