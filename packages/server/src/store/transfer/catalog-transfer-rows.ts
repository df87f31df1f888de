import type { Kysely, Selectable } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type {
  CustomPropertiesTable,
  Database,
  IntegrationsTable,
  LineageTable,
  ResourcesTable,
  TagsTable,
  TeamsTable,
  UsersTable,
} from '../schema.js';

/**
 * The rows a catalog export reads and a catalog import writes (transfer/). Reads are keyset pages so an export
 * of a million resources streams in constant memory; writes take rows as read, so a column another migration adds
 * to `resources` travels without a change here.
 */

/** Rows per page when an export walks a table. */
export const TRANSFER_PAGE_SIZE = 500;

export type TransferResourceRow = Selectable<ResourcesTable>;
export type TransferLineageRow = Selectable<LineageTable>;

export async function listTransferUsers(
  db: Kysely<Database>,
  workspaceId: string,
): Promise<Pick<Selectable<UsersTable>, 'id' | 'email' | 'name' | 'role'>[]> {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('email')
    .execute();
}

export async function listTransferTeams(
  db: Kysely<Database>,
  workspaceId: string,
): Promise<Selectable<TeamsTable>[]> {
  return db.selectFrom('teams').selectAll().where('workspace_id', '=', workspaceId).orderBy('name').execute();
}

export async function listTransferTags(
  db: Kysely<Database>,
  workspaceId: string,
): Promise<Selectable<TagsTable>[]> {
  return db.selectFrom('tags').selectAll().where('workspace_id', '=', workspaceId).orderBy('name').execute();
}

export async function listTransferCustomProperties(
  db: Kysely<Database>,
  workspaceId: string,
): Promise<Selectable<CustomPropertiesTable>[]> {
  return db
    .selectFrom('custom_properties')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('name')
    .execute();
}

/** Integrations without their sealed credentials or SSH tunnel: an export is not a place for secrets. */
export async function listTransferIntegrations(
  db: Kysely<Database>,
  workspaceId: string,
): Promise<Omit<Selectable<IntegrationsTable>, 'credentials_encrypted' | 'ssh_tunnel'>[]> {
  const rows = await db
    .selectFrom('integrations')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('id')
    .execute();
  return rows.map(({ credentials_encrypted: _sealed, ssh_tunnel: _tunnel, ...rest }) => rest);
}

/** One page of a workspace's resources after `afterId`, in id order. */
export async function pageTransferResources(
  db: Kysely<Database>,
  workspaceId: string,
  afterId: string | null,
): Promise<TransferResourceRow[]> {
  let query = db.selectFrom('resources').selectAll().where('workspace_id', '=', workspaceId);
  if (afterId !== null) query = query.where('id', '>', afterId);
  return query.orderBy('id').limit(TRANSFER_PAGE_SIZE).execute();
}

/** The tag ids and custom property values of a page of resources. */
export async function findTransferResourceLinks(
  db: Kysely<Database>,
  resourceIds: readonly string[],
): Promise<{
  tags: { resource_id: string; tag_id: string }[];
  values: { resource_id: string; property_id: string; value: string }[];
}> {
  if (resourceIds.length === 0) return { tags: [], values: [] };
  const tags = await db
    .selectFrom('resource_tags')
    .select(['resource_id', 'tag_id'])
    .where('resource_id', 'in', resourceIds)
    .orderBy('resource_id')
    .orderBy('tag_id')
    .execute();
  const values = await db
    .selectFrom('custom_property_values')
    .select(['resource_id', 'property_id', 'value'])
    .where('resource_id', 'in', resourceIds)
    .orderBy('resource_id')
    .orderBy('property_id')
    .execute();
  return { tags, values };
}

/** One page of a workspace's lineage edges after `afterId`, in id order. */
export async function pageTransferLineage(
  db: Kysely<Database>,
  workspaceId: string,
  afterId: string | null,
): Promise<TransferLineageRow[]> {
  let query = db.selectFrom('lineage').selectAll().where('workspace_id', '=', workspaceId);
  if (afterId !== null) query = query.where('id', '>', afterId);
  return query.orderBy('id').limit(TRANSFER_PAGE_SIZE).execute();
}

export async function countWorkspaceResources(db: Kysely<Database>, workspaceId: string): Promise<number> {
  const { n } = await db
    .selectFrom('resources')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** Inserts rows into one of the tables an import fills, in statements under the backend's parameter limit. */
export async function insertTransferRows(
  db: Kysely<Database>,
  flags: DialectFlags,
  table:
    | 'teams'
    | 'tags'
    | 'custom_properties'
    | 'integrations'
    | 'resources'
    | 'resource_tags'
    | 'custom_property_values'
    | 'lineage'
    | 'collections'
    | 'collection_resources'
    | 'syncs'
    | 'api_keys'
    | 'audit_logs',
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).length;
  const perStatement = Math.max(1, Math.floor(flags.maxParameters / Math.max(columns, 1) / 2));
  for (let start = 0; start < rows.length; start += perStatement) {
    await db
      .insertInto(table)
      .values(rows.slice(start, start + perStatement) as never)
      .execute();
  }
}

/**
 * An import into an empty catalog takes the export's default team as the workspace's own: the team the workspace
 * got at its first start gives way to the exported row (its id, dates and fields), and its members move over.
 * Nothing else can refer to it yet, since the catalog is empty.
 */
export async function adoptDefaultTeam(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { ownId: string; exported: Record<string, unknown> },
): Promise<void> {
  // The unique name is freed first, then the exported row takes it.
  await db
    .updateTable('teams')
    .set({ name: `replaced ${options.ownId}` })
    .where('id', '=', options.ownId)
    .execute();
  await insertTransferRows(db, flags, 'teams', [options.exported]);
  await db
    .updateTable('team_members')
    .set({ team_id: String(options.exported.id) })
    .where('team_id', '=', options.ownId)
    .execute();
  await db.deleteFrom('teams').where('id', '=', options.ownId).execute();
}
