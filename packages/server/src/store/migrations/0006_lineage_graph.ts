import { type Kysely, sql } from 'kysely';

/**
 * A per-workspace version of the lineage graph, bumped by triggers whenever an edge is inserted, updated or
 * deleted, or a resource's stale flag, parent or type changes. The in-memory lineage index
 * (lineage/graph/lineage-index.ts) compares it with the version it was built at, so every process sharing one
 * database notices every change, whoever made it (syncs, the API, another server process).
 *
 * SQLite triggers run per row (SQLite has no statement triggers); PostgreSQL's run once per statement over its
 * transition table, so a million-edge sync pays one small upsert per statement there.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('lineage_graph_versions')
    .addColumn('workspace_id', 'text', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  const isPostgres = db.getExecutor().adapter.supportsTransactionalDdl;
  for (const statement of isPostgres ? POSTGRES_TRIGGERS : SQLITE_TRIGGERS)
    await sql.raw(statement).execute(db);
}

const BUMP = (workspace: string) =>
  `insert into lineage_graph_versions (workspace_id, version) values (${workspace}, 1)
   on conflict (workspace_id) do update set version = lineage_graph_versions.version + 1;`;

const RESOURCE_CHANGED = (
  o: string,
  n: string,
) => `${o}.stale <> ${n}.stale or ${o}.entity_type <> ${n}.entity_type
  or coalesce(${o}.parent_id, '') <> coalesce(${n}.parent_id, '')`;

const SQLITE_TRIGGERS = [
  `create trigger lineage_graph_insert after insert on lineage begin ${BUMP('new.workspace_id')} end`,
  `create trigger lineage_graph_delete after delete on lineage begin ${BUMP('old.workspace_id')} end`,
  `create trigger lineage_graph_update after update on lineage begin ${BUMP('new.workspace_id')} end`,
  `create trigger lineage_graph_resource after update of stale, entity_type, parent_id on resources
   when ${RESOURCE_CHANGED('old', 'new')} begin ${BUMP('new.workspace_id')} end`,
];

const POSTGRES_BUMP_FROM = (rows: string, where = '') =>
  `insert into lineage_graph_versions (workspace_id, version)
     select distinct workspace_id, 1 from ${rows} ${where}
   on conflict (workspace_id) do update set version = lineage_graph_versions.version + 1;`;

const POSTGRES_TRIGGERS = [
  `create function sextant_lineage_graph_bump() returns trigger language plpgsql as $$
   begin
     if tg_op = 'DELETE' then ${POSTGRES_BUMP_FROM('old_rows')}
     else ${POSTGRES_BUMP_FROM('new_rows')}
     end if;
     return null;
   end $$`,
  `create function sextant_lineage_graph_resource_bump() returns trigger language plpgsql as $$
   begin
     insert into lineage_graph_versions (workspace_id, version)
       select distinct n.workspace_id, 1 from new_rows n join old_rows o on o.id = n.id
       where ${RESOURCE_CHANGED('o', 'n')}
     on conflict (workspace_id) do update set version = lineage_graph_versions.version + 1;
     return null;
   end $$`,
  `create trigger lineage_graph_insert after insert on lineage referencing new table as new_rows
   for each statement execute function sextant_lineage_graph_bump()`,
  `create trigger lineage_graph_delete after delete on lineage referencing old table as old_rows
   for each statement execute function sextant_lineage_graph_bump()`,
  `create trigger lineage_graph_update after update on lineage referencing new table as new_rows
   for each statement execute function sextant_lineage_graph_bump()`,
  `create trigger lineage_graph_resource after update on resources
   referencing old table as old_rows new table as new_rows
   for each statement execute function sextant_lineage_graph_resource_bump()`,
];

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore a backup to go back');
}
