import type { Store } from '../store/database.js';
import { listFailingTestResources } from '../store/dbt/index.js';
import { getIntegration } from '../store/integrations/index.js';

/**
 * `GET .../failing_tests`: resources of a dbt integration whose latest test results include a `warn` (warning)
 * or a `fail`/`error` (failing). An integration of another workspace is "not found".
 */
export async function listFailingTests(
  store: Store,
  options: { workspaceId: string; integrationId: string },
): Promise<{ warning: string[]; failing: string[] }> {
  await getIntegration(store.db, options.workspaceId, options.integrationId);
  return listFailingTestResources(store.db, options.integrationId);
}
