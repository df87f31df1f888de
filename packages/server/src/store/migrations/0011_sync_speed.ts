import { type Kysely, sql } from 'kysely';

/**
 * Bulk writes bump the lineage graph version once, not once per row (SQLite).
 *
 * SQLite triggers run per row: a sync that inserts a million edges ran a million upserts of the workspace's
 * `lineage_graph_versions` row (a quarter of a 1M-line sync). While a workspace has a row in
 * `lineage_graph_bulk_writes` its SQLite triggers do nothing; the sync engine inserts that row inside its
 * transaction, and deletes it and bumps the version once (when anything changed) before committing. SQLite has
 * one writer at a time, so no other connection writes while the row exists, and a rollback removes it with the
 * rest. PostgreSQL's triggers already run once per statement and ignore the table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('lineage_graph_bulk_writes')
    .addColumn('workspace_id', 'text', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .execute();
  const isPostgres = db.getExecutor().adapter.supportsTransactionalDdl;
  if (isPostgres) return;
  for (const statement of SQLITE_TRIGGERS) await sql.raw(statement).execute(db);
}

const BUMP = (workspace: string) =>
  `insert into lineage_graph_versions (workspace_id, version) values (${workspace}, 1)
   on conflict (workspace_id) do update set version = lineage_graph_versions.version + 1;`;

const NOT_BULK = (workspace: string) =>
  `not exists (select 1 from lineage_graph_bulk_writes b where b.workspace_id = ${workspace})`;

const RESOURCE_CHANGED = `(old.stale <> new.stale or old.entity_type <> new.entity_type
  or coalesce(old.parent_id, '') <> coalesce(new.parent_id, ''))`;

const SQLITE_TRIGGERS = [
  'drop trigger lineage_graph_insert',
  'drop trigger lineage_graph_delete',
  'drop trigger lineage_graph_update',
  'drop trigger lineage_graph_resource',
  `create trigger lineage_graph_insert after insert on lineage when ${NOT_BULK('new.workspace_id')}
   begin ${BUMP('new.workspace_id')} end`,
  `create trigger lineage_graph_delete after delete on lineage when ${NOT_BULK('old.workspace_id')}
   begin ${BUMP('old.workspace_id')} end`,
  `create trigger lineage_graph_update after update on lineage when ${NOT_BULK('new.workspace_id')}
   begin ${BUMP('new.workspace_id')} end`,
  `create trigger lineage_graph_resource after update of stale, entity_type, parent_id on resources
   when ${RESOURCE_CHANGED} and ${NOT_BULK('new.workspace_id')} begin ${BUMP('new.workspace_id')} end`,
];

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore a backup to go back');
}
