import { NotFoundError } from '../errors/index.js';
import { findResourceViewRow } from '../store/catalog/index.js';
import type { Store } from '../store/database.js';
import { findNamespaceOfIntegration, findOpenLineageIo, listJobRuns } from '../store/openlineage/index.js';
import { type MarquezRun, toMarquezRun } from './marquez-views.js';
import { jobId } from './namespace-records.js';
import { facetOf, type RunIo } from './openlineage-model.js';

/** A run as a job's page lists it: Marquez's shape, and the rows its outputs' `outputStatistics` say it wrote. */
export type ResourceRun = MarquezRun & { rowsWritten: number | null };

/**
 * The last runs of a job resource (one an `openlineage` integration wrote; any other job has no runs here).
 * Not found when the resource is not a job of the workspace.
 */
export async function listResourceRuns(
  store: Store,
  options: { workspaceId: string; resourceId: string; limit: number },
): Promise<ResourceRun[]> {
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
  const runs = await listJobRuns(store.db, {
    workspaceId: options.workspaceId,
    namespace,
    name: row.databuilder_id.slice(prefix.length),
    limit: options.limit,
  });
  const hashes = [...new Set(runs.map((run) => run.io_hash).filter((hash): hash is string => hash !== null))];
  const io = await findOpenLineageIo(store.db, { workspaceId: options.workspaceId, hashes });
  return runs.map((run) => ({
    ...toMarquezRun(run),
    rowsWritten: rowsWrittenOf(run.io_hash === null ? run.io : io.get(run.io_hash)),
  }));
}

/** The sum of the `outputStatistics` row counts of a run's outputs, or null when none says. */
function rowsWrittenOf(text: string | undefined): number | null {
  if (!text) return null;
  let total: number | null = null;
  for (const output of (JSON.parse(text) as RunIo).outputs ?? []) {
    const statistics =
      facetOf<{ rowCount?: unknown }>(output.outputFacets, 'outputStatistics') ??
      facetOf<{ rowCount?: unknown }>(output.facets, 'outputStatistics');
    const rows = statistics?.rowCount;
    if (typeof rows === 'number' && Number.isSafeInteger(rows) && rows >= 0) total = (total ?? 0) + rows;
  }
  return total;
}
