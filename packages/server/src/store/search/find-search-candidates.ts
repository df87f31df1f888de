import { type Kysely, sql } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { scopeToken } from './search-document.js';
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

/**
 * A prefix shorter than this is not expanded by the full-text engines (a one-letter prefix matches most of a
 * large catalog's vocabulary); titles starting with it are still found through the title index.
 */
export const MIN_PREFIX_LENGTH = 2;

/**
 * Gathers the resources of the scope that match `text`, at most `limit` from each of up to three queries:
 * titles starting with the text (the `(workspace_id, title_lower)` index), the words in the title (full-text,
 * title only), the words anywhere (title, description, documentation). With no text: the scope's newest
 * resources. Ranking and facets are computed by the caller over this set (docs/search.md, "Limits").
 */
export async function findSearchCandidates(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: {
    scope: SearchScope;
    query: SearchText;
    limit: number;
    /**
     * Enough candidates to stop after a query: every later query finds only lower-ranked matches, so once the
     * gathered ones fill the page the rest would not show (the set is then marked capped).
     */
    enough: number;
  },
): Promise<CandidateSet> {
  const { scope, query, limit, enough } = options;
  const set: CandidateSet = { rows: new Map(), capped: false };
  const add = (source: CandidateSource, rows: SearchCandidate[]) => {
    if (rows.length >= limit) set.capped = true;
    for (const row of rows) {
      const known = set.rows.get(row.id);
      if (known) known.sources.add(source);
      else set.rows.set(row.id, { ...row, sources: new Set([source]) });
    }
  };
  const narrowing = flags.backend === 'sqlite' ? sqliteScopeQuery(scope) : undefined;
  if (query.text === '') {
    // A facet filter alone: SQLite finds its rows through the scope tokens; otherwise the newest of the scope.
    if (narrowing)
      add('all', await selectMatching(db, flags, { scope, limit, match: narrowing, titleOnly: false }));
    else add('all', await selectCandidates(db, scope, limit).orderBy('r.created_at', 'desc').execute());
    return set;
  }
  const titlePrefix = selectCandidates(db, scope, limit)
    .where('r.title_lower', '>=', query.text)
    .where('r.title_lower', '<', `${query.text}\u{10FFFF}`)
    .execute();
  const words = wordsForEngines(query);
  if (words.length === 0) {
    add('title_prefix', await titlePrefix);
    return set;
  }
  const fts = flags.backend === 'sqlite' ? sqliteQueries(words, narrowing) : postgresQueries(words);
  const matching = (match: string, titleOnly: boolean) =>
    selectMatching(db, flags, { scope, limit, match, titleOnly });
  // The two title queries together (PostgreSQL runs them on two connections at once); title matches outrank every
  // match elsewhere (DESIGN §4), so the last query runs only while the page is not full.
  const [prefixRows, titleRows] = await Promise.all([titlePrefix, matching(fts.titleWords, true)]);
  add('title_prefix', prefixRows);
  add('title_words', titleRows);
  if (set.rows.size >= enough) set.capped = true;
  else add('anywhere', await matching(fts.anywhere, false));
  return set;
}

function wordsForEngines(query: SearchText): { word: string; prefix: boolean }[] {
  const words = query.words.map((word, i) => ({
    word,
    prefix: query.lastIsPrefix && i === query.words.length - 1,
  }));
  const last = words.at(-1);
  if (last?.prefix && last.word.length < MIN_PREFIX_LENGTH) words.pop();
  return words;
}

// Words hold only letters and digits (the parser's doing), so quoting them is all the escaping either engine needs.
function sqliteQueries(words: { word: string; prefix: boolean }[], narrowing: string | undefined) {
  const isPrefix = words.at(-1)?.prefix === true;
  const phrase = `"${words.map((w) => w.word).join(' ')}"${isPrefix ? '*' : ''}`;
  const anywhere = words.map((w) => `"${w.word}"${w.prefix ? '*' : ''}`).join(' ');
  const and = narrowing ? ` AND ${narrowing}` : '';
  return {
    titleWords: `title : ${phrase}${and}`,
    anywhere: `{title description documentation path} : (${anywhere})${and}`,
  };
}

/** The facet filters that have `scope` tokens, as an FTS5 expression (undefined when there are none). */
function sqliteScopeQuery(scope: SearchScope): string | undefined {
  const { filters } = scope;
  const clauses = (
    [
      ['t', filters.entityTypes],
      ['i', filters.integrationIds],
      ['d', filters.databases],
      ['s', filters.schemas],
      ['o', filters.owners],
    ] as const
  )
    .filter(([, values]) => values !== undefined && values.length > 0)
    .map(([kind, values]) => `scope : (${values!.map((v) => `"${scopeToken(kind, v)}"`).join(' OR ')})`);
  if (filters.verified !== undefined) clauses.push(`scope : "zv${filters.verified ? 1 : 0}"`);
  if (filters.pii !== undefined) clauses.push(`scope : "zp${filters.pii ? 1 : 0}"`);
  return clauses.length > 0 ? clauses.join(' AND ') : undefined;
}

function postgresQueries(words: { word: string; prefix: boolean }[]) {
  const term = (w: { word: string; prefix: boolean }) => `'${w.word}'${w.prefix ? ':*' : ''}`;
  return {
    titleWords: words.map(term).join(' <-> '),
    anywhere: words.map(term).join(' & '),
  };
}

function selectCandidates(db: Kysely<Database>, scope: SearchScope, limit: number) {
  return db
    .selectFrom('resources as r')
    .select([
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
      'r.created_at',
    ])
    .select(sql<number>`r.external_usage + r.internal_usage`.as('usage'))
    .where((eb) => scopeCondition(eb, scope))
    .limit(limit);
}

async function selectMatching(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { scope: SearchScope; limit: number; match: string; titleOnly: boolean },
): Promise<SearchCandidate[]> {
  const base = selectCandidates(db, options.scope, options.limit);
  if (flags.backend === 'sqlite') {
    return base
      .innerJoin(sql`resource_search`.as('s'), (join) => join.on(sql<boolean>`s.rowid = r.rowid`))
      .where(sql<boolean>`s.resource_search match ${options.match}`)
      .execute();
  }
  const column = sql.raw(options.titleOnly ? 's.title_words' : 's.document');
  return base
    .innerJoin(sql`resource_search`.as('s'), (join) => join.on(sql<boolean>`s.resource_id = r.id`))
    .where(sql<boolean>`${column} @@ to_tsquery('simple', ${options.match})`)
    .execute();
}
