import { eventsOf } from '../events/index.js';
import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/time.js';
import type { Store } from '../store/database.js';
import { findIntegration, insertIntegration } from '../store/integrations/index.js';
import {
  findResourceIdsByDatabuilderId,
  insertOpenLineageNamespace,
  listOpenLineageNamespaces,
  type OpenLineageRunRow,
} from '../store/openlineage/index.js';
import { jobId } from './namespace-records.js';

/** The `openlineage` integration of each namespace the batch names, created on first sight. */
export async function ensureNamespaces(
  db: Store['db'],
  workspaceId: string,
  names: Set<string>,
): Promise<Map<string, string>> {
  const known = new Map(
    (await listOpenLineageNamespaces(db, workspaceId)).map((row) => [row.namespace, row.integration_id]),
  );
  for (const namespace of [...names].sort()) {
    if (known.has(namespace)) continue;
    const now = nowIso();
    const id = newId();
    await insertIntegration(db, {
      id,
      workspace_id: workspaceId,
      name: namespace,
      type: 'openlineage',
      credentials_encrypted: null,
      properties: JSON.stringify({ namespace }),
      teams: '[]',
      ssh_tunnel: null,
      import_policy: 'smart',
      auto_stale: 1,
      // Nothing to schedule: its syncs are made by received events.
      schedule_enabled: 0,
      scheduled_extractions_hour: 0,
      scheduled_extractions_frequency: 1,
      scheduled_extractions_next_run: null,
      scheduled_extractions_last_run: null,
      created_by: null,
      created_at: now,
      updated_at: now,
    });
    await insertOpenLineageNamespace(db, {
      workspace_id: workspaceId,
      namespace,
      integration_id: id,
      created_at: now,
    });
    known.set(namespace, id);
  }
  return known;
}

export async function announceFailures(
  store: Store,
  workspaceId: string,
  failures: OpenLineageRunRow[],
  integrations: Map<string, string>,
): Promise<void> {
  const hub = eventsOf(store);
  if (failures.length === 0 || !hub.hasListeners('openlineage.run.failed')) return;
  for (const run of failures) {
    const integrationId = integrations.get(run.job_namespace);
    const integration = integrationId
      ? await findIntegration(store.db, workspaceId, integrationId)
      : undefined;
    if (!integration) continue;
    const ids = await findResourceIdsByDatabuilderId(store.db, {
      integrationId: integration.id,
      databuilderIds: [jobId(run.job_name)],
    });
    hub.emit('openlineage.run.failed', {
      workspaceId,
      integration: { id: integration.id, name: integration.name, type: integration.type },
      job: {
        namespace: run.job_namespace,
        name: run.job_name,
        resourceId: ids.get(jobId(run.job_name)) ?? null,
      },
      runId: run.run_id,
      state: run.state,
      errorMessage: run.error_message,
    });
  }
}
