import type { Kysely } from 'kysely';

/**
 * Sign-in throttling (issue #16): one row per failed sign-in, counted per account and per client address over a
 * window. In the store, not in memory, so that every `serve --workers N` process sees the same counts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  await s
    .createTable('sign_in_failures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // The email as typed, trimmed and lowercased (the account whether or not it exists); never the password.
    .addColumn('account', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('failed_at', 'text', (c) => c.notNull())
    .execute();
  await s
    .createIndex('sign_in_failures_account')
    .on('sign_in_failures')
    .columns(['account', 'failed_at'])
    .execute();
  await s
    .createIndex('sign_in_failures_address')
    .on('sign_in_failures')
    .columns(['address', 'failed_at'])
    .execute();
  await s.createIndex('sign_in_failures_failed_at').on('sign_in_failures').column('failed_at').execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore a backup to go back');
}
