import { type Kysely, SqliteAdapter, sql } from 'kysely';
import { refreshEntityIds } from '../catalog/refresh-entity-ids.js';
import { dialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';

/**
 * `resources.entity_id` (issue 15): for a table that is a later source of an entity, the entity's id. Lists ask
 * "is this row answered under its own id" of every row; as a probe for older sources per row that took seconds
 * at 8,000 resources on SQLite, as a column it is one read. Filled here for every workspace, then kept by the
 * sync, integration changes and deletions (store/catalog/refresh-entity-ids.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('resources').addColumn('entity_id', 'text').execute();
  // Only later sources carry one: a partial index costs the other rows (columns, most tables) nothing.
  await db.schema
    .createIndex('resources_entity')
    .on('resources')
    .column('entity_id')
    .where(sql.ref('entity_id'), 'is not', null)
    .execute();
  // A list asks every row of the workspace "answered under its own id?" (`entity_id is null`) and counts them:
  // with the column in the two indexes lists walk, the count reads the index alone (a row lookup each cost
  // 60 ms at 37,500 rows on SQLite). Same indexes, one more (mostly null) column: a sync's writes cost the same.
  for (const [name, columns] of [
    ['resources_workspace_stale_created', ['workspace_id', 'stale', 'created_at', 'id', 'entity_id']],
    [
      'resources_workspace_type_created',
      ['workspace_id', 'entity_type', 'stale', 'created_at', 'id', 'entity_id'],
    ],
  ] as const) {
    await db.schema.dropIndex(name).execute();
    await db.schema
      .createIndex(name)
      .on('resources')
      .columns([...columns])
      .execute();
  }
  await fillEntityIds(db);
}

/** Works out `entity_id` for every table of every workspace. */
export async function fillEntityIds(db: Kysely<unknown>): Promise<void> {
  const store = db as unknown as Kysely<Database>;
  const flags = dialectFlags(db.getExecutor().adapter instanceof SqliteAdapter ? 'sqlite' : 'postgres');
  const { rows } = await sql<{ workspace_id: string }>`
    select distinct workspace_id from resources where entity_type = 'table'`.execute(store);
  for (const { workspace_id } of rows) {
    await refreshEntityIds(store, flags, { workspaceId: workspace_id, changed: { kind: 'all' } });
  }
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore a backup to go back');
}
