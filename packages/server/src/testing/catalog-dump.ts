import type { Store } from '../store/database.js';
import { dumpCatalog } from '../sync/sync-test-support.js';

/**
 * The catalog dump without the rows of one integration: a failed run still leaves its integration's own rows
 * (the integration is new, not the run's work), and a test compares everything else with the state before.
 */
export async function dumpCatalogWithout(store: Store, integrationId: string): Promise<string> {
  return dropLinesOf(await dumpCatalog(store), integrationId);
}

/** A dump's lines that do not mention the integration. */
export function dropLinesOf(dump: string, integrationId: string): string {
  return dump
    .split('\n')
    .filter((line) => !line.includes(integrationId))
    .join('\n');
}
