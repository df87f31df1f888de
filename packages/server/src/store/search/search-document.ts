import { type RawBuilder, sql } from 'kysely';

// The same text and the same PostgreSQL document as migration 0010_search (migrations are frozen; this is the
// live copy). Punctuation becomes a space before PostgreSQL parses it: its parser keeps `db.schema.table` or
// `a-b` whole, where FTS5's tokenizer (and search/parse-search-query.ts) split them into words.
const words = (column: string, limit: number) =>
  `to_tsvector('simple', regexp_replace(left(r.${column}, ${limit}), '[^[:alnum:]]+', ' ', 'g'))`;

/** PostgreSQL: title weighs A, description B, documentation (`definition`) C, the full path D. */
export const POSTGRES_DOCUMENT = sql.raw(
  `setweight(${words('title', 1000)}, 'A') || setweight(${words('description', 20000)}, 'B') || ` +
    `setweight(${words('definition', 200000)}, 'C') || setweight(${words('title_full', 2000)}, 'D')`,
);

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
      select r.rowid, r.title, r.description, r.definition, r.title_full, ${SQLITE_SCOPE}
      from resources r where ${where} order by r.rowid`;

/** The `scope` token of an attribute value, as SQLITE_SCOPE writes it: a kind letter and the value's UTF-8 hex. */
export function scopeToken(kind: 't' | 'i' | 'd' | 's' | 'o', value: string): string {
  return `z${kind}${Buffer.from(value, 'utf8').toString('hex')}`;
}

/** PostgreSQL: the title alone, for "the words in the title" (its own GIN index). */
export const POSTGRES_TITLE_WORDS = sql.raw(words('title', 1000));

export const POSTGRES_UPSERT = (where: ResourceCondition) =>
  sql`insert into resource_search (resource_id, title_words, document)
      select r.id, ${POSTGRES_TITLE_WORDS}, ${POSTGRES_DOCUMENT} from resources r where ${where}
      on conflict (resource_id) do update set title_words = excluded.title_words, document = excluded.document`;
