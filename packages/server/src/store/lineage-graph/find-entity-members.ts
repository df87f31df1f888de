import { type Kysely, sql } from 'kysely';
import { isDbtIntegration } from '../catalog/entity-sources.js';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { chunksOf } from '../sync/raw-sql.js';
import { idChunkSize, idInList } from './id-in-list.js';

/** A resource of the same entity as an asked one, with what orders the entity's sources (the primary first). */
export interface EntityMemberRow {
  asked_id: string;
  member_id: string;
  /** The member's table: itself for a table, its parent for a column. */
  table_id: string;
  /** 1 for a dbt node, 0 for any other source (the physical object first). */
  is_dbt: number;
}

const rankOf = (alias: string) =>
  `case when ${isDbtIntegration(`${alias}.integration_id`)} then 1 else 0 end`;

/**
 * The graph's view of entities (docs/lineage.md "Entities and sources"): for each asked table, every live source
 * of its entity; for each asked column, the same-named live column of every source of its table's entity. Asked
 * ids that belong to no shared entity answer themselves alone (or nothing, when they are not live).
 */
export async function findEntityMembers(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { workspaceId: string; ids: readonly string[] },
): Promise<EntityMemberRow[]> {
  const found: EntityMemberRow[] = [];
  for (const chunk of chunksOf(options.ids, idChunkSize(flags))) {
    // Tables and columns in one statement: on PostgreSQL each is a round trip, once per level of a walk.
    // Tables and columns in one statement: on PostgreSQL each is a round trip, once per level of a walk. An
    // entity's sources are the row of its id and the rows whose `entity_id` names it (two index lookups each).
    // `workspace_id || ''` keeps SQLite on the asked ids' key rather than walking the workspace's index.
    const { rows } = await sql<EntityMemberRow>`
      with asked_table (id, entity) as (
        select r.id, coalesce(r.entity_id, r.id) from resources r
        where ${idInList(flags, 'r.id', chunk)} and r.workspace_id || '' = ${options.workspaceId}
          and r.entity_type = 'table' and r.stale = 0 and r.integration_id is not null
      ), asked_column (id, title_lower, entity) as (
        select r.id, r.title_lower, coalesce(rt.entity_id, rt.id) from resources r
        join resources rt on rt.id = r.parent_id
        where ${idInList(flags, 'r.id', chunk)} and r.workspace_id || '' = ${options.workspaceId}
          and r.entity_type = 'column' and r.stale = 0
          and rt.entity_type = 'table' and rt.stale = 0 and rt.integration_id is not null
      ), column_table (id, title_lower, table_id) as (
        select a.id, a.title_lower, s.id from asked_column a join resources s on s.id = a.entity
        union all
        select a.id, a.title_lower, s.id from asked_column a join resources s on s.entity_id = a.entity
      )
      select a.id as asked_id, s.id as member_id, s.id as table_id, ${sql.raw(rankOf('s'))} as is_dbt
      from asked_table a join resources s on s.id = a.entity
      union all
      select a.id as asked_id, s.id as member_id, s.id as table_id, ${sql.raw(rankOf('s'))} as is_dbt
      from asked_table a join resources s on s.entity_id = a.entity
      union all
      select a.id as asked_id, sc.id as member_id, a.table_id, ${sql.raw(rankOf('st'))} as is_dbt
      from column_table a
      join resources st on st.id = a.table_id
      join resources sc on sc.parent_id = a.table_id and sc.entity_type = 'column' and sc.stale = 0
                        and sc.title_lower = a.title_lower`.execute(db);
    for (const row of rows) found.push({ ...row, is_dbt: Number(row.is_dbt) });
  }
  return found;
}
