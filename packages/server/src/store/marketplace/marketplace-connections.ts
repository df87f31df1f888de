import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { MarketplaceConnectionRow, MarketplaceConnectionsTable } from './marketplace-tables.js';

export async function insertMarketplaceConnection(
  db: Kysely<Database>,
  row: MarketplaceConnectionsTable,
): Promise<void> {
  await db.insertInto('marketplace_connections').values(row).execute();
}

export async function findMarketplaceConnection(
  db: Kysely<Database>,
  integrationId: string,
): Promise<MarketplaceConnectionRow | undefined> {
  return db
    .selectFrom('marketplace_connections')
    .selectAll()
    .where('integration_id', '=', integrationId)
    .executeTakeFirst();
}

export async function updateMarketplaceConnection(
  db: Kysely<Database>,
  integrationId: string,
  changes: Partial<Pick<MarketplaceConnectionsTable, 'version' | 'allow_private_hosts' | 'updated_at'>>,
): Promise<void> {
  await db
    .updateTable('marketplace_connections')
    .set(changes)
    .where('integration_id', '=', integrationId)
    .execute();
}

/** The type and sealed credentials of any workspace's integration, for a runner that only holds its id. */
export async function findIntegrationForRun(
  db: Kysely<Database>,
  integrationId: string,
): Promise<{ type: string; credentials_encrypted: string | null } | undefined> {
  return db
    .selectFrom('integrations')
    .select(['type', 'credentials_encrypted'])
    .where('id', '=', integrationId)
    .executeTakeFirst();
}
