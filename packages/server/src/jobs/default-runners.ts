import { listConnectors } from '../connectors/index.js';
import { connectorRunner } from './connector-runner.js';
import { marketplaceRunner } from './marketplace-runner.js';
import { registerRunner } from './runner-registry.js';

/**
 * The runners every server has: uploaded (marketplace) integrations and the built-in connectors (`postgres`,
 * `mysql`). CSV, JSONL and dbt integrations are push-based and have none. Idempotent.
 */
export function registerDefaultRunners(): void {
  registerRunner('marketplace', marketplaceRunner);
  for (const connector of listConnectors()) registerRunner(connector.type, connectorRunner(connector));
}
