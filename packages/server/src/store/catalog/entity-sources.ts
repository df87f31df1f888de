import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../schema.js';

/*
 * One physical table, one catalog entity (issue 15). A table's physical address is its database, schema and name,
 * compared case-insensitively (lower-cased, as the lineage resolver matches names); live tables of different
 * integrations with the same address describe the same entity, and each of them is one of its **sources**.
 *
 * The entity answers under the id of its oldest source (ids are time-ordered), so the id survives any other
 * source being deleted and added again; its structural fields come from its **primary** source: a warehouse or
 * connector table before a dbt node (the physical object before a description of it), then the oldest.
 * Hand-made resources and stale ones are their own.
 */

/** Whether an integration describes a dbt project: of type `dbt`, or synced from dbt artifacts. */
export const isDbtIntegration = (integrationId: string) =>
  `(exists (select 1 from integrations di where di.id = ${integrationId} and di.type = 'dbt')
    or exists (select 1 from syncs ds where ds.integration_id = ${integrationId} and ds.source = 'dbt'))`;

/**
 * The dialects whose names are case-sensitive as the catalog holds them: PostgreSQL stores unquoted names folded
 * to lower case and quoted ones as written (the connector reads them back exactly; dbt-postgres quotes by
 * default), BigQuery's dataset and table names are case-sensitive. Snowflake (unquoted names fold to upper case),
 * MySQL/MariaDB (lower_case_table_names differs per server: treated as case-insensitive) and every other dialect
 * compare case-insensitively.
 */
export const CASE_SENSITIVE_DIALECTS = ['postgres', 'bigquery'] as const;

/** One name per dialect: `postgresql` is `postgres`, `mariadb` is `mysql`; others lower-cased. */
export function normalizeDialect(name: string): string {
  const lower = name.trim().toLowerCase();
  if (lower === 'postgresql') return 'postgres';
  if (lower === 'mariadb') return 'mysql';
  return lower;
}

/** What decides whether two tables describe one physical table: their names and their integration's address. */
export interface EntityAddress {
  id: string;
  integration_id: string | null;
  title: string;
  title_lower: string;
  schema_name: string | null;
  database_name: string | null;
  stale: number;
  address_host: string | null;
  address_dialect: string | null;
}

/**
 * `s` is another live source of the same physical table as `r` (both tables of one workspace with the same
 * lower-cased title): the same database, schema and name, compared case-insensitively unless both sources name
 * them in one case-sensitive dialect, and the same host and dialect where both integrations know theirs (two
 * connectors on different hosts are two tables; an import or a dbt project, which name no host, joins either).
 * A table without a schema or database shares no entity. Only {@link refreshEntityIds} asks, for the tables a
 * change concerns; reads go through the `entity_id` it maintains.
 */
export function isSameEntity(s: EntityAddress, r: EntityAddress): boolean {
  if (s.id === r.id || Number(s.stale) !== 0 || s.integration_id === null) return false;
  if (s.integration_id === r.integration_id || s.title_lower !== r.title_lower) return false;
  if (
    s.schema_name === null ||
    r.schema_name === null ||
    s.database_name === null ||
    r.database_name === null
  )
    return false;
  if (s.schema_name.toLowerCase() !== r.schema_name.toLowerCase()) return false;
  if (s.database_name.toLowerCase() !== r.database_name.toLowerCase()) return false;
  const [hostS, hostR] = [s.address_host ?? '', r.address_host ?? ''];
  if (hostS !== '' && hostR !== '' && hostS !== hostR) return false;
  const [dialectS, dialectR] = [s.address_dialect ?? '', r.address_dialect ?? ''];
  if (dialectS === '' || dialectR === '') return true;
  if (dialectS !== dialectR) return false;
  if (!(CASE_SENSITIVE_DIALECTS as readonly string[]).includes(dialectS)) return true;
  return s.title === r.title && s.schema_name === r.schema_name && s.database_name === r.database_name;
}

const rankOf = (alias: string) =>
  `case when ${isDbtIntegration(`${alias}.integration_id`)} then 1 else 0 end`;

/**
 * `resources` under the given alias is answered under its own id: not a later source of an entity. One column
 * read per row (`entity_id`, maintained by {@link refreshEntityIds}) where a probe for older sources per row made
 * an unfiltered list of 8,000 resources take seconds on SQLite.
 */
export function notBehindAnotherSource(alias: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(`${alias}.entity_id`)} is null`;
}

export interface EntitySource {
  resource_id: string;
  integration_id: string | null;
  integration_name: string | null;
  integration_type: string | null;
  /** True for a dbt project's node. */
  is_dbt: boolean;
  description: string;
  definition: string;
  owners: string;
  user_values: string;
  updated_at: string;
}

/**
 * Every source of the entity a resource belongs to, primary first (the resource alone when it has no other
 * source). Stale resources, hand-made ones and non-tables are their own entity. The entity's id is the smallest
 * `resource_id` ({@link entityIdOf}).
 */
export async function findEntitySources(
  db: Kysely<Database>,
  options: { workspaceId: string; id: string },
): Promise<EntitySource[]> {
  return (
    (await findEntitySourcesOf(db, { workspaceId: options.workspaceId, ids: [options.id] })).get(
      options.id,
    ) ?? []
  );
}

/** {@link findEntitySources} for many resources in one statement, by asked id. */
export async function findEntitySourcesOf(
  db: Kysely<Database>,
  options: { workspaceId: string; ids: readonly string[] },
): Promise<Map<string, EntitySource[]>> {
  const found = new Map<string, EntitySource[]>();
  if (options.ids.length === 0) return found;
  // `workspace_id || ''`: the asked rows by their key. SQLite, without statistics, otherwise took the index on
  // (workspace_id, ...) and walked the whole workspace for 50 ids (130 ms at 50,000 resources).
  const { rows } = await sql<Omit<EntitySource, 'is_dbt'> & { is_dbt: number; asked_id: string }>`
    select r.id as asked_id, x.id as resource_id, x.integration_id, i.name as integration_name,
           i.type as integration_type, ${sql.raw(rankOf('x'))} as is_dbt, x.description, x.definition, x.owners,
           x.user_values, x.updated_at
    from resources r
    join resources x on x.id = coalesce(r.entity_id, r.id)
    left join integrations i on i.id = x.integration_id
    where r.id in (${sql.join([...options.ids])}) and r.workspace_id || '' = ${options.workspaceId}
    union all
    select r.id as asked_id, x.id as resource_id, x.integration_id, i.name as integration_name,
           i.type as integration_type, ${sql.raw(rankOf('x'))} as is_dbt, x.description, x.definition, x.owners,
           x.user_values, x.updated_at
    from resources r
    join resources x on x.entity_id = coalesce(r.entity_id, r.id)
    left join integrations i on i.id = x.integration_id
    where r.id in (${sql.join([...options.ids])}) and r.workspace_id || '' = ${options.workspaceId}
    order by 1, 6, 2`.execute(db);
  for (const { asked_id, ...row } of rows) {
    const list = found.get(asked_id) ?? [];
    list.push({ ...row, is_dbt: Number(row.is_dbt) === 1 });
    found.set(asked_id, list);
  }
  return found;
}

/** The id an entity answers under: its oldest source's (ids are time-ordered). */
export function entityIdOf(sources: readonly EntitySource[]): string | undefined {
  let oldest: string | undefined;
  for (const source of sources)
    if (oldest === undefined || source.resource_id < oldest) oldest = source.resource_id;
  return oldest;
}

/**
 * The live children of merged entities counted the way their pages list them: same-named children (columns merge
 * by name, case-insensitively) of the entity's sources count once. One statement for every entity asked; the
 * answer is by entity, in the order asked.
 */
export async function countEntityChildren(
  db: Kysely<Database>,
  entities: ReadonlyArray<readonly string[]>,
): Promise<number[]> {
  const ids = [...new Set(entities.flat())];
  if (ids.length === 0) return entities.map(() => 0);
  const { rows } = await sql<{ parent_id: string; entity_type: string; name: string }>`
    select distinct parent_id, entity_type, lower(title) as name from resources
    where parent_id in (${sql.join(ids)}) and stale = 0`.execute(db);
  const namesOf = new Map<string, string[]>();
  for (const row of rows) {
    const names = namesOf.get(row.parent_id) ?? [];
    names.push(`${row.entity_type}\u0000${row.name}`);
    namesOf.set(row.parent_id, names);
  }
  return entities.map((sourceIds) => new Set(sourceIds.flatMap((id) => namesOf.get(id) ?? [])).size);
}
