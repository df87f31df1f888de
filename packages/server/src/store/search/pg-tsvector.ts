import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../schema.js';
import { findFrequentTokens } from './pg-frequent-tokens.js';
import { POSTGRES_UPSERT, postgresScopeToken, type ResourceCondition } from './search-document.js';
import {
  CANDIDATE_COLUMNS,
  type CandidateSource,
  candidateCollector,
  type FindCandidatesOptions,
  IDS_PER_STATEMENT,
  type SearchCandidate,
  type SearchEngine,
  scopeTokenGroups,
  selectCandidates,
  selectTitlePrefix,
  wordsForEngines,
} from './search-engine.js';

/**
 * PostgreSQL: a `title_words` and a `document` tsvector per resource, each with a GIN index and both holding the
 * resource's facet tokens (migration 0023), so a facet filter is one more term GIN intersects. One search is one
 * statement (one round trip): the three tiers are CTEs, and the last (words anywhere) is gated by a one-time filter
 * on how many the title tiers found, so PostgreSQL does not run it once they fill the page.
 */
export const pgTsvector: SearchEngine = {
  name: 'pg-tsvector',

  async findCandidates(db, options) {
    const { set, add } = candidateCollector(options.limit);
    for (const [source, rows] of await candidateRows(db, options)) {
      // The title tiers filled the page, so the statement's gate skipped the last tier.
      if (source === 'anywhere' && set.rows.size >= options.enough) set.capped = true;
      add(source, rows);
    }
    return set;
  },

  async refreshAfterSync(db, options) {
    await reindex(db, sql`r.integration_id = ${options.integrationId} and r.updated_at >= ${options.since}`);
    // GIN takes a bulk insert into its pending list, which every search then reads whole until (auto)vacuum
    // merges it; merging it now, in bulk, is what the list is for. Only an owner of the index may (a role that
    // does not own the schema leaves it to autovacuum).
    await sql`select gin_clean_pending_list(c.oid) from pg_class c
              where c.oid in ('resource_search_title_words'::regclass, 'resource_search_document'::regclass)
                and pg_has_role(current_user, c.relowner, 'MEMBER')`.execute(db);
  },

  async refreshDocuments(db, ids) {
    for (let start = 0; start < ids.length; start += IDS_PER_STATEMENT) {
      await reindex(db, sql`r.id in (${sql.join(ids.slice(start, start + IDS_PER_STATEMENT))})`);
    }
  },

  async rebuild(db, options) {
    await reindex(db, options.workspaceId ? sql`r.workspace_id = ${options.workspaceId}` : sql`1 = 1`);
  },
};

// An upsert; a deleted resource's entry went with it (foreign key).
async function reindex(db: Kysely<Database>, where: ResourceCondition): Promise<void> {
  await POSTGRES_UPSERT(where).execute(db);
}

type Tier = [CandidateSource, SearchCandidate[]];

/** The candidates of every tier in one statement, grouped by tier in rank order. */
async function candidateRows(db: Kysely<Database>, options: FindCandidatesOptions): Promise<Tier[]> {
  const { scope, query, limit, enough } = options;
  const matching = (column: 'title_words' | 'document', tsquery: RawBuilder<unknown>) =>
    selectCandidates(db, scope, limit)
      .innerJoin(sql`resource_search`.as('s'), (join) => join.on(sql<boolean>`s.resource_id = r.id`))
      .where(sql<boolean>`s.${sql.raw(column)} @@ ${tsquery}`);
  if (query.text === '') {
    // A facet filter alone: the newest of the scope. Its tokens would find the rows as well, but the planner then
    // reads every row of the filter through `resources`' own index to join them (90 ms for 10,000 tables).
    return [['all', await selectCandidates(db, scope, limit).orderBy('r.created_at', 'desc').execute()]];
  }
  const prefix = selectTitlePrefix(db, scope, limit, query.text);
  const words = wordsForEngines(query);
  if (words.length === 0) return [['title_prefix', await prefix.execute()]];
  const facets = scopeTsquery(options, await findFrequentTokens(db));
  const term = (w: { word: string; prefix: boolean }) => `'${w.word}'${w.prefix ? ':*' : ''}`;
  const withFacets = (text: string) =>
    facets ? sql`(to_tsquery('simple', ${text}) && ${facets})` : sql`to_tsquery('simple', ${text})`;
  const titleWords = matching('title_words', withFacets(words.map(term).join(' <-> ')));
  const anywhere = matching('document', withFacets(words.map(term).join(' & '))).where(
    sql<boolean>`(select count(*) from (select id from title_prefix union select id from title_words) g) < ${enough}`,
  );
  const columns = sql.raw([...CANDIDATE_COLUMNS.map((c) => c.replace('r.', 't.')), 't.usage'].join(', '));
  const { rows } = await sql<SearchCandidate & { source: CandidateSource }>`
    with title_prefix as (${prefix}), title_words as (${titleWords}), anywhere as (${anywhere})
    select 'title_prefix' as source, ${columns} from title_prefix t
    union all select 'title_words', ${columns} from title_words t
    union all select 'anywhere', ${columns} from anywhere t`.execute(db);
  const tiers: Tier[] = [
    ['title_prefix', []],
    ['title_words', []],
    ['anywhere', []],
  ];
  for (const { source, ...row } of rows) tiers.find(([name]) => name === source)![1].push(row);
  return tiers;
}

/**
 * The facet filters that have tokens, as a tsquery (undefined when there are none), without the filters on a
 * frequent value (pg-frequent-tokens.ts): the statement filters `resources` on them anyway.
 */
function scopeTsquery(
  options: FindCandidatesOptions,
  frequent: Set<string>,
): RawBuilder<unknown> | undefined {
  const groups = scopeTokenGroups(options.scope, postgresScopeToken).filter(
    (tokens) => !tokens.some((token) => frequent.has(token)),
  );
  if (groups.length === 0) return undefined;
  // Tokens are `~` and hex digits (or 0/1): quoting is all the escaping they need; the cast keeps them verbatim.
  const text = groups.map((tokens) => `(${tokens.map((t) => `'${t}'`).join(' | ')})`).join(' & ');
  return sql`${text}::tsquery`;
}
