import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';
import { type ResourceCondition, SQLITE_DELETE, SQLITE_INSERT, scopeToken } from './search-document.js';
import {
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
import type { SearchScope } from './search-filters.js';

/**
 * SQLite: an FTS5 table keyed by the resource's rowid (migration 0010), with a `scope` column of facet tokens that
 * FTS5 intersects with the words. The queries run in turn on the one connection; the last (words anywhere) only
 * while the title tiers have not filled the page.
 */
export const sqliteFts5: SearchEngine = {
  name: 'sqlite-fts5',

  async findCandidates(db, options) {
    const { scope, query, limit, enough } = options;
    const { set, add } = candidateCollector(limit);
    const narrowing = scopeQuery(scope);
    if (query.text === '') {
      // A facet filter alone: its rows through the scope tokens; otherwise the newest of the scope.
      if (narrowing) add('all', await matching(db, options, narrowing));
      else add('all', await selectCandidates(db, scope, limit).orderBy('r.created_at', 'desc').execute());
      return set;
    }
    add('title_prefix', await selectTitlePrefix(db, scope, limit, query.text).execute());
    const words = wordsForEngines(query);
    if (words.length === 0) return set;
    // Words hold only letters and digits (the parser's doing), so quoting them is all the escaping FTS5 needs.
    const isPrefix = words.at(-1)?.prefix === true;
    const phrase = `"${words.map((w) => w.word).join(' ')}"${isPrefix ? '*' : ''}`;
    const anywhere = words.map((w) => `"${w.word}"${w.prefix ? '*' : ''}`).join(' ');
    const and = narrowing ? ` AND ${narrowing}` : '';
    add('title_words', await matching(db, options, `title : ${phrase}${and}`));
    if (set.rows.size >= enough) set.capped = true;
    else
      add(
        'anywhere',
        await matching(db, options, `{title description documentation path} : (${anywhere})${and}`),
      );
    return set;
  },

  async refreshAfterSync(db, options) {
    const written = sql`r.integration_id = ${options.integrationId} and r.updated_at >= ${options.since}`;
    if (options.rowidsAfter === undefined) {
      await reindex(db, written);
      return;
    }
    // The rows the run inserted are the rowids above the old maximum, read as one range in rowid order (what
    // FTS5 appends fastest); only the rows it updated are found through the integration's index and sorted.
    await reindex(db, sql`${written} and r.rowid <= ${options.rowidsAfter}`);
    // A rowid above the old maximum may still have an entry, left by a deleted row that once had it.
    await sql`delete from resource_search where rowid > ${options.rowidsAfter}`.execute(db);
    await SQLITE_INSERT(sql`r.rowid > ${options.rowidsAfter}`).execute(db);
  },

  async refreshDocuments(db, ids) {
    for (let start = 0; start < ids.length; start += IDS_PER_STATEMENT) {
      await reindex(db, sql`r.id in (${sql.join(ids.slice(start, start + IDS_PER_STATEMENT))})`);
    }
  },

  async rebuild(db, options) {
    if (options.workspaceId !== undefined) {
      await reindex(db, sql`r.workspace_id = ${options.workspaceId}`);
      return;
    }
    await sql`delete from resource_search`.execute(db);
    await SQLITE_INSERT(sql`1 = 1`).execute(db);
  },
};

// A rowid freed by a deleted resource may be given to a new one, so its old entry is deleted first.
async function reindex(db: Kysely<Database>, where: ResourceCondition): Promise<void> {
  await SQLITE_DELETE(where).execute(db);
  await SQLITE_INSERT(where).execute(db);
}

function matching(
  db: Kysely<Database>,
  options: FindCandidatesOptions,
  match: string,
): Promise<SearchCandidate[]> {
  return selectCandidates(db, options.scope, options.limit)
    .innerJoin(sql`resource_search`.as('s'), (join) => join.on(sql<boolean>`s.rowid = r.rowid`))
    .where(sql<boolean>`s.resource_search match ${match}`)
    .execute();
}

/** The facet filters that have `scope` tokens, as an FTS5 expression (undefined when there are none). */
function scopeQuery(scope: SearchScope): string | undefined {
  const groups = scopeTokenGroups(scope, (kind, value) =>
    kind === 'v' || kind === 'p' ? `z${kind}${value}` : scopeToken(kind, value),
  );
  if (groups.length === 0) return undefined;
  return groups.map((tokens) => `scope : (${tokens.map((t) => `"${t}"`).join(' OR ')})`).join(' AND ');
}
