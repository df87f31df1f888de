import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** An integration of type `marketplace:<id>` (a connection, or an install in another workspace). */
export interface MarketplaceConnectionUse {
  integration_id: string;
  workspace_id: string;
  name: string;
  version: number;
}

/**
 * Every connection of a marketplace integration, in any workspace, oldest first. A connection is an integration
 * row with a `marketplace_connections` row (both are written in one transaction), so the join finds them all.
 */
export async function listConnectionsOfMarketplaceIntegration(
  db: Kysely<Database>,
  marketplaceId: string,
): Promise<MarketplaceConnectionUse[]> {
  return db
    .selectFrom('marketplace_connections as c')
    .innerJoin('integrations as i', 'i.id', 'c.integration_id')
    .select(['c.integration_id', 'i.workspace_id', 'i.name', 'c.version'])
    .where('c.marketplace_integration_id', '=', marketplaceId)
    .orderBy('c.created_at')
    .orderBy('c.integration_id')
    .execute();
}

/**
 * Deletes a marketplace integration and its versions:
 *
 *   marketplace_integrations ──< marketplace_versions ──< marketplace_connections (no cascade)
 *
 * The versions go first, explicitly rather than by the cascade. A connection still pinned to a version makes
 * the delete fail on `marketplace_connections_version_fk` ({@link isForeignKeyViolation}): callers check for
 * connections first, and the key refuses one installed in the meantime.
 */
export async function deleteMarketplaceIntegrationWithVersions(
  db: Kysely<Database>,
  marketplaceId: string,
): Promise<void> {
  const tables = db;
  await tables.deleteFrom('marketplace_versions').where('integration_id', '=', marketplaceId).execute();
  await tables.deleteFrom('marketplace_integrations').where('id', '=', marketplaceId).execute();
}

/** True for a foreign-key violation on either backend (SQLite's code, or PostgreSQL's SQLSTATE 23503). */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503';
}
