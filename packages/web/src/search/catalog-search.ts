import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchSearch, type SearchState } from './search-api';

/**
 * The server's ranked answer for a state (`GET /api/v1/search`); the previous answer stays on screen while the
 * next keystroke's is on its way.
 */
export function useCatalogSearch(state: SearchState) {
  return useQuery({
    // Under 'catalog-search', which edits and uploads invalidate elsewhere in the app.
    queryKey: ['catalog-search', 'ranked', state],
    queryFn: ({ signal }) => fetchSearch(state, signal),
    placeholderData: keepPreviousData,
  });
}
