import type { Kysely } from 'kysely';
import { openCredentials } from '../auth/credentials.js';
import type { SecretBox } from '../auth/secret-box.js';
import { ConflictError } from '../errors/index.js';
import { findIntegration } from '../store/integrations/index.js';
import { listSlackIntegrationRows } from '../store/notifications/index.js';
import type { Database } from '../store/schema.js';
import { SlackClient, type SlackClientOptions } from './slack-client.js';
import { SLACK_INTEGRATION_TYPE } from './slack-credentials.js';

/** What reaching Slack needs: the catalog, the key that opens credentials, and the client settings. */
export interface SlackServices {
  db: Kysely<Database>;
  secrets: SecretBox;
  client: Omit<SlackClientOptions, 'token'>;
}

export interface SlackConnection {
  integrationId: string;
  integrationName: string;
  client: SlackClient;
}

/**
 * A client for the workspace's Slack integration: the one named, else the oldest one. Throws
 * `slack_not_connected` (409) when there is none, or when the one named is not a Slack integration.
 */
export async function connectSlack(
  services: SlackServices,
  options: { workspaceId: string; integrationId?: string | null | undefined },
): Promise<SlackConnection> {
  const row = options.integrationId
    ? await findIntegration(services.db, options.workspaceId, options.integrationId)
    : (await listSlackIntegrationRows(services.db, options.workspaceId))[0];
  if (!row || row.type !== SLACK_INTEGRATION_TYPE) {
    throw new ConflictError(
      'slack_not_connected',
      options.integrationId
        ? `integration ${options.integrationId} is not a Slack integration of this workspace`
        : 'no Slack integration is connected to this workspace; create one of type "slack" with credentials.token',
    );
  }
  const token = openCredentials(services.secrets, row.credentials_encrypted).token;
  if (typeof token !== 'string' || token === '') {
    throw new ConflictError('slack_not_connected', `Slack integration ${row.id} has no bot token`);
  }
  return {
    integrationId: row.id,
    integrationName: row.name,
    client: new SlackClient({ ...services.client, token }),
  };
}
