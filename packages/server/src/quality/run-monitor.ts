import type { Kysely } from 'kysely';
import type { BaseLogger } from 'pino';
import type { SecretBox } from '../auth/secret-box.js';
import { redactSecrets } from '../connectors/classify-connection-error.js';
import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/time.js';
import {
  findOpenIncident,
  insertIncident,
  insertMeasurement,
  listRecentValues,
  type MeasurementRow,
  type MonitorRow,
  updateIncidentRow,
  updateMonitorRow,
} from '../store/quality/index.js';
import type { Database } from '../store/schema.js';
import { type MetricType, measureMetric } from './monitor-metrics.js';
import {
  type IncidentChange,
  type MonitorNotifierOptions,
  notifyIncidentChange,
} from './monitor-notifier.js';
import { type MeasurementView, toMeasurementView } from './monitor-views.js';
import { AUTO_BAND_HISTORY, type Band, bandOf, isInBand, type Thresholds } from './threshold-band.js';
import { openTargetSession, resolveWarehouseTarget, type WarehouseTarget } from './warehouse-target.js';

/** What running monitors needs: the store, the sealed credentials' key, and (optionally) Slack for incidents. */
export interface MonitorRunDeps {
  db: Kysely<Database>;
  secrets: SecretBox;
  notifier?: Omit<MonitorNotifierOptions, 'store' | 'secrets'> | undefined;
  log?: Pick<BaseLogger, 'info' | 'warn'> | undefined;
}

/** Longest a monitor's query may run (the connection's own statement timeout applies when shorter). */
const MONITOR_STATEMENT_TIMEOUT_MS = 120_000;

/**
 * Runs one monitor now and stores its measurement. A value outside the band opens an incident (one open per
 * monitor); back in range resolves it; both notify. A monitor that cannot measure (database unreachable, table
 * gone, query failed) stores an `error` measurement with the reason and leaves incidents alone: an outage of the
 * warehouse is one error per run, never an incident storm.
 */
export async function runMonitor(deps: MonitorRunDeps, monitor: MonitorRow): Promise<MeasurementView> {
  const db = deps.db;
  const attemptedAt = nowIso();
  let target: WarehouseTarget | undefined;
  let value: number;
  try {
    target = await resolveWarehouseTarget(deps.db, deps.secrets, {
      workspaceId: monitor.workspace_id,
      resourceId: monitor.target_id,
    });
    value = await measure(target, monitor);
  } catch (error) {
    const message = redactSecrets(
      error instanceof Error ? error.message : String(error),
      target?.secrets ?? [],
    );
    return recordError(db, monitor, { attemptedAt, message });
  }
  const thresholds = thresholdsOf(monitor);
  const history =
    thresholds.method === 'automatic' ? await listRecentValues(db, monitor.id, AUTO_BAND_HISTORY) : [];
  const band = withBounds(bandOf(thresholds, history), monitor);
  const status = band === undefined ? 'learning' : isInBand(value, band) ? 'normal' : 'incident';
  const row: MeasurementRow = {
    id: newId(),
    workspace_id: monitor.workspace_id,
    monitor_id: monitor.id,
    value,
    lower_threshold: band?.lower ?? null,
    upper_threshold: band?.upper ?? null,
    status,
    error: null,
    created_at: attemptedAt,
  };
  const change = await db.transaction().execute(async (tx) => {
    await insertMeasurement(tx, row);
    const incident = await updateIncident(tx, monitor, { status, value, band, at: attemptedAt });
    const open = incident === 'opened' || (incident === undefined && status === 'incident');
    await updateMonitorRow(tx, monitor.id, {
      status: open ? 'incident' : status,
      last_attempted_at: attemptedAt,
      last_success_at: attemptedAt,
      last_measurement_value: value,
    });
    return incident;
  });
  if (change && band && deps.notifier) {
    const notice: IncidentChange = {
      kind: change,
      monitor,
      targetLabel: target.resource.title_full,
      resourceIds: [target.resource.id, ...(target.column ? [target.table.id] : [])],
      value,
      band,
    };
    await notifyIncidentChange({ ...deps.notifier, store: { db: deps.db }, secrets: deps.secrets }, notice);
  }
  return toMeasurementView(row);
}

async function measure(target: WarehouseTarget, monitor: MonitorRow): Promise<number> {
  const session = await openTargetSession(target, {
    statementTimeoutMs: Math.min(target.credentials.statement_timeout_ms, MONITOR_STATEMENT_TIMEOUT_MS),
  });
  try {
    const config = monitor.metric_config ? (JSON.parse(monitor.metric_config) as { sql?: string }) : {};
    return await measureMetric(session, target, { type: monitor.metric_type as MetricType, sql: config.sql });
  } finally {
    await session.close();
  }
}

/** Opens an incident on a breach (unless one is open), resolves the open one when back in range. */
async function updateIncident(
  tx: Kysely<Database>,
  monitor: MonitorRow,
  measured: { status: string; value: number; band: Band | undefined; at: string },
): Promise<'opened' | 'resolved' | undefined> {
  const open = await findOpenIncident(tx, monitor.id);
  if (measured.status === 'incident' && !open && measured.band) {
    await insertIncident(tx, {
      id: newId(),
      workspace_id: monitor.workspace_id,
      monitor_id: monitor.id,
      status: 'open',
      value: measured.value,
      message: `${monitor.metric_type} is ${measured.value}, outside [${measured.band.lower ?? '-∞'}, ${measured.band.upper ?? '∞'}]`,
      opened_at: measured.at,
      resolved_at: null,
      resolved_by: null,
      updated_at: measured.at,
    });
    return 'opened';
  }
  if (measured.status === 'incident' && open) {
    await updateIncidentRow(tx, open.id, { value: measured.value, updated_at: measured.at });
  }
  if (measured.status === 'normal' && open) {
    await updateIncidentRow(tx, open.id, {
      status: 'resolved',
      resolved_at: measured.at,
      resolved_by: 'system',
      updated_at: measured.at,
    });
    return 'resolved';
  }
  return undefined;
}

async function recordError(
  db: Kysely<Database>,
  monitor: MonitorRow,
  failure: { attemptedAt: string; message: string },
): Promise<MeasurementView> {
  const row: MeasurementRow = {
    id: newId(),
    workspace_id: monitor.workspace_id,
    monitor_id: monitor.id,
    value: null,
    lower_threshold: null,
    upper_threshold: null,
    status: 'error',
    error: failure.message,
    created_at: failure.attemptedAt,
  };
  await db.transaction().execute(async (tx) => {
    await insertMeasurement(tx, row);
    await updateMonitorRow(tx, monitor.id, {
      status: 'error',
      last_attempted_at: failure.attemptedAt,
      last_error_at: failure.attemptedAt,
      last_error_message: failure.message,
    });
  });
  return toMeasurementView(row);
}

/** A learned band breaches on one side only when the monitor says so (dbt's `bounds: upper|lower`). */
function withBounds(band: Band | undefined, monitor: MonitorRow): Band | undefined {
  if (!band || monitor.condition_auto_sensitivity === null || !monitor.metric_config) return band;
  const { bounds } = JSON.parse(monitor.metric_config) as { bounds?: string };
  if (bounds === 'upper') return { lower: null, upper: band.upper };
  if (bounds === 'lower') return { lower: band.lower, upper: null };
  return band;
}

function thresholdsOf(monitor: MonitorRow): Thresholds {
  return monitor.condition_auto_sensitivity === null
    ? {
        method: 'manual',
        min: monitor.condition_manual_min === null ? null : Number(monitor.condition_manual_min),
        max: monitor.condition_manual_max === null ? null : Number(monitor.condition_manual_max),
      }
    : { method: 'automatic', sensitivity: monitor.condition_auto_sensitivity };
}
