import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import { NotFoundError } from '../../errors/index.js';
import { parseJsonColumn } from '../../lib/json.js';
import { findTableNames, refreshEntityIds } from '../catalog/refresh-entity-ids.js';
import { type DialectFlags, dialectFlags } from '../dialect.js';
import { referencesResolvedInto, reresolveAfterDeletion } from '../lineage/reresolve-references.js';
import { listPage } from '../list-page.js';
import type { Database, IntegrationsTable } from '../schema.js';

export type IntegrationRow = Selectable<IntegrationsTable>;
export type NewIntegrationRow = Insertable<IntegrationsTable>;
export type IntegrationChanges = Omit<Updateable<IntegrationsTable>, 'id' | 'workspace_id' | 'created_at'>;

export async function insertIntegration(db: Kysely<Database>, row: NewIntegrationRow): Promise<void> {
  await db.insertInto('integrations').values(row).execute();
}

/** An integration of the workspace; one of another workspace is as absent as one that never existed. */
export async function findIntegration(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<IntegrationRow | undefined> {
  return db
    .selectFrom('integrations')
    .selectAll()
    .where('id', '=', id)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
}

export async function getIntegration(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<IntegrationRow> {
  const row = await findIntegration(db, workspaceId, id);
  if (!row) throw new NotFoundError('integration_not_found', `no integration with id ${id}`, { id });
  return row;
}

export interface ListIntegrationsOptions {
  workspaceId: string;
  /** Only integrations of these types (compat.md §6 `?type=`, §1 `type__in=a,b`). */
  types?: string[] | undefined;
  limit: number;
  offset: number;
}

/** One page of the workspace's integrations, oldest first, with the total count for the envelope. */
export async function listIntegrations(
  db: Kysely<Database>,
  options: ListIntegrationsOptions,
): Promise<{ rows: IntegrationRow[]; count: number }> {
  let base = db.selectFrom('integrations').where('workspace_id', '=', options.workspaceId);
  // `in ()` is a syntax error on PostgreSQL: no type can match an empty list.
  if (options.types?.length === 0) return { rows: [], count: 0 };
  if (options.types !== undefined) base = base.where('type', 'in', options.types);
  return listPage(base, (q) => q.selectAll().orderBy('created_at').orderBy('id'), options);
}

export async function updateIntegrationRow(
  db: Kysely<Database>,
  id: string,
  changes: IntegrationChanges,
): Promise<void> {
  await db.updateTable('integrations').set(changes).where('id', '=', id).execute();
}

/**
 * Records where an integration's tables live and which dialect names them (entity identity: a connector run once
 * it connected, a dbt sync from its manifest); `host` left out keeps the recorded one. When either changes, the
 * entities of the integration's tables are worked out again (a host can part two tables, a dialect can join them).
 */
export async function recordIntegrationAddress(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { integrationId: string; host?: string | null; dialect: string | null },
): Promise<void> {
  const before = await db
    .selectFrom('integrations')
    .select(['workspace_id', 'address_host', 'address_dialect'])
    .where('id', '=', options.integrationId)
    .executeTakeFirst();
  if (!before) return;
  const host = options.host === undefined ? before.address_host : options.host;
  if (host === before.address_host && options.dialect === before.address_dialect) return;
  await db
    .updateTable('integrations')
    .set({ address_host: host, address_dialect: options.dialect })
    .where('id', '=', options.integrationId)
    .execute();
  await refreshEntityIds(db, flags, {
    workspaceId: before.workspace_id,
    changed: { kind: 'integration', integrationId: options.integrationId },
  });
}

/**
 * Deletes an integration. The foreign keys cascade to everything it produced: its resources (and through them
 * their lineage edges, manual ones included, tags, collection links and property values), its own lineage, its
 * pending lineage and its syncs (compat.md §5: "deleting an integration deletes its resources").
 */
export async function deleteIntegrationRow(db: Kysely<Database>, id: string): Promise<void> {
  // Other integrations' references that resolved into this one find their next candidate, or wait again.
  const flags = dialectFlags(db.getExecutor().adapter.supportsTransactionalDdl ? 'postgres' : 'sqlite');
  const affected = await referencesResolvedInto(db, flags, id);
  const row = await db
    .selectFrom('integrations')
    .select('workspace_id')
    .where('id', '=', id)
    .executeTakeFirst();
  const titles = await findTableNames(db, flags, { integrationId: id });
  await db.deleteFrom('integrations').where('id', '=', id).execute();
  // Entities whose id was one of its tables answer under their next-oldest source; sources it linked part.
  if (row) {
    await refreshEntityIds(db, flags, {
      workspaceId: row.workspace_id,
      changed: { kind: 'deleted', titles },
    });
  }
  if (affected.length > 0) {
    await reresolveAfterDeletion(db, flags, {
      workspaceId: affected[0]!.workspace_id,
      now: new Date().toISOString(),
      rows: affected,
    });
  }
}

/**
 * Drops a deleted team from the `teams` list of the workspace's integrations. The list is JSON text (compat.md
 * §6 answers it as an array), so no foreign key can do this; a LIKE on the quoted id finds the candidates
 * (a `%` or `_` in an id only widens the match; the exact filter happens here).
 */
export async function removeTeamFromIntegrations(
  db: Kysely<Database>,
  options: { workspaceId: string; teamId: string; updatedAt: string },
): Promise<void> {
  const rows = await db
    .selectFrom('integrations')
    .select(['id', 'teams'])
    .where('workspace_id', '=', options.workspaceId)
    .where('teams', 'like', `%${JSON.stringify(options.teamId)}%`)
    .execute();
  for (const row of rows) {
    const teams = parseJsonColumn<string[]>(row.teams, []).filter((id) => id !== options.teamId);
    await db
      .updateTable('integrations')
      .set({ teams: JSON.stringify(teams), updated_at: options.updatedAt })
      .where('id', '=', row.id)
      .execute();
  }
}
