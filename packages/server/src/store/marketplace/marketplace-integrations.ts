import type { Kysely } from 'kysely';
import { listPage } from '../list-page.js';
import type { Database } from '../schema.js';
import type { MarketplaceIntegrationRow, MarketplaceIntegrationsTable } from './marketplace-tables.js';

export async function insertMarketplaceIntegration(
  db: Kysely<Database>,
  row: MarketplaceIntegrationsTable,
): Promise<void> {
  await db.insertInto('marketplace_integrations').values(row).execute();
}

/** Any workspace's marketplace integration by id; callers decide what the asking workspace may see. */
export async function findMarketplaceIntegration(
  db: Kysely<Database>,
  id: string,
): Promise<MarketplaceIntegrationRow | undefined> {
  return db.selectFrom('marketplace_integrations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** One page of a workspace's own marketplace integrations, oldest first. */
export async function listWorkspaceMarketplaceIntegrations(
  db: Kysely<Database>,
  options: { workspaceId: string; limit: number; offset: number },
): Promise<{ rows: MarketplaceIntegrationRow[]; count: number }> {
  const base = db.selectFrom('marketplace_integrations').where('workspace_id', '=', options.workspaceId);
  return listPage(base, (q) => q.selectAll().orderBy('created_at').orderBy('id'), options);
}

/**
 * Bumps `latest_version` and returns the new number. The conditional update is the lock: of two uploads racing
 * for the same number, the second sees no row changed and the caller's transaction fails instead of storing two
 * versions under one number (the primary key of marketplace_versions would refuse it too).
 */
export async function claimNextVersion(
  db: Kysely<Database>,
  options: { id: string; current: number; updatedAt: string },
): Promise<number | undefined> {
  const result = await db
    .updateTable('marketplace_integrations')
    .set({ latest_version: options.current + 1, updated_at: options.updatedAt })
    .where('id', '=', options.id)
    .where('latest_version', '=', options.current)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1 ? options.current + 1 : undefined;
}

/** The server's first workspace (recorded when it was inserted, see migration 0007), whose admins review. */
export async function findReviewerWorkspaceId(db: Kysely<Database>): Promise<string | undefined> {
  const row = await db.selectFrom('marketplace_reviewer_workspace').select('workspace_id').executeTakeFirst();
  return row?.workspace_id;
}
