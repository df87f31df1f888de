import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';
import { type SearchScope, scopeCondition } from './search-filters.js';

/** The words of a query, already reduced to letters and digits (search/parse-search-query.ts). */
export interface SearchText {
  /** The trimmed, lower-cased text, for the title tiers. */
  text: string;
  words: readonly string[];
  lastIsPrefix: boolean;
}

/** One matching resource with what ranking and facets need (not the whole API view). */
export interface SearchCandidate {
  id: string;
  title: string;
  title_lower: string;
  description: string;
  entity_type: string;
  integration_id: string | null;
  database_name: string | null;
  schema_name: string | null;
  owners: string;
  verified: number;
  pii: number;
  quality_score: number | null;
  usage: number;
  created_at: string;
}

/** Where a candidate was found: a title starting with the text, its words in the title, or anywhere. */
export type CandidateSource = 'title_prefix' | 'title_words' | 'anywhere' | 'all';

export interface CandidateSet {
  rows: Map<string, SearchCandidate & { sources: Set<CandidateSource> }>;
  /** True when a query stopped at the limit: more resources match than were gathered. */
  capped: boolean;
}

export interface FindCandidatesOptions {
  scope: SearchScope;
  query: SearchText;
  limit: number;
  /**
   * Enough candidates to stop after the title queries: every later query finds only lower-ranked matches, so once
   * the gathered ones fill the page the rest would not show (the set is then marked capped).
   */
  enough: number;
}

/**
 * The full-text engine of one backend (docs/search.md), chosen once when the store opens (store/dialect.ts):
 * `sqlite-fts5` (an FTS5 table keyed by rowid) or `pg-tsvector` (a tsvector per resource with GIN indexes). Both
 * gather the same candidates for the same catalog and query (search-engines.test.ts compares them); ranking and
 * facets are computed above the store over the gathered set.
 */
export interface SearchEngine {
  readonly name: 'sqlite-fts5' | 'pg-tsvector';
  /**
   * The resources of the scope that match the query, at most `limit` from each of up to three tiers: titles
   * starting with the text, the words in the title, the words anywhere (title, description, documentation,
   * path). With no text: the scope's resources (at most `limit`).
   */
  findCandidates(db: Kysely<Database>, options: FindCandidatesOptions): Promise<CandidateSet>;
  /**
   * Re-indexes, in one set-based pass, the resources one sync wrote: those of the integration updated at or after
   * `since`. `rowidsAfter` is SQLite's largest rowid of `resources` before the run (see refresh-search-index.ts).
   */
  refreshAfterSync(
    db: Kysely<Database>,
    options: { integrationId: string; since: string; rowidsAfter?: number | undefined },
  ): Promise<void>;
  /** Re-indexes resources by id. */
  refreshDocuments(db: Kysely<Database>, ids: readonly string[]): Promise<void>;
  /** Re-indexes every resource of a workspace (or of the whole database). */
  rebuild(db: Kysely<Database>, options: { workspaceId?: string }): Promise<void>;
}

/**
 * A prefix shorter than this is not expanded by the full-text engines (a one-letter prefix matches most of a
 * large catalog's vocabulary); titles starting with it are still found through the title index.
 */
export const MIN_PREFIX_LENGTH = 2;

/** Ids per statement when re-indexing by id (well under either backend's parameter limit). */
export const IDS_PER_STATEMENT = 500;

/** The query's words as the engines match them; a too-short prefix at the end is dropped. */
export function wordsForEngines(query: SearchText): { word: string; prefix: boolean }[] {
  const words = query.words.map((word, i) => ({
    word,
    prefix: query.lastIsPrefix && i === query.words.length - 1,
  }));
  const last = words.at(-1);
  if (last?.prefix && last.word.length < MIN_PREFIX_LENGTH) words.pop();
  return words;
}

/** An empty set and the function that adds one query's rows to it (marking it capped when the query was). */
export function candidateCollector(limit: number) {
  const set: CandidateSet = { rows: new Map(), capped: false };
  const add = (source: CandidateSource, rows: readonly SearchCandidate[]) => {
    if (rows.length >= limit) set.capped = true;
    for (const row of rows) {
      const known = set.rows.get(row.id);
      if (known) known.sources.add(source);
      else set.rows.set(row.id, { ...row, sources: new Set([source]) });
    }
  };
  return { set, add };
}

/** The columns of a candidate, from `resources as r`, as `select` list items. */
export const CANDIDATE_COLUMNS = [
  'r.id',
  'r.title',
  'r.title_lower',
  'r.description',
  'r.entity_type',
  'r.integration_id',
  'r.database_name',
  'r.schema_name',
  'r.owners',
  'r.verified',
  'r.pii',
  'r.quality_score',
  'r.created_at',
] as const;

export function selectCandidates(db: Kysely<Database>, scope: SearchScope, limit: number) {
  return db
    .selectFrom('resources as r')
    .select(CANDIDATE_COLUMNS)
    .select(sql<number>`r.external_usage + r.internal_usage`.as('usage'))
    .where((eb) => scopeCondition(eb, scope))
    .limit(limit);
}

/** Titles starting with the query's text (the `(workspace_id, title_lower)` index). */
export function selectTitlePrefix(db: Kysely<Database>, scope: SearchScope, limit: number, text: string) {
  return selectCandidates(db, scope, limit)
    .where('r.title_lower', '>=', text)
    .where('r.title_lower', '<', `${text}\u{10FFFF}`);
}

/** The facet filters that have scope tokens (see search-document.ts), as lists of alternatives to intersect. */
export function scopeTokenGroups(
  scope: SearchScope,
  token: (kind: 't' | 'i' | 'd' | 's' | 'o' | 'v' | 'p', value: string) => string,
): string[][] {
  const { filters } = scope;
  const groups = (
    [
      ['t', filters.entityTypes],
      ['i', filters.integrationIds],
      ['d', filters.databases],
      ['s', filters.schemas],
      ['o', filters.owners],
    ] as const
  )
    .filter(([, values]) => values !== undefined && values.length > 0)
    .map(([kind, values]) => values!.map((v) => token(kind, v)));
  if (filters.verified !== undefined) groups.push([token('v', filters.verified ? '1' : '0')]);
  if (filters.pii !== undefined) groups.push([token('p', filters.pii ? '1' : '0')]);
  return groups;
}
