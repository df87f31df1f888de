import type { Kysely } from 'kysely';
import { type AuthContext, auditActor } from '../auth/authenticate.js';
import { ConflictError, NotFoundError } from '../errors/index.js';
import { recordAudit } from '../store/audit-logs.js';
import {
  deleteMarketplaceIntegrationWithVersions,
  findLatestMarketplaceVersion,
  findMarketplaceIntegration,
  isForeignKeyViolation,
  listConnectionsOfMarketplaceIntegration,
  type MarketplaceConnectionUse,
} from '../store/marketplace/index.js';
import type { Database } from '../store/schema.js';
import { getVisibleIntegration } from './read-marketplace.js';

/**
 * Deletes one of the workspace's own marketplace integrations with all its versions, once nothing uses it. While
 * any integration of type `marketplace:<id>` exists — a connection in this workspace, or an install of an approved
 * version in another — it answers 409 `marketplace_integration_in_use` and deletes nothing: a connection never
 * loses the code it runs. Another workspace's integration is 404, like an unknown id (reviewers included).
 */
export async function deleteMarketplaceIntegration(
  db: Kysely<Database>,
  auth: AuthContext,
  id: string,
): Promise<void> {
  try {
    await db.transaction().execute(async (tx) => {
      const visible = await getVisibleIntegration(tx, auth.workspaceId, id);
      if (!visible.isOwn) {
        throw new NotFoundError(
          'marketplace_integration_not_found',
          `no marketplace integration ${id} in your workspace`,
          { id },
        );
      }
      const uses = await listConnectionsOfMarketplaceIntegration(tx, id);
      if (uses.length > 0) throw inUseError(auth.workspaceId, visible.row, uses);
      const approved = await findLatestMarketplaceVersion(tx, { integrationId: id, statuses: ['approved'] });
      await deleteMarketplaceIntegrationWithVersions(tx, id);
      await recordAudit(tx, {
        ...auditActor(auth),
        action: 'delete',
        entityType: 'marketplace_integration',
        entityId: id,
        before: {
          name: visible.row.name,
          category: visible.row.category,
          latest_version: visible.row.latest_version,
          approved_version: approved?.version ?? null,
        },
      });
    });
  } catch (error) {
    if (!isForeignKeyViolation(error)) throw error;
    // Someone connected it while this delete ran (PostgreSQL): the version's key kept the connection's code.
    const row = await findMarketplaceIntegration(db, id);
    const uses = await listConnectionsOfMarketplaceIntegration(db, id);
    throw inUseError(auth.workspaceId, row ?? { id, name: id }, uses);
  }
}

/**
 * Names the caller's own connections (id, name, pinned version); another workspace's installs are only counted,
 * their names and ids are that workspace's business.
 */
function inUseError(
  workspaceId: string,
  integration: { id: string; name: string },
  uses: MarketplaceConnectionUse[],
): ConflictError {
  const own = uses.filter((use) => use.workspace_id === workspaceId);
  const elsewhere = uses.length - own.length;
  const named = own.map((use) => `"${use.name}" (${use.integration_id})`).join(', ');
  const parts = [
    own.length > 0 ? `${countOf(own.length, 'connection')} in your workspace: ${named}` : '',
    elsewhere > 0 ? `${countOf(elsewhere, 'install')} in other workspaces` : '',
  ].filter(Boolean);
  return new ConflictError(
    'marketplace_integration_in_use',
    `marketplace integration "${integration.name}" is used by ${parts.join(' and ') || 'a connection'}; delete those integrations first`,
    {
      id: integration.id,
      connections: own.map((use) => ({
        integration_id: use.integration_id,
        name: use.name,
        version: use.version,
      })),
      other_workspace_connections: elsewhere,
    },
  );
}

function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
