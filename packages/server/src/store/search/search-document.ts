import { type RawBuilder, sql } from 'kysely';

// The same text and the same PostgreSQL document as migration 0010_search (migrations are frozen; this is the
// live copy). Punctuation becomes a space before PostgreSQL parses it: its parser keeps `db.schema.table` or
// `a-b` whole, where FTS5's tokenizer (and search/parse-search-query.ts) split them into words.
const words = (column: string, limit: number) =>
  `to_tsvector('simple', regexp_replace(left(r.${column}, ${limit}), '[^[:alnum:]]+', ' ', 'g'))`;

/**
 * A glossary term's synonyms (knowledge_fields, issue #20), space-separated, searched with its documentation. Only
 * terms look them up: a sync's refresh of a million tables pays one comparison per row, not a lookup.
 */
const POSTGRES_SYNONYMS =
  "case when r.entity_type = 'glossary' then coalesce((select string_agg(s.value, ' ') " +
  "from knowledge_fields k, jsonb_array_elements_text(k.synonyms::jsonb) s where k.resource_id = r.id), '') " +
  "else '' end";
const SQLITE_SYNONYMS =
  "case when r.entity_type = 'glossary' then coalesce((select ' ' || group_concat(s.value, ' ') " +
  "from knowledge_fields k, json_each(k.synonyms) s where k.resource_id = r.id), '') else '' end";

/**
 * PostgreSQL: title weighs A, description B, documentation (`definition`, and a term's synonyms) C, the full
 * path D. Written as the same concatenation of the same tsvectors as migration 0010, but an empty field adds
 * nothing (an empty tsvector moves no positions), so it is not parsed: most rows of a large catalog are columns
 * with no description and no documentation, and a sync re-indexes a million of them in one backend.
 */
const POSTGRES_DOCUMENT_AFTER_TITLE =
  `case when r.description <> '' then setweight(${words('description', 20000)}, 'B') else ''::tsvector end || ` +
  `case when r.definition <> '' then setweight(${words('definition', 200000)}, 'C') else ''::tsvector end || ` +
  `case when r.entity_type = 'glossary' then ` +
  `setweight(to_tsvector('simple', regexp_replace(${POSTGRES_SYNONYMS}, '[^[:alnum:]]+', ' ', 'g')), 'C') ` +
  `else ''::tsvector end || setweight(${words('title_full', 2000)}, 'D')`;

/** Which resources (alias `r`) a refresh re-indexes. */
export type ResourceCondition = RawBuilder<unknown>;

export const SQLITE_DELETE = (where: ResourceCondition) =>
  sql`delete from resource_search where rowid in (select r.rowid from resources r where ${where})`;

// FTS5 keeps new entries in memory only while rowids ascend: a smaller rowid flushes them to a new segment on
// disk. Rows picked through an index (a sync's, by integration) come in that index's order, and writing them
// unsorted made one tiny segment per row to merge later: four times the work of the sorted insert.

/**
 * SQLite: one token per facet value of the resource (see {@link scopeToken}; verified and PII as `zv0`/`zv1`,
 * `zp0`/`zp1`), so FTS5 intersects a facet filter with the words instead of looking up every matching row. Every
 * writer of these values re-indexes the row (a sync, a PATCH). Tags are left out: dbt adds them after its sync.
 */
const SQLITE_SCOPE = sql.raw(
  `'zt' || lower(hex(r.entity_type)) || ' zi' || lower(hex(coalesce(r.integration_id, ''))) || ` +
    `' zd' || lower(hex(coalesce(r.database_name, ''))) || ' zs' || lower(hex(coalesce(r.schema_name, ''))) || ` +
    `' zv' || r.verified || ' zp' || r.pii || ` +
    `coalesce((select ' ' || group_concat('zo' || lower(hex(o.value)), ' ') from json_each(r.owners) o), '')`,
);

export const SQLITE_INSERT = (where: ResourceCondition) =>
  sql`insert into resource_search (rowid, title, description, documentation, path, scope)
      select r.rowid, r.title, r.description, r.definition || (${sql.raw(SQLITE_SYNONYMS)}), r.title_full, ${SQLITE_SCOPE}
      from resources r where ${where} order by r.rowid`;

/** The `scope` token of an attribute value, as SQLITE_SCOPE writes it: a kind letter and the value's UTF-8 hex. */
export function scopeToken(kind: 't' | 'i' | 'd' | 's' | 'o', value: string): string {
  return `z${kind}${Buffer.from(value, 'utf8').toString('hex')}`;
}

const hex = (value: string) => `encode(convert_to(left(${value}, 1000), 'UTF8'), 'hex')`;

/**
 * PostgreSQL (migration 0023): the facet tokens of the resource, as SQLite's `scope` column but inside both
 * tsvectors, so that GIN intersects a facet filter with the words. Each starts with `~`, which no search word can
 * (words are letters and digits): a typed prefix never matches a token. See {@link postgresScopeToken}.
 */
const POSTGRES_SCOPE =
  `array_to_tsvector(array['~t' || ${hex('r.entity_type')}, '~i' || ${hex("coalesce(r.integration_id, '')")}, ` +
  `'~d' || ${hex("coalesce(r.database_name, '')")}, '~s' || ${hex("coalesce(r.schema_name, '')")}, ` +
  `'~v' || r.verified, '~p' || r.pii] || coalesce((select array_agg('~o' || ${hex('o.value')}) from ` +
  `jsonb_array_elements_text(case when jsonb_typeof(r.owners::jsonb) = 'array' then r.owners::jsonb ` +
  `else '[]'::jsonb end) o), '{}'))`;

/** The PostgreSQL token of a facet value, as POSTGRES_SCOPE writes it. */
export function postgresScopeToken(kind: 't' | 'i' | 'd' | 's' | 'o' | 'v' | 'p', value: string): string {
  return kind === 'v' || kind === 'p'
    ? `~${kind}${value}`
    : `~${kind}${Buffer.from(value, 'utf8').toString('hex')}`;
}

/**
 * PostgreSQL: `title_words` is the title alone, for "the words in the title" (its own GIN index), and the facet
 * tokens; `document` everything, tokens included. The title's tsvector and the tokens are computed once per row
 * for both (`offset 0` keeps the planner from inlining the lateral subquery, which would compute them twice).
 */
export const POSTGRES_UPSERT = (where: ResourceCondition) =>
  sql`insert into resource_search (resource_id, title_words, document)
      select r.id, d.title || d.scope,
             setweight(d.title, 'A') || ${sql.raw(POSTGRES_DOCUMENT_AFTER_TITLE)} || d.scope
      from resources r
      cross join lateral (select ${sql.raw(words('title', 1000))} as title, ${sql.raw(POSTGRES_SCOPE)} as scope
                          offset 0) d
      where ${where}
      on conflict (resource_id) do update set title_words = excluded.title_words, document = excluded.document`;
