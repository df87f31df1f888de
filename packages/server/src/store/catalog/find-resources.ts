import { type Kysely, type Selectable, type SelectQueryBuilder, sql } from 'kysely';
import type { Database, ResourcesTable } from '../schema.js';
import { executePrecompiled } from './precompiled-query.js';

/** The columns a resource answer needs (the source/user value stores stay in the store). */
const VIEW_COLUMNS = [
  'id',
  'workspace_id',
  'integration_id',
  'databuilder_id',
  'entity_type',
  'native_type',
  'parent_id',
  'title',
  'title_full',
  'title_cased',
  'icon',
  'description',
  'definition',
  'owners',
  'owners_groups',
  'teams',
  'url',
  'published',
  'pii',
  'verified',
  'archived',
  'archived_at',
  'stale',
  'stale_at',
  'external_updated_at',
  'external_usage',
  'internal_usage',
  'row_count',
  'byte_size',
  'quality_score',
  'properties',
  'type',
  'sort_order',
  'is_pk',
  'schema_name',
  'database_name',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof ResourcesTable)[];

export type ResourceViewRow = Pick<Selectable<ResourcesTable>, (typeof VIEW_COLUMNS)[number]> & {
  children_count: number;
};

/** Selects the view columns plus the count of live (not stale) children, from `resources`. */
export function selectResourceViewRows(
  db: Kysely<Database>,
): SelectQueryBuilder<Database, 'resources', ResourceViewRow> {
  return db
    .selectFrom('resources')
    .select(VIEW_COLUMNS.map((column) => `resources.${column}` as const))
    .select(
      sql<number>`(select count(*) from resources c where c.parent_id = resources.id and c.stale = 0)`.as(
        'children_count',
      ),
    ) as unknown as SelectQueryBuilder<Database, 'resources', ResourceViewRow>;
}

export interface FindResourceOptions {
  workspaceId: string;
  id: string;
  /** When set, a resource of another entity type is "not found" (typed routes). */
  entityType?: string | undefined;
}

/**
 * One resource of the workspace (stale ones included: the archive view reads them), or undefined. Precompiled:
 * this is the hot path of `GET /resource/all/{id}`.
 */
export async function findResourceViewRow(
  db: Kysely<Database>,
  options: FindResourceOptions,
): Promise<ResourceViewRow | undefined> {
  const { id, workspaceId, entityType } = options;
  const [row] = await executePrecompiled<ResourceViewRow>(db, {
    name: entityType ? 'resource-view-row-typed' : 'resource-view-row',
    parameters: entityType ? [id, workspaceId, entityType] : [id, workspaceId],
    build: ([idParam, workspaceParam, typeParam]) => {
      const query = selectResourceViewRows(db)
        .where('resources.id', '=', idParam!)
        .where('resources.workspace_id', '=', workspaceParam!);
      return typeParam ? query.where('resources.entity_type', '=', typeParam) : query;
    },
  });
  return row ? { ...row, children_count: Number(row.children_count) } : undefined;
}

/** The view rows of these resources (the primaries merged entities show; a handful per page). */
export async function findResourceViewRows(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<ResourceViewRow[]> {
  if (ids.length === 0) return [];
  const rows = await selectResourceViewRows(db)
    .where('resources.id', 'in', [...ids])
    .execute();
  return rows.map((row) => ({ ...row, children_count: Number(row.children_count) }));
}

export type ResourceEditRow = Pick<
  Selectable<ResourcesTable>,
  | 'id'
  | 'integration_id'
  | 'entity_type'
  | 'parent_id'
  | 'source_values'
  | 'user_values'
  | 'description'
  | 'definition'
  | 'owners'
  | 'archived_at'
  | 'schema_name'
  | 'database_name'
> & { import_policy: string | null };

/**
 * What a PATCH needs besides the view: the source/user values and the integration's import policy. With
 * `lockRow` (PostgreSQL) the row stays locked until the transaction ends, so two concurrent edits of the user
 * values cannot overwrite each other; SQLite already serialises writing transactions.
 */
export async function findResourceEditRow(
  db: Kysely<Database>,
  options: { workspaceId: string; id: string; lockRow: boolean },
): Promise<ResourceEditRow | undefined> {
  const query = db
    .selectFrom('resources')
    .leftJoin('integrations', 'integrations.id', 'resources.integration_id')
    .select([
      'resources.id',
      'resources.integration_id',
      'resources.entity_type',
      'resources.parent_id',
      'resources.source_values',
      'resources.user_values',
      'resources.description',
      'resources.definition',
      'resources.owners',
      'resources.archived_at',
      'resources.schema_name',
      'resources.database_name',
      'integrations.import_policy',
    ])
    .where('resources.id', '=', options.id)
    .where('resources.workspace_id', '=', options.workspaceId);
  return (options.lockRow ? query.forUpdate('resources') : query).executeTakeFirst();
}
