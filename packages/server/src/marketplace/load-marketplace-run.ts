import type { Kysely } from 'kysely';
import { openCredentials } from '../auth/credentials.js';
import type { SecretBox } from '../auth/secret-box.js';
import { NotFoundError } from '../errors/index.js';
import { parseJsonColumn } from '../lib/json.js';
import {
  findIntegrationForRun,
  findMarketplaceConnection,
  findMarketplaceVersion,
} from '../store/marketplace/index.js';
import type { Database } from '../store/schema.js';
import { marketplaceIdOf } from './manifest.js';
import { allowedEndpointsOf } from './views.js';

/** What the marketplace needs from the server: the database and the key that seals credentials. */
export interface MarketplaceServices {
  db: Kysely<Database>;
  secrets: SecretBox;
}

/** Everything a runner needs to run one connected marketplace integration in the sandbox. */
export interface MarketplaceRun {
  /** The bundled code of the pinned version. */
  code: string;
  version: number;
  /** The connection's credentials, decrypted: keep them in memory only, never log them. */
  credentials: Record<string, string>;
  /** URL prefixes the version declared. */
  allowedEndpoints: string[];
  /** `host[:port]` an admin let this connection reach although they are private. */
  allowPrivateHosts: string[];
}

/**
 * Loads the pinned version's bundle, the decrypted credentials and the network policy of an integration of type
 * `marketplace:<id>`; undefined when the integration is of another type. Not scoped to a workspace: the runner
 * (scheduler, run-now job) already holds an integration id it was given by an authorised caller.
 */
export async function loadMarketplaceRun(
  services: MarketplaceServices,
  integrationId: string,
): Promise<MarketplaceRun | undefined> {
  const integration = await findIntegrationForRun(services.db, integrationId);
  if (!integration)
    throw new NotFoundError('integration_not_found', `no integration with id ${integrationId}`);
  if (marketplaceIdOf(integration.type) === undefined) return undefined;
  const connection = await findMarketplaceConnection(services.db, integrationId);
  const version =
    connection &&
    (await findMarketplaceVersion(services.db, connection.marketplace_integration_id, connection.version));
  if (!connection || !version) {
    throw new NotFoundError(
      'marketplace_connection_not_found',
      `integration ${integrationId} has no marketplace version to run`,
      { id: integrationId },
    );
  }
  const credentials = openCredentials(services.secrets, integration.credentials_encrypted);
  return {
    code: version.bundle,
    version: version.version,
    credentials: Object.fromEntries(Object.entries(credentials).map(([key, value]) => [key, String(value)])),
    allowedEndpoints: allowedEndpointsOf(version),
    allowPrivateHosts: parseJsonColumn<string[]>(connection.allow_private_hosts, []),
  };
}
