import type { Kysely } from 'kysely';

/**
 * Read-only facts a source states about a resource (foreign keys, a view's SQL ...), kept as the source's JSON
 * object: built-in connectors send them (docs/connectors.md), the resource page shows them. `row_count`,
 * `byte_size` and `external_usage` already have columns; syncs now write them too.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('resources')
    .addColumn('properties', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
}
