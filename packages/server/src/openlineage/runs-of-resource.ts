import { NotFoundError } from '../errors/index.js';
import { findResourceViewRow } from '../store/catalog/index.js';
import type { Store } from '../store/database.js';
import { findNamespaceOfIntegration } from '../store/openlineage/index.js';
import { listRunsOfJob, type MarquezRun } from './marquez-views.js';
import { jobId } from './namespace-records.js';

/**
 * The last runs of a job resource (one an `openlineage` integration wrote; any other job has no runs here).
 * Not found when the resource is not a job of the workspace.
 */
export async function listResourceRuns(
  store: Store,
  options: { workspaceId: string; resourceId: string; limit: number },
): Promise<MarquezRun[]> {
  const row = await findResourceViewRow(store.db, {
    workspaceId: options.workspaceId,
    id: options.resourceId,
    entityType: 'job',
  });
  if (!row) {
    throw new NotFoundError('resource_not_found', `no job resource with id ${options.resourceId}`, {
      id: options.resourceId,
    });
  }
  const prefix = jobId('');
  if (!row.integration_id || !row.databuilder_id?.startsWith(prefix)) return [];
  const namespace = await findNamespaceOfIntegration(store.db, {
    workspaceId: options.workspaceId,
    integrationId: row.integration_id,
  });
  if (namespace === undefined) return [];
  return listRunsOfJob(store, {
    workspaceId: options.workspaceId,
    namespace,
    name: row.databuilder_id.slice(prefix.length),
    limit: options.limit,
  });
}
