import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** What the quality code needs to know of a catalogued table or column. */
export interface QualityResourceRow {
  id: string;
  workspace_id: string;
  integration_id: string | null;
  entity_type: string;
  parent_id: string | null;
  title: string;
  title_full: string;
  schema_name: string | null;
  database_name: string | null;
  pii: 0 | 1;
  type: string | null;
}

const COLUMNS = [
  'id',
  'workspace_id',
  'integration_id',
  'entity_type',
  'parent_id',
  'title',
  'title_full',
  'schema_name',
  'database_name',
  'pii',
  'type',
] as const;

/** A live resource of the workspace by id, or undefined. */
export async function findQualityResource(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<QualityResourceRow | undefined> {
  return db
    .selectFrom('resources')
    .select(COLUMNS)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('stale', '=', 0)
    .executeTakeFirst() as Promise<QualityResourceRow | undefined>;
}

/** The live columns of a table, in their declared order. */
export async function listTableColumnRows(
  db: Kysely<Database>,
  tableId: string,
): Promise<QualityResourceRow[]> {
  return db
    .selectFrom('resources')
    .select(COLUMNS)
    .where('parent_id', '=', tableId)
    .where('entity_type', '=', 'column')
    .where('stale', '=', 0)
    .orderBy('sort_order')
    .orderBy('title')
    .execute() as Promise<QualityResourceRow[]>;
}

/** A monitor target's label and source, for the monitor object's `display_metadata`. */
export async function findTargetDisplay(
  db: Kysely<Database>,
  resourceId: string,
): Promise<
  | {
      title_full: string;
      entity_type: string;
      integration_id: string | null;
      integration_type: string | null;
    }
  | undefined
> {
  return db
    .selectFrom('resources')
    .leftJoin('integrations', 'integrations.id', 'resources.integration_id')
    .select([
      'resources.title_full',
      'resources.entity_type',
      'resources.integration_id',
      'integrations.type as integration_type',
    ])
    .where('resources.id', '=', resourceId)
    .executeTakeFirst();
}

/** What the quality score of a table is computed from (quality/quality-score.ts). */
export interface QualityScoreFacts {
  owners: string;
  description: string;
  verified: 0 | 1;
  external_updated_at: string | null;
  schemaDescription: string;
  tagCount: number;
  columnCount: number;
  describedColumnCount: number;
}

export async function findQualityScoreFacts(
  db: Kysely<Database>,
  table: { id: string; parent_id: string | null },
): Promise<QualityScoreFacts> {
  const row = await db
    .selectFrom('resources')
    .select(['owners', 'description', 'verified', 'external_updated_at'])
    .where('id', '=', table.id)
    .executeTakeFirstOrThrow();
  const schema = table.parent_id
    ? await db
        .selectFrom('resources')
        .select('description')
        .where('id', '=', table.parent_id)
        .executeTakeFirst()
    : undefined;
  const tags = await db
    .selectFrom('resource_tags')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('resource_id', '=', table.id)
    .executeTakeFirstOrThrow();
  const columns = await db
    .selectFrom('resources')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>(eb.case().when('description', '!=', '').then(1).else(0).end()).as('described'),
    ])
    .where('parent_id', '=', table.id)
    .where('entity_type', '=', 'column')
    .where('stale', '=', 0)
    .executeTakeFirstOrThrow();
  return {
    owners: row.owners,
    description: row.description,
    verified: row.verified,
    external_updated_at: row.external_updated_at,
    schemaDescription: schema?.description ?? '',
    tagCount: Number(tags.n),
    columnCount: Number(columns.n),
    describedColumnCount: Number(columns.described ?? 0),
  };
}
