import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';
import { postgresScopeToken } from './search-document.js';

/** A facet value on at least this share of `resources` is not worth intersecting in GIN (see below). */
const FREQUENT_SHARE = 0.2;
/** How long a process trusts what it read of the statistics (they change with ANALYZE, after large syncs). */
const TTL_MS = 60_000;

const KIND_OF_COLUMN = {
  entity_type: 't',
  integration_id: 'i',
  database_name: 'd',
  schema_name: 's',
  verified: 'v',
  pii: 'p',
} as const;

const cache = new WeakMap<Kysely<Database>, { at: number; tokens: Promise<Set<string>> }>();

/**
 * The facet tokens (search-document.ts) of values that cover a large share of `resources`, from the planner's
 * statistics (`pg_stats.most_common_freqs`): the one integration of a single-source catalog, `column` among
 * types, `verified = 0`. GIN intersects a token by decoding its whole posting list, so such a token cost more than
 * the words it narrowed (30–80 ms at 200k rows for `'pay':* & ~i… & ~v1`, 0.3 ms without `~i…`). Leaving it out
 * of the tsquery changes no result: the statement filters `resources` on every facet as well. Read once a minute
 * per store; empty until the table was analysed.
 */
export function findFrequentTokens(db: Kysely<Database>): Promise<Set<string>> {
  const cached = cache.get(db);
  if (cached && Date.now() - cached.at < TTL_MS) return cached.tokens;
  const tokens = readFrequentTokens(db).catch(() => new Set<string>());
  cache.set(db, { at: Date.now(), tokens });
  return tokens;
}

async function readFrequentTokens(db: Kysely<Database>): Promise<Set<string>> {
  const { rows } = await sql<{ column: keyof typeof KIND_OF_COLUMN; vals: string[]; freqs: number[] }>`
    select attname as column, most_common_vals::text::text[] as vals, most_common_freqs as freqs
      from pg_stats
     where schemaname = current_schema() and tablename = 'resources'
       and attname in (${sql.join(Object.keys(KIND_OF_COLUMN))}) and most_common_vals is not null`.execute(
    db,
  );
  const tokens = new Set<string>();
  for (const { column, vals, freqs } of rows) {
    vals.forEach((value, i) => {
      if ((freqs[i] ?? 0) >= FREQUENT_SHARE) tokens.add(postgresScopeToken(KIND_OF_COLUMN[column], value));
    });
  }
  return tokens;
}
