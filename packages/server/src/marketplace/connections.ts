import type { Kysely } from 'kysely';
import { type AuthContext, auditActor } from '../auth/authenticate.js';
import {
  type Credentials,
  maskCredentials,
  mergeCredentials,
  openCredentials,
  sealCredentials,
} from '../auth/credentials.js';
import { InputError, NotFoundError } from '../errors/index.js';
import { parseJsonColumn } from '../lib/json.js';
import { nowIso } from '../lib/time.js';
import { recordAudit } from '../store/audit-logs.js';
import { getIntegration, updateIntegrationRow } from '../store/integrations/index.js';
import {
  findLatestMarketplaceVersion,
  findMarketplaceConnection,
  findMarketplaceVersion,
  insertMarketplaceConnection,
  type MarketplaceConnectionRow,
  type MarketplaceVersionRow,
  updateMarketplaceConnection,
} from '../store/marketplace/index.js';
import type { Database } from '../store/schema.js';
import type { MarketplaceServices } from './load-marketplace-run.js';
import { checkDeclaredCredentials, checkPrivateHosts, marketplaceIdOf } from './manifest.js';
import { getVisibleIntegration, getVisibleVersion, type VisibleIntegration } from './read-marketplace.js';
import { allowedEndpointsOf, credentialFieldsOf, type MarketplaceConnectionView } from './views.js';

export interface MarketplaceConnectionSettings {
  /** The version to pin; default: the newest own version, or the newest approved one of another workspace. */
  version?: number | undefined;
  allow_private_hosts?: string[] | undefined;
}

/**
 * Called by createIntegration, in its transaction, after the integration row is written: for a type
 * `marketplace:<id>` it pins a version the workspace may use, requires exactly that version's credential fields
 * and records the install. Other types must not carry marketplace settings.
 */
export async function attachMarketplaceConnection(
  db: Kysely<Database>,
  auth: AuthContext,
  options: { integrationId: string; type: string; credentials: Credentials } & MarketplaceConnectionSettings,
): Promise<void> {
  const marketplaceId = marketplaceIdOf(options.type);
  if (marketplaceId === undefined) {
    if (options.version !== undefined || options.allow_private_hosts !== undefined) {
      throw new InputError(
        'validation_failed',
        'body.version and body.allow_private_hosts need a marketplace type',
        {
          problems: [
            {
              in: 'body',
              field: 'type',
              message: 'must be marketplace:<id> to pin a version or allow hosts',
            },
          ],
        },
      );
    }
    return;
  }
  const visible = await visibleForType(db, auth.workspaceId, marketplaceId);
  const version = await pinnableVersion(db, visible, options.version);
  checkDeclaredCredentials(credentialFieldsOf(version), options.credentials);
  const now = nowIso();
  const row: MarketplaceConnectionRow = {
    integration_id: options.integrationId,
    marketplace_integration_id: marketplaceId,
    version: version.version,
    allow_private_hosts: JSON.stringify(checkPrivateHosts(options.allow_private_hosts ?? [])),
    created_at: now,
    updated_at: now,
  };
  await insertMarketplaceConnection(db, row);
  await recordAudit(db, {
    ...auditActor(auth),
    action: 'install',
    entityType: 'marketplace_integration',
    entityId: marketplaceId,
    after: connectionAudit(row, visible),
  });
}

/** A credentials PATCH of a marketplace integration must still match its pinned version's fields. */
export async function checkMarketplaceCredentials(
  db: Kysely<Database>,
  options: { integrationId: string; type: string; credentials: Credentials },
): Promise<void> {
  if (marketplaceIdOf(options.type) === undefined) return;
  const { version } = await getConnection(db, options.integrationId);
  checkDeclaredCredentials(credentialFieldsOf(version), options.credentials);
}

export async function getMarketplaceConnectionView(
  services: MarketplaceServices,
  workspaceId: string,
  integrationId: string,
): Promise<MarketplaceConnectionView> {
  const integration = await getIntegration(services.db, workspaceId, integrationId);
  const { connection, version } = await getConnection(services.db, integrationId);
  return toConnectionView(
    connection,
    version,
    openCredentials(services.secrets, integration.credentials_encrypted),
  );
}

/**
 * Moves a connection to another version and/or changes its private hosts and credentials, in one transaction.
 * Credentials merge as in PATCH /integration/integrations/{id} and must then match the (new) version's fields.
 */
export async function updateMarketplaceConnectionSettings(
  services: MarketplaceServices,
  auth: AuthContext,
  integrationId: string,
  changes: MarketplaceConnectionSettings & { credentials?: Credentials | undefined },
): Promise<MarketplaceConnectionView> {
  return services.db.transaction().execute(async (tx) => {
    const integration = await getIntegration(tx, auth.workspaceId, integrationId);
    const before = await getConnection(tx, integrationId);
    const visible = await getVisibleIntegration(
      tx,
      auth.workspaceId,
      before.connection.marketplace_integration_id,
    );
    const version =
      changes.version === undefined ? before.version : await getVisibleVersion(tx, visible, changes.version);
    const stored = openCredentials(services.secrets, integration.credentials_encrypted);
    const credentials = changes.credentials ? mergeCredentials(stored, changes.credentials) : stored;
    checkDeclaredCredentials(credentialFieldsOf(version), credentials);
    const now = nowIso();
    const after: MarketplaceConnectionRow = {
      ...before.connection,
      version: version.version,
      allow_private_hosts:
        changes.allow_private_hosts === undefined
          ? before.connection.allow_private_hosts
          : JSON.stringify(checkPrivateHosts(changes.allow_private_hosts)),
      updated_at: now,
    };
    await updateMarketplaceConnection(tx, integrationId, {
      version: after.version,
      allow_private_hosts: after.allow_private_hosts,
      updated_at: now,
    });
    if (changes.credentials) {
      await updateIntegrationRow(tx, integrationId, {
        credentials_encrypted: sealCredentials(services.secrets, credentials),
        updated_at: now,
      });
    }
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'update',
      entityType: 'marketplace_connection',
      entityId: integrationId,
      before: connectionAudit(before.connection, visible),
      after: { ...connectionAudit(after, visible), credentials: maskCredentials(credentials) },
    });
    return toConnectionView(after, version, credentials);
  });
}

async function visibleForType(
  db: Kysely<Database>,
  workspaceId: string,
  marketplaceId: string,
): Promise<VisibleIntegration> {
  try {
    return await getVisibleIntegration(db, workspaceId, marketplaceId);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    throw new InputError(
      'validation_failed',
      `body.type: no marketplace integration ${marketplaceId} you can install`,
      {
        problems: [
          { in: 'body', field: 'type', message: 'names no marketplace integration you can install' },
        ],
      },
    );
  }
}

/** An explicit version the workspace may see, else its default (own: newest; another workspace's: newest approved). */
async function pinnableVersion(
  db: Kysely<Database>,
  visible: VisibleIntegration,
  version: number | undefined,
): Promise<MarketplaceVersionRow> {
  if (version !== undefined) return getVisibleVersion(db, visible, version);
  const latest = await findLatestMarketplaceVersion(db, {
    integrationId: visible.row.id,
    ...(visible.statuses ? { statuses: visible.statuses } : {}),
  });
  if (!latest)
    throw new NotFoundError('marketplace_version_not_found', `no version of ${visible.row.id} to install`);
  return latest;
}

async function getConnection(
  db: Kysely<Database>,
  integrationId: string,
): Promise<{ connection: MarketplaceConnectionRow; version: MarketplaceVersionRow }> {
  const connection = await findMarketplaceConnection(db, integrationId);
  const version =
    connection &&
    (await findMarketplaceVersion(db, connection.marketplace_integration_id, connection.version));
  if (!connection || !version) {
    throw new NotFoundError(
      'marketplace_connection_not_found',
      `integration ${integrationId} is not a marketplace integration`,
      { id: integrationId },
    );
  }
  return { connection, version };
}

function connectionAudit(row: MarketplaceConnectionRow, visible: VisibleIntegration) {
  return {
    integration_id: row.integration_id,
    marketplace_integration_id: row.marketplace_integration_id,
    name: visible.row.name,
    publisher_workspace_id: visible.row.workspace_id,
    version: row.version,
    allow_private_hosts: parseJsonColumn<string[]>(row.allow_private_hosts, []),
  };
}

function toConnectionView(
  row: MarketplaceConnectionRow,
  version: MarketplaceVersionRow,
  credentials: Credentials,
): MarketplaceConnectionView {
  return {
    integration_id: row.integration_id,
    marketplace_integration_id: row.marketplace_integration_id,
    version: row.version,
    allow_private_hosts: parseJsonColumn<string[]>(row.allow_private_hosts, []),
    credential_fields: credentialFieldsOf(version),
    allowed_endpoints: allowedEndpointsOf(version),
    credentials: maskCredentials(credentials),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
