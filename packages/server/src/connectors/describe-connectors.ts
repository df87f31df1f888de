import type { ConnectionTestResult, ConnectorField } from './connector.js';
import { getConnector, listConnectors } from './registry.js';

/** A connector as `GET /api/v1/integration/connectors` answers it: enough to build its form. */
export interface ConnectorDescription {
  type: string;
  aliases: string[];
  label: string;
  fields: ConnectorField[];
}

export function describeConnectors(): ConnectorDescription[] {
  return listConnectors().map(({ type, aliases, label, fields }) => ({ type, aliases, label, fields }));
}

/**
 * Tests raw credentials against a connector type (or alias): bad credentials are a 400 naming the field, an
 * unknown type a 404; a connection that fails is a normal answer (`ok: false`) saying where and why.
 */
export async function testConnectorCredentials(type: string, raw: unknown): Promise<ConnectionTestResult> {
  const connector = getConnector(type);
  const credentials = connector.parseCredentials(raw);
  return connector.testConnection(credentials, { timeoutMs: 10_000 });
}
