import { type ConnectionTestResult, findConnector, testConnectorCredentials } from '../connectors/index.js';
import { UnprocessableError } from '../errors/index.js';
import { getIntegration } from '../store/integrations/index.js';
import { openCredentials } from './credentials.js';
import type { IntegrationServices } from './manage-integrations.js';

/** Tests a saved connector integration's connection with its stored (sealed) credentials. */
export async function testIntegrationConnection(
  services: IntegrationServices,
  options: { workspaceId: string; id: string },
): Promise<ConnectionTestResult> {
  const row = await getIntegration(services.db, options.workspaceId, options.id);
  if (!findConnector(row.type)) {
    throw new UnprocessableError(
      'integration_not_runnable',
      `integrations of type "${row.type}" have no connection to test (built-in connectors only)`,
      { type: row.type },
    );
  }
  return testConnectorCredentials(row.type, openCredentials(services.secrets, row.credentials_encrypted));
}
