import { type Kysely, sql } from 'kysely';

/**
 * Scale-out on PostgreSQL (issue 17), two parts.
 *
 * 1. `credentials_version`: one counter that every change to who a key acts as bumps (a key revoked, re-roled or
 *    deleted; a user re-roled, deactivated or deleted), by trigger. Each process caches verified keys for a short
 *    while and drops them when the counter moves (store/accounts/credentials-watch.ts): SQLite reads the counter per
 *    request (an in-process read), PostgreSQL is told by NOTIFY on channel `sextant_credentials`. A key's
 *    `last_used_at` is not among the columns, so using a key does not empty every cache.
 *
 * 2. PostgreSQL search: both tsvectors of `resource_search` also hold the resource's facet tokens (entity
 * type, integration, database, schema, verified, PII, each owner; `~` and the value's UTF-8 hex), as SQLite's
 * FTS5 `scope` column does, so a facet filter is one more term the GIN index intersects instead of a filter on
 * every row the words match. Existing rows are re-indexed here. SQLite: nothing to do.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const isPostgres = db.getExecutor().adapter.supportsTransactionalDdl;
  await sql`create table credentials_version (id integer primary key check (id = 1), version bigint not null)`.execute(
    db,
  );
  await sql`insert into credentials_version (id, version) values (1, 0)`.execute(db);
  for (const statement of isPostgres ? POSTGRES_TRIGGERS : SQLITE_TRIGGERS)
    await sql.raw(statement).execute(db);
  if (isPostgres) await sql.raw(REINDEX).execute(db);
}

const WATCHED = {
  api_keys: 'role, revoked_at, user_id, workspace_id, key_hash',
  users: 'role, is_active, workspace_id',
};

const SQLITE_TRIGGERS = Object.entries(WATCHED).flatMap(([table, columns]) =>
  [`update of ${columns}`, 'delete'].map(
    (event, i) => `create trigger ${table}_credentials_version_${i} after ${event} on ${table}
       begin update credentials_version set version = version + 1; end`,
  ),
);

const POSTGRES_TRIGGERS = [
  `create function sextant_bump_credentials_version() returns trigger language plpgsql as $$
   declare next bigint;
   begin
     update credentials_version set version = version + 1 returning version into next;
     perform pg_notify('sextant_credentials', next::text);
     return null;
   end $$`,
  ...Object.entries(WATCHED).map(
    ([table, columns]) => `create trigger ${table}_credentials_version after update of ${columns} or delete
       on ${table} for each statement execute function sextant_bump_credentials_version()`,
  ),
];

// A frozen copy of store/search/search-document.ts as this migration wrote it (the live copy may change).
const words = (column: string, limit: number) =>
  `to_tsvector('simple', regexp_replace(left(r.${column}, ${limit}), '[^[:alnum:]]+', ' ', 'g'))`;
const hex = (value: string) => `encode(convert_to(left(${value}, 1000), 'UTF8'), 'hex')`;
const SCOPE =
  `array_to_tsvector(array['~t' || ${hex('r.entity_type')}, '~i' || ${hex("coalesce(r.integration_id, '')")}, ` +
  `'~d' || ${hex("coalesce(r.database_name, '')")}, '~s' || ${hex("coalesce(r.schema_name, '')")}, ` +
  `'~v' || r.verified, '~p' || r.pii] || coalesce((select array_agg('~o' || ${hex('o.value')}) from ` +
  `jsonb_array_elements_text(case when jsonb_typeof(r.owners::jsonb) = 'array' then r.owners::jsonb ` +
  `else '[]'::jsonb end) o), '{}'))`;
const DOCUMENT =
  `setweight(${words('title', 1000)}, 'A') || setweight(${words('description', 20000)}, 'B') || ` +
  `setweight(${words('definition', 200000)}, 'C') || setweight(${words('title_full', 2000)}, 'D')`;
const REINDEX = `insert into resource_search (resource_id, title_words, document)
  select r.id, ${words('title', 1000)} || ${SCOPE}, ${DOCUMENT} || ${SCOPE} from resources r
  on conflict (resource_id) do update set title_words = excluded.title_words, document = excluded.document`;

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore a backup to go back');
}
