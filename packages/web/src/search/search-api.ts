import { api } from '../api/client';
import type { ListEnvelope, Resource } from '../api/types';

/** Facets of `GET /api/v1/search`, in the order the page shows them. */
export const FACETS = [
  { name: 'entity_type', param: 'type', label: 'Type' },
  { name: 'integration', param: 'integration', label: 'Integration' },
  { name: 'database', param: 'database', label: 'Database' },
  { name: 'schema', param: 'schema', label: 'Schema' },
  { name: 'tag', param: 'tag', label: 'Tag' },
  { name: 'owner', param: 'owner', label: 'Owner' },
  { name: 'verified', param: 'verified', label: 'Verified' },
  { name: 'pii', param: 'pii', label: 'PII' },
  { name: 'quality', param: 'quality', label: 'Quality' },
  { name: 'monitor_status', param: 'monitors', label: 'Monitors' },
] as const;
export type FacetName = (typeof FACETS)[number]['name'];

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export type MatchTier = 'exact_title' | 'title_prefix' | 'title_phrase' | 'description_phrase' | 'text';

export interface SearchHit extends Resource {
  match: MatchTier;
}

export interface SearchAnswer extends ListEnvelope<SearchHit> {
  facets: Record<FacetName, FacetValue[]>;
  /** More resources match than the server gathers; counts cover the best-placed ones. */
  approximate: boolean;
}

/** What the page asks for; each facet holds at most one chosen value (the URL's `?type=table&schema=…`). */
export interface SearchState {
  text: string;
  archive: boolean;
  filters: Partial<Record<FacetName, string>>;
}

/** The query string of `GET /api/v1/search` for a state (the server's parameter names). */
export function searchQueryFor(state: SearchState, pageSize = 50): Record<string, string | number> {
  const query: Record<string, string | number> = { page_size: pageSize };
  if (state.text.trim()) query.q = state.text;
  if (state.archive) query.archive = 'true';
  const names: Record<FacetName, string> = {
    entity_type: 'entity_type',
    integration: 'integration_id',
    database: 'database',
    schema: 'schema',
    tag: 'tag',
    owner: 'owner',
    verified: 'verified',
    pii: 'pii',
    quality: 'quality',
    monitor_status: 'monitor_status',
  };
  for (const facet of FACETS) {
    const value = state.filters[facet.name];
    if (value) query[names[facet.name]] = value;
  }
  return query;
}

/** Reads the page's state from its URL (so links and back/forward show the same results). */
export function searchStateFrom(params: URLSearchParams, text: string): SearchState {
  const filters: SearchState['filters'] = {};
  for (const facet of FACETS) {
    const value = params.get(facet.param);
    if (value) filters[facet.name] = value;
  }
  return { text, archive: params.get('archive') === '1', filters };
}

export const fetchSearch = (state: SearchState, signal?: AbortSignal) =>
  api<SearchAnswer>('/search', { query: searchQueryFor(state), signal });
