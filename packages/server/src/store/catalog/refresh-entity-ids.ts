import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { chunksOf, executeSql, placeholders, selectSql } from '../sync/raw-sql.js';
import { type EntityAddress, isSameEntity } from './entity-sources.js';

/** Which tables changed, so that their entities are worked out again. */
export type ChangedTables =
  /** Written by a sync run of this integration (`updated_at = since`: created, changed, revived or staled). */
  | { kind: 'run'; integrationId: string; since: string }
  /** Every table of this integration (its host or dialect changed). */
  | { kind: 'integration'; integrationId: string }
  /** These resources (an edit through the API). */
  | { kind: 'resources'; ids: readonly string[] }
  /**
   * Tables were deleted: every table of their names (read before deleting: a deleted source may have linked two
   * others) and the later sources of entities whose id was one of them.
   */
  | { kind: 'deleted'; titles: readonly string[] }
  /** Every table of the workspace (the migration that adds the column). */
  | { kind: 'all' };

export interface EntityIdChange {
  id: string;
  stored: string | null;
  computed: string | null;
}

/** Rows per statement (two parameters each for updates; names per group fetch). */
const CHUNK = 500;

/*
 * `resources.entity_id` keeps, for a table that is a later source of an entity, the entity's id (the smallest id
 * among its sources: isSameEntity, catalog/entity-sources.ts, linked directly or through another source), and
 * null for every resource answered under its own id. Lists and the entity lookups read it instead of probing for other sources row by row.
 *
 * Every source of an entity has the same lower-cased title, so a change to a table can only change the entity_id
 * of tables with its name, or of rows that name it as their entity (it was renamed). Those names' tables are read
 * (through the index on workspace, title_lower, entity_type) and their entities worked out again here, whatever
 * order syncs, deletions and edits came in:
 *
 *   changed tables ──their names──────────────────────┐
 *   rows whose entity_id names a changed table ──names─┴─> every table of those names ─> entity_id per row
 *   rows with an entity_id that are no live source (retyped, staled, hand-made) ─> null
 *
 * The grouping runs here rather than in SQL: right after a bulk load PostgreSQL has no statistics for the new
 * rows, and a self-join over them was planned as nested scans (160 s at 8,000 tables); fetching whole names by
 * an index has no plan to get wrong.
 */
export async function refreshEntityIds(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { workspaceId: string; changed: ChangedTables },
): Promise<number> {
  const changed = await findEntityIdChanges(db, flags, options);
  for (const chunk of chunksOf(changed, CHUNK)) {
    await executeSql(
      db,
      flags,
      `with entity (id, entity_id) as (values ${chunk.map(() => '(?, ?)').join(', ')})
       update resources set entity_id = entity.entity_id from entity where resources.id = entity.id`,
      chunk.flatMap((row) => [row.id, row.computed]),
    );
  }
  return changed.length;
}

/**
 * The rows a change concerns whose stored `entity_id` differs from what their sources give now
 * (`{ kind: 'all' }`: every table of the workspace; a store kept right answers none).
 */
/** The lower-cased names of these resources' tables (before deleting them: `{ kind: 'deleted', titles }`). */
export async function findTableNames(
  db: Kysely<Database>,
  flags: DialectFlags,
  of: { integrationId: string } | { ids: readonly string[] },
): Promise<string[]> {
  const rows =
    'integrationId' in of
      ? await selectSql<{ title_lower: string }>(
          db,
          flags,
          `select distinct title_lower from resources where integration_id = ? and entity_type = 'table'`,
          [of.integrationId],
        )
      : (
          await Promise.all(
            chunksOf(of.ids, CHUNK).map((chunk) =>
              selectSql<{ title_lower: string }>(
                db,
                flags,
                `select title_lower from resources where id in (${placeholders(chunk.length)}) and entity_type = 'table'`,
                chunk,
              ),
            ),
          )
        ).flat();
  return [...new Set(rows.map((row) => row.title_lower))];
}

export async function findEntityIdChanges(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { workspaceId: string; changed: ChangedTables },
): Promise<EntityIdChange[]> {
  const { sql: names, parameters } = namesOf(options.workspaceId, options.changed);
  // `union all` and a set here: a `union` had SQLite walk the workspace's names in order to merge the branches.
  const titles = [
    ...new Set(
      (await selectSql<{ title_lower: string }>(db, flags, names, parameters)).map((row) => row.title_lower),
    ),
  ].map((title_lower) => ({ title_lower }));
  const changes: EntityIdChange[] = [];
  for (const chunk of chunksOf(titles, CHUNK)) {
    const rows = await selectSql<EntityAddress & { entity_id: string | null }>(
      db,
      flags,
      `select r.id, r.entity_id, r.integration_id, r.title, r.title_lower, r.schema_name, r.database_name,
              r.stale, i.address_host, i.address_dialect
       from resources r left join integrations i on i.id = r.integration_id
       where r.workspace_id = ? and r.title_lower in (${placeholders(chunk.length)}) and r.entity_type = 'table'`,
      [options.workspaceId, ...chunk.map((row) => row.title_lower)],
    );
    changes.push(...entityIdChangesOf(rows));
  }
  // Rows that name an entity but are no live source any more (retyped, staled without a sync: hand edits), through
  // the partial index (`workspace_id || ''`: not through the workspace's index, a million rows at scale).
  const orphans = await selectSql<{ id: string; entity_id: string }>(
    db,
    flags,
    `select id, entity_id from resources where entity_id is not null and workspace_id || '' = ?
       and (entity_type <> 'table' or stale <> 0 or integration_id is null)`,
    [options.workspaceId],
  );
  const seen = new Set(changes.map((change) => change.id));
  for (const row of orphans) {
    if (!seen.has(row.id)) changes.push({ id: row.id, stored: row.entity_id, computed: null });
  }
  return changes;
}

/**
 * The tables of one or more whole names, grouped into entities: live sources linked by {@link isSameEntity},
 * directly or through another source (a dbt project's source and model of one relation both match the warehouse
 * table, though not each other), so that the grouping is the same whichever source is older. Each entity's
 * smallest id is its id; every other member names it.
 */
function entityIdChangesOf(rows: Array<EntityAddress & { entity_id: string | null }>): EntityIdChange[] {
  const byName = new Map<string, typeof rows>();
  for (const row of rows) {
    const group = byName.get(row.title_lower) ?? [];
    group.push(row);
    byName.set(row.title_lower, group);
  }
  const changes: EntityIdChange[] = [];
  for (const group of byName.values()) {
    const entityOf = entitiesOf(group);
    for (const row of group) {
      const entity = entityOf.get(row.id);
      const computed = entity !== undefined && entity !== row.id ? entity : null;
      if ((row.entity_id ?? null) !== computed) changes.push({ id: row.id, stored: row.entity_id, computed });
    }
  }
  return changes;
}

/** Connected components of the live sources of one name (union-find), each answered by its smallest id. */
function entitiesOf(group: readonly EntityAddress[]): Map<string, string> {
  // Stale and hand-made tables are their own entity.
  const sources = group.filter((row) => Number(row.stale) === 0 && row.integration_id !== null);
  const parent = new Map(sources.map((row) => [row.id, row.id]));
  const root = (id: string): string => {
    let at = id;
    while (parent.get(at) !== at) at = parent.get(at)!;
    parent.set(id, at);
    return at;
  };
  for (const [i, a] of sources.entries()) {
    for (const b of sources.slice(i + 1)) {
      if (!isSameEntity(a, b)) continue;
      const [x, y] = [root(a.id), root(b.id)];
      // The smaller id stays the root: it is the entity's id.
      if (x < y) parent.set(y, x);
      else if (y < x) parent.set(x, y);
    }
  }
  return new Map(sources.map((row) => [row.id, root(row.id)]));
}

/** The lower-cased names whose tables a change concerns, as a statement, driven through indexes. */
function namesOf(workspaceId: string, changed: ChangedTables): { sql: string; parameters: unknown[] } {
  if (changed.kind === 'all') {
    return {
      sql: `select title_lower from resources where workspace_id = ? and entity_type = 'table'`,
      parameters: [workspaceId],
    };
  }
  if (changed.kind === 'deleted') {
    const named = changed.titles.map(() => 'select ? as title_lower').join(' union all ');
    return {
      sql: `select a.title_lower from resources a where a.entity_id is not null and a.workspace_id || '' = ?
            and not exists (select 1 from resources e where e.id = a.entity_id)
            ${named === '' ? '' : `union all ${named}`}`,
      parameters: [workspaceId, ...changed.titles],
    };
  }
  const [where, parameters] =
    changed.kind === 'run'
      ? ['t.integration_id = ? and t.updated_at = ?', [changed.integrationId, changed.since]]
      : changed.kind === 'integration'
        ? ['t.integration_id = ?', [changed.integrationId]]
        : [`t.id in (${placeholders(changed.ids.length) || 'null'})`, [...changed.ids]];
  // The changed tables' names, found among the workspace's tables (index on workspace, type: a first sync of a
  // million resources has 50,000 tables to read, not a million rows), and the names of rows whose entity is a
  // changed row (renamed or retyped): the partial index on entity_id holds only later sources.
  return {
    sql: `select t.title_lower from resources t where t.workspace_id = ? and t.entity_type = 'table' and ${where}
          union all select a.title_lower from resources a where a.entity_id is not null
            and exists (select 1 from resources t where t.id = a.entity_id and ${where})`,
    parameters: [workspaceId, ...parameters, ...parameters],
  };
}
