import { type Kysely, sql } from 'kysely';

/**
 * The full-text index of resources (docs/search.md): SQLite FTS5 keyed by the resource's rowid (contentless, so
 * the text is not stored twice; `contentless_delete` lets a refresh delete by rowid alone), PostgreSQL a
 * `tsvector` per resource with a GIN index, deleted with its resource. Only the searchable text is indexed
 * (title, description, documentation, and the full path `db.schema.table`); filters and facets read `resources` itself, so flags, tags, owners and
 * staleness never need a re-index. No triggers: writers call store/search's refresh functions, a sync once for
 * all of its rows. Existing resources are indexed here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const isPostgres = db.getExecutor().adapter.supportsTransactionalDdl;
  for (const statement of isPostgres ? POSTGRES : SQLITE) await sql.raw(statement).execute(db);
}

// `scope` holds one token per facet value (entity type, integration, database, schema, verified, PII, each owner;
// hex so any value is one token): FTS5 intersects a facet filter with the words itself instead of
// looking up every matching row. Searches only ever name it explicitly.
const SQLITE_SCOPE = `'zt' || lower(hex(entity_type)) || ' zi' || lower(hex(coalesce(integration_id, '')))
  || ' zd' || lower(hex(coalesce(database_name, ''))) || ' zs' || lower(hex(coalesce(schema_name, '')))
  || ' zv' || verified || ' zp' || pii
  || coalesce((select ' ' || group_concat('zo' || lower(hex(o.value)), ' ') from json_each(resources.owners) o), '')`;

const SQLITE = [
  `create virtual table resource_search using fts5(title, description, documentation, path, scope,
     content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`,
  `insert into resource_search (rowid, title, description, documentation, path, scope)
     select rowid, title, description, definition, title_full, ${SQLITE_SCOPE} from resources`,
];

// Punctuation becomes a space before parsing: PostgreSQL's parser would keep `db.schema.table` or `a-b` whole,
// where FTS5's tokenizer (and the query parser, search/parse-search-query.ts) split them into words.
const words = (column: string, limit: number) =>
  `to_tsvector('simple', regexp_replace(left(${column}, ${limit}), '[^[:alnum:]]+', ' ', 'g'))`;
const POSTGRES_DOCUMENT = `setweight(${words('title', 1000)}, 'A') || setweight(${words('description', 20000)}, 'B')
  || setweight(${words('definition', 200000)}, 'C') || setweight(${words('title_full', 2000)}, 'D')`;

// The title's words get their own column and index: a weight-restricted prefix query (`'cus':*A`) cannot be
// answered from the GIN index alone, and PostgreSQL falls back to reading every document.
const POSTGRES = [
  `create table resource_search (
     resource_id text primary key references resources (id) on delete cascade,
     title_words tsvector not null,
     document tsvector not null)`,
  `create index resource_search_title_words on resource_search using gin (title_words)`,
  `create index resource_search_document on resource_search using gin (document)`,
  `insert into resource_search (resource_id, title_words, document)
     select id, ${words('title', 1000)}, ${POSTGRES_DOCUMENT} from resources`,
];

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore a backup to go back');
}
