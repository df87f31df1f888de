import type { Kysely } from 'kysely';
import { SextantError } from '../errors/index.js';
import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/time.js';
import { checkMetric, frequencyHours, nextMonitorRun } from '../quality/index.js';
import { recordAudit } from '../store/audit-logs.js';
import { findEntitySources } from '../store/catalog/index.js';
import { resourceIdsByDatabuilderId } from '../store/dbt/index.js';
import type { DialectFlags } from '../store/dialect.js';
import {
  deleteMonitorRow,
  findQualityResource,
  insertMonitor,
  listManagedMonitors,
  listTableColumnRows,
  type MonitorRow,
  updateMonitorRow,
} from '../store/quality/index.js';
import type { Database } from '../store/schema.js';
import type { SyncWarning } from '../sync/sync-types.js';
import type { DeclaredMonitor } from './monitors-as-code.js';

const DIALECTS: Record<string, 'postgres' | 'mysql'> = { postgres: 'postgres', mysql: 'mysql' };

export interface DeclaredMonitorsContext {
  workspaceId: string;
  integrationId: string;
  flags: DialectFlags;
  warn: (warning: SyncWarning) => void;
}

/**
 * Makes the integration's monitors what its manifest declares, inside the dbt sync's transaction: a declared
 * monitor is created on the warehouse table (or column) its node is one entity with, or updated in place (same
 * key: its measurements and incidents stay); a monitor no longer declared, or declared wrongly, is deleted. A
 * node with no connector-backed table yet is reported and tried again at the next sync. Audited as the system.
 */
export async function syncDeclaredMonitors(
  trx: Kysely<Database>,
  declared: DeclaredMonitor[],
  context: DeclaredMonitorsContext,
): Promise<{ created: number; updated: number; deleted: number }> {
  const quality = trx;
  const existing = await listManagedMonitors(quality, context.integrationId);
  const nodeIds = await resourceIdsByDatabuilderId(trx, context.flags, context.integrationId, [
    ...new Set(declared.map((monitor) => monitor.uniqueId)),
  ]);
  const counts = { created: 0, updated: 0, deleted: 0 };
  const kept = new Set<string>();
  for (const monitor of declared) {
    const nodeId = nodeIds.get(monitor.uniqueId);
    const target = nodeId ? await findMonitorTarget(trx, context, monitor, nodeId) : undefined;
    if (!target) continue;
    const before = existing.get(monitor.key);
    const row = monitorRow(monitor, target.id, context, before);
    const isChangedRow = !before || isChanged(before, row);
    if (before && !isChangedRow) row.updated_at = before.updated_at;
    if (before) {
      const { id: _id, workspace_id: _ws, ...changes } = row;
      await updateMonitorRow(quality, before.id, changes);
      counts.updated += 1;
    } else {
      await insertMonitor(quality, row);
      counts.created += 1;
    }
    kept.add(monitor.key);
    if (isChangedRow) await audit(trx, before ? 'update' : 'create', row);
  }
  for (const [key, row] of existing) {
    if (kept.has(key)) continue;
    await deleteMonitorRow(quality, row.id);
    await audit(trx, 'delete', row);
    counts.deleted += 1;
  }
  return counts;
}

/** The warehouse table (or its column) the node is one entity with, checked like a monitor made by hand. */
async function findMonitorTarget(
  trx: Kysely<Database>,
  context: DeclaredMonitorsContext,
  monitor: DeclaredMonitor,
  nodeId: string,
): Promise<{ id: string } | undefined> {
  const field = monitor.column ? `${monitor.uniqueId}.${monitor.column}` : monitor.uniqueId;
  const sources = await findEntitySources(trx, { workspaceId: context.workspaceId, id: nodeId });
  const warehouse = sources.find((source) => !source.is_dbt);
  const dialect = warehouse ? DIALECTS[warehouse.integration_type ?? ''] : undefined;
  if (!warehouse || !dialect) {
    context.warn({
      field,
      message: `monitor ${monitor.metric} waits for the warehouse table: no built-in PostgreSQL or MySQL connector has catalogued this relation yet (it is created at the next dbt sync after the connector ran)`,
    });
    return undefined;
  }
  const table = await findQualityResource(trx, context.workspaceId, warehouse.resource_id);
  const columns = await listTableColumnRows(trx, warehouse.resource_id);
  const column = monitor.column
    ? columns.find((c) => c.title.toLowerCase() === monitor.column!.toLowerCase())
    : undefined;
  if (monitor.column && !column) {
    context.warn({
      field,
      message: `monitor ${monitor.metric}: the warehouse table has no column ${monitor.column}`,
    });
    return undefined;
  }
  try {
    checkMetric(
      { column, dialect, isPii: column !== undefined && (column.pii === 1 || table?.pii === 1) },
      { type: monitor.metric, sql: monitor.query ?? undefined },
    );
  } catch (error) {
    if (!(error instanceof SextantError)) throw error;
    context.warn({ field, message: `monitor ${monitor.metric} is not created: ${error.message}` });
    return undefined;
  }
  return { id: column?.id ?? warehouse.resource_id };
}

function monitorRow(
  monitor: DeclaredMonitor,
  targetId: string,
  context: DeclaredMonitorsContext,
  before: MonitorRow | undefined,
): MonitorRow {
  const now = nowIso();
  const thresholds = monitor.thresholds;
  const schedule = JSON.stringify(monitor.schedule);
  const config = {
    ...(monitor.query !== null && { sql: monitor.query }),
    ...(thresholds.method === 'automatic' && thresholds.bounds !== 'both' && { bounds: thresholds.bounds }),
  };
  const isRescheduled = !before?.next_run_at || before.schedule !== schedule;
  return {
    id: before?.id ?? newId(),
    workspace_id: context.workspaceId,
    target_id: targetId,
    name: monitor.name ?? `${monitor.metric} of ${monitor.key.split(':')[0]}`,
    description: monitor.description,
    metric_type: monitor.metric,
    metric_config: Object.keys(config).length > 0 ? JSON.stringify(config) : null,
    is_enabled: 1,
    condition_auto_sensitivity: thresholds.method === 'automatic' ? thresholds.sensitivity : null,
    condition_manual_min: thresholds.method === 'manual' ? thresholds.min : null,
    condition_manual_max: thresholds.method === 'manual' ? thresholds.max : null,
    notify_slack_channel: before?.notify_slack_channel ?? null,
    schedule,
    frequency: frequencyHours(monitor.schedule),
    next_run_at: isRescheduled ? nextMonitorRun(monitor.schedule, new Date()) : before.next_run_at,
    status: before?.status ?? 'pending',
    last_attempted_at: before?.last_attempted_at ?? null,
    last_success_at: before?.last_success_at ?? null,
    last_error_at: before?.last_error_at ?? null,
    last_error_message: before?.last_error_message ?? null,
    last_measurement_value: before?.last_measurement_value ?? null,
    created_by: null,
    created_at: before?.created_at ?? now,
    updated_at: now,
    managed_by: context.integrationId,
    managed_key: monitor.key,
  };
}

const COMPARED = [
  'target_id',
  'name',
  'description',
  'metric_config',
  'condition_auto_sensitivity',
  'condition_manual_min',
  'condition_manual_max',
  'schedule',
] as const;

function isChanged(before: MonitorRow, after: MonitorRow): boolean {
  return COMPARED.some((key) => numeric(before[key]) !== numeric(after[key]));
}

/** Thresholds compare as numbers whatever the driver's type for `double precision`. */
const numeric = (value: unknown) => (typeof value === 'number' ? String(value) : value);

async function audit(trx: Kysely<Database>, action: string, row: MonitorRow): Promise<void> {
  await recordAudit(trx, {
    workspaceId: row.workspace_id,
    actorUserId: null,
    actorApiKeyId: null,
    action,
    entityType: 'monitor',
    entityId: row.id,
    ...(action === 'delete' ? { before: row } : { after: row }),
  });
}
