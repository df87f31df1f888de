import type { SearchCandidate } from '../store/search/index.js';
import { type SearchQuery, splitWords } from './parse-search-query.js';

/**
 * How well a resource matches, best first (DESIGN §4): the exact title, a title starting with the text, the words
 * as a phrase in the title, as a phrase in the description, then anywhere (scattered words, documentation).
 */
export const MATCH_TIERS = [
  'exact_title',
  'title_prefix',
  'title_phrase',
  'description_phrase',
  'text',
] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];

export interface RankedHit<T extends SearchCandidate = SearchCandidate> {
  candidate: T;
  tier: MatchTier;
}

/**
 * Orders candidates: by tier, then verified first, then most used (external + internal usage), then the shorter
 * title (closer to the words typed), then by title. Without text, tiers are all equal.
 */
export function rankSearchHits<T extends SearchCandidate>(
  query: SearchQuery,
  candidates: Iterable<T>,
): RankedHit<T>[] {
  const hits = [...candidates].map((candidate) => ({ candidate, tier: tierOf(query, candidate) }));
  return hits.sort((a, b) => compareHits(a, b));
}

function compareHits(a: RankedHit, b: RankedHit): number {
  const x = a.candidate;
  const y = b.candidate;
  return (
    MATCH_TIERS.indexOf(a.tier) - MATCH_TIERS.indexOf(b.tier) ||
    Number(y.verified) - Number(x.verified) ||
    Number(y.usage) - Number(x.usage) ||
    x.title.length - y.title.length ||
    compareText(x.title_lower, y.title_lower) ||
    compareText(x.id, y.id)
  );
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function tierOf(query: SearchQuery, candidate: SearchCandidate): MatchTier {
  if (query.text === '') return 'text';
  if (candidate.title_lower === query.text) return 'exact_title';
  if (candidate.title_lower.startsWith(query.text)) return 'title_prefix';
  if (containsPhrase(splitWords(candidate.title), query)) return 'title_phrase';
  if (containsPhrase(splitWords(candidate.description), query)) return 'description_phrase';
  return 'text';
}

/** True when `words` holds the query's words consecutively (the last one as a prefix while typing). */
export function containsPhrase(words: readonly string[], query: SearchQuery): boolean {
  const wanted = query.words;
  if (wanted.length === 0) return false;
  for (let start = 0; start + wanted.length <= words.length; start++) {
    const matches = wanted.every((word, i) => {
      const candidate = words[start + i]!;
      const isLast = i === wanted.length - 1;
      return isLast && query.lastIsPrefix ? candidate.startsWith(word) : candidate === word;
    });
    if (matches) return true;
  }
  return false;
}
