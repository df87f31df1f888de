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

const addressPart = (alias: string, column: 'address_host' | 'address_dialect') =>
  `coalesce((select ai.${column} from integrations ai where ai.id = ${alias}.integration_id), '')`;

/**
 * `s` is another live source of the same physical table as `r` (both aliases of `resources`): the same database,
 * schema and name, compared case-insensitively unless both sources name them in one case-sensitive dialect, and
 * the same host and dialect where both integrations know theirs (two connectors on different hosts are two
 * tables; an import or a dbt project, which name no host, joins either). `entity_type` and `stale` are compared
 * bare (both are NOT NULL): wrapped in coalesce() the index on (workspace, title, type) took only two of its columns, PostgreSQL costed this probe at 12,000 per candidate row, and at 1M resources chose to
 * scan `resource_search` whole for a search's title tier (125–360 ms against 30–60 ms through its GIN index).
 */
export const SAME_ENTITY = (s: string, r: string) =>
  `${s}.workspace_id = ${r}.workspace_id and ${s}.title_lower = ${r}.title_lower
   and ${s}.entity_type = 'table' and ${s}.stale = 0 and ${s}.id <> ${r}.id
   and ${s}.integration_id is not null and coalesce(${s}.integration_id, '') <> coalesce(${r}.integration_id, '')
   and lower(${s}.schema_name) = lower(${r}.schema_name) and lower(${s}.database_name) = lower(${r}.database_name)
   and (${addressPart(s, 'address_host')} = '' or ${addressPart(r, 'address_host')} = ''
        or ${addressPart(s, 'address_host')} = ${addressPart(r, 'address_host')})
   and (${addressPart(s, 'address_dialect')} = '' or ${addressPart(r, 'address_dialect')} = ''
        or (${addressPart(s, 'address_dialect')} = ${addressPart(r, 'address_dialect')}
            and (${addressPart(s, 'address_dialect')} not in (${CASE_SENSITIVE_DIALECTS.map((d) => `'${d}'`).join(', ')})
                 or (${s}.title = ${r}.title and ${s}.schema_name = ${r}.schema_name
                     and ${s}.database_name = ${r}.database_name))))`;

const rankOf = (alias: string) =>
  `case when ${isDbtIntegration(`${alias}.integration_id`)} then 1 else 0 end`;

/** SQL true when `r` is a table with an older source of its entity: it is answered under that one's id. */
export function behindAnotherSource(r: string): string {
  return `(${r}.entity_type = 'table' and ${r}.stale = 0 and ${r}.integration_id is not null and exists (
    select 1 from resources s where ${SAME_ENTITY('s', r)} and s.id < ${r}.id))`;
}

/** {@link behindAnotherSource} as a Kysely condition on `resources` under the given alias. */
export function notBehindAnotherSource(alias: string): RawBuilder<boolean> {
  return sql<boolean>`not ${sql.raw(behindAnotherSource(alias))}`;
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
  const { rows } = await sql<Omit<EntitySource, 'is_dbt'> & { is_dbt: number; asked_id: string }>`
    select r.id as asked_id, x.id as resource_id, x.integration_id, i.name as integration_name,
           i.type as integration_type, ${sql.raw(rankOf('x'))} as is_dbt, x.description, x.definition, x.owners,
           x.user_values, x.updated_at
    from resources r
    join resources x on x.id = r.id or (r.entity_type = 'table' and r.stale = 0 and r.integration_id is not null
                                        and ${sql.raw(SAME_ENTITY('x', 'r'))})
    left join integrations i on i.id = x.integration_id
    where r.id in (${sql.join([...options.ids])}) and r.workspace_id = ${options.workspaceId}
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
