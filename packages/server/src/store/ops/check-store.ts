import { type Kysely, sql } from 'kysely';
import { MIGRATIONS } from '../migrations/index.js';
import type { Database } from '../schema.js';

/** Throws when the database does not answer a trivial query (closed store, server gone, file unreadable). */
export async function pingStore(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}

/**
 * The migrations this build knows that the database has not applied, in order. The migrator's own table is read
 * directly: an empty list means the schema is the one this code expects.
 */
export async function listPendingMigrations(db: Kysely<Database>): Promise<string[]> {
  const applied = await sql<{ name: string }>`select name from sextant_migrations`
    .execute(db)
    .then((result) => new Set(result.rows.map((row) => row.name)))
    // No migration table yet: nothing has been applied.
    .catch(() => new Set<string>());
  return Object.keys(MIGRATIONS).filter((name) => !applied.has(name));
}
