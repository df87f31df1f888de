import { marketplaceRunner } from './marketplace-runner.js';
import { registerRunner } from './runner-registry.js';

/**
 * The runners every server has: today uploaded (marketplace) integrations. CSV, JSONL and dbt integrations are
 * push-based and have none. Idempotent.
 */
export function registerDefaultRunners(): void {
  registerRunner('marketplace', marketplaceRunner);
}
