import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import type { CandidateSet, FindCandidatesOptions } from './search-engine.js';

export type {
  CandidateSet,
  CandidateSource,
  SearchCandidate,
  SearchEngine,
  SearchText,
} from './search-engine.js';
export { MIN_PREFIX_LENGTH } from './search-engine.js';

/**
 * Gathers the resources of the scope that match the query through the store's search engine (see
 * {@link SearchEngine.findCandidates}). Ranking and facets are computed by the caller over this set (docs/search.md,
 * "Limits").
 */
export function findSearchCandidates(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: FindCandidatesOptions,
): Promise<CandidateSet> {
  return flags.searchEngine.findCandidates(db, options);
}
