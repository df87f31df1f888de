import type { Kysely } from 'kysely';

/**
 * Lookups of the administration API: "my API keys" lists keys by owner, and deleting a user cascades to their
 * keys, which without this index scans the whole table on PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('api_keys_user').on('api_keys').columns(['user_id', 'created_at']).execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore a backup to go back');
}
