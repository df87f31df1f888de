import type { Kysely } from 'kysely';
import { type AuthContext, auditActor } from '../auth/authenticate.js';
import type { SecretBox } from '../auth/secret-box.js';
import { ConflictError, InputError, NotFoundError } from '../errors/index.js';
import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/time.js';
import { recordAudit } from '../store/audit-logs.js';
import {
  deleteMonitorRow,
  findMonitor,
  listMonitorRows,
  type MonitorRow,
  updateMonitorRow,
} from '../store/quality/index.js';
import { insertMonitor } from '../store/quality/monitors.js';
import type { Database } from '../store/schema.js';
import { checkMetric, isTargetPii, type MetricType } from './monitor-metrics.js';
import {
  DEFAULT_SCHEDULE,
  frequencyHours,
  type MonitorSchedule,
  nextMonitorRun,
} from './monitor-schedule.js';
import { type MonitorView, toMonitorView } from './monitor-views.js';
import { resolveWarehouseTarget } from './warehouse-target.js';

/** A monitor's writable fields (Secoda's create body; PATCH sends any of them). */
export interface MonitorInput {
  target?: string | undefined;
  metric_type?: MetricType | undefined;
  name?: string | undefined;
  description?: string | null | undefined;
  is_enabled?: boolean | undefined;
  condition_auto_sensitivity?: number | null | undefined;
  condition_manual_min?: number | null | undefined;
  condition_manual_max?: number | null | undefined;
  notify_slack_channel?: string | null | undefined;
  metric_config?: { sql?: string | undefined } | null | undefined;
  schedule?: MonitorSchedule | undefined;
}

interface Services {
  db: Kysely<Database>;
  secrets: SecretBox;
}

/** Creates a monitor after checking its target (a connector-backed table or column) and metric. Audited. */
export async function createMonitor(
  services: Services,
  auth: AuthContext,
  input: MonitorInput,
): Promise<MonitorView> {
  if (!input.target || !input.metric_type) {
    throw new InputError('invalid_monitor', 'a monitor needs target (a table or column id) and metric_type', {
      field: input.target ? 'metric_type' : 'target',
    });
  }
  const now = nowIso();
  const schedule = input.schedule ?? DEFAULT_SCHEDULE;
  const isEnabled = input.is_enabled ?? true;
  const row: MonitorRow = {
    id: newId(),
    workspace_id: auth.workspaceId,
    target_id: input.target,
    name: input.name ?? '',
    metric_type: input.metric_type,
    metric_config: input.metric_config ? JSON.stringify(input.metric_config) : null,
    is_enabled: isEnabled ? 1 : 0,
    ...thresholdsOf(input, undefined),
    notify_slack_channel: input.notify_slack_channel ?? null,
    schedule: JSON.stringify(schedule),
    frequency: frequencyHours(schedule),
    next_run_at: isEnabled ? nextMonitorRun(schedule, new Date()) : null,
    status: isEnabled ? 'pending' : 'inactive',
    last_attempted_at: null,
    last_success_at: null,
    last_error_at: null,
    last_error_message: null,
    last_measurement_value: null,
    created_by: auth.userId,
    created_at: now,
    updated_at: now,
    managed_by: null,
    managed_key: null,
    description: input.description ?? null,
  };
  const target = await checkMonitor(services, auth.workspaceId, row);
  if (!row.name) row.name = `${row.metric_type} of ${target.title_full}`;
  return services.db.transaction().execute(async (tx) => {
    await insertMonitor(tx, row);
    const view = await toMonitorView(tx, row);
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'create',
      entityType: 'monitor',
      entityId: row.id,
      after: view,
    });
    return view;
  });
}

/** Changes a monitor; a new target or metric is checked again; a new schedule moves the next run. */
export async function updateMonitor(
  services: Services,
  auth: AuthContext,
  id: string,
  input: MonitorInput,
): Promise<MonitorView> {
  const before = await getMonitorRow(services.db, auth.workspaceId, id);
  refuseManaged(before);
  const schedule = input.schedule ?? (JSON.parse(before.schedule) as MonitorSchedule);
  const isEnabled = input.is_enabled ?? before.is_enabled === 1;
  const after: MonitorRow = {
    ...before,
    target_id: input.target ?? before.target_id,
    metric_type: input.metric_type ?? before.metric_type,
    name: input.name ?? before.name,
    description: input.description === undefined ? before.description : input.description,
    metric_config:
      input.metric_config === undefined
        ? before.metric_config
        : input.metric_config
          ? JSON.stringify(input.metric_config)
          : null,
    is_enabled: isEnabled ? 1 : 0,
    ...thresholdsOf(input, before),
    notify_slack_channel:
      input.notify_slack_channel === undefined ? before.notify_slack_channel : input.notify_slack_channel,
    schedule: JSON.stringify(schedule),
    frequency: frequencyHours(schedule),
    next_run_at: !isEnabled
      ? null
      : input.schedule || !before.next_run_at
        ? nextMonitorRun(schedule, new Date())
        : before.next_run_at,
    status: !isEnabled ? 'inactive' : before.status === 'inactive' ? 'pending' : before.status,
    updated_at: nowIso(),
  };
  await checkMonitor(services, auth.workspaceId, after);
  return services.db.transaction().execute(async (tx) => {
    const { id: _id, workspace_id: _ws, ...changes } = after;
    await updateMonitorRow(tx, id, changes);
    const view = await toMonitorView(tx, after);
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'update',
      entityType: 'monitor',
      entityId: id,
      after: view,
    });
    return view;
  });
}

export async function deleteMonitor(db: Kysely<Database>, auth: AuthContext, id: string): Promise<void> {
  refuseManaged(await getMonitorRow(db, auth.workspaceId, id));
  await db.transaction().execute(async (tx) => {
    await deleteMonitorRow(tx, id);
    await recordAudit(tx, { ...auditActor(auth), action: 'delete', entityType: 'monitor', entityId: id });
  });
}

export async function getMonitorView(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<MonitorView> {
  return toMonitorView(db, await getMonitorRow(db, workspaceId, id));
}

export async function listMonitorViews(
  db: Kysely<Database>,
  options: {
    workspaceId: string;
    targetId?: string | undefined;
    /** Monitors on this table and on its columns. */
    tableId?: string | undefined;
    status?: string | undefined;
    limit: number;
    offset: number;
  },
): Promise<{ views: MonitorView[]; count: number }> {
  const quality = db;
  const { rows, count } = await listMonitorRows(quality, options);
  const views: MonitorView[] = [];
  for (const row of rows) views.push(await toMonitorView(quality, row));
  return { views, count };
}

export async function getMonitorRow(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<MonitorRow> {
  const row = await findMonitor(db, workspaceId, id);
  if (!row) throw new NotFoundError('monitor_not_found', `no monitor ${id}`);
  return row;
}

/** A monitor declared in a dbt project changes with the project's YAML, never through the API (Secoda's rule). */
function refuseManaged(row: MonitorRow): void {
  if (row.managed_by === null) return;
  throw new ConflictError(
    'monitor_managed_by_dbt',
    `monitor ${row.id} is declared in dbt (meta.secoda.monitors, key ${row.managed_key}): change it in the dbt project and sync again`,
    { managed_by: row.managed_by, managed_key: row.managed_key },
  );
}

/**
 * Manual thresholds when either bound is given, else automatic (sensitivity 5 unless given), as Secoda: a null
 * sensitivity means manual.
 */
function thresholdsOf(
  input: MonitorInput,
  before: MonitorRow | undefined,
): Pick<MonitorRow, 'condition_auto_sensitivity' | 'condition_manual_min' | 'condition_manual_max'> {
  const pick = <K extends 'condition_auto_sensitivity' | 'condition_manual_min' | 'condition_manual_max'>(
    key: K,
  ) => (input[key] === undefined ? (before?.[key] ?? null) : input[key]);
  const min = pick('condition_manual_min');
  const max = pick('condition_manual_max');
  const givesManual = input.condition_manual_min != null || input.condition_manual_max != null;
  const givesAuto = input.condition_auto_sensitivity != null;
  let sensitivity = pick('condition_auto_sensitivity');
  if (givesManual && !givesAuto) sensitivity = null;
  if (!givesManual && sensitivity === null && min === null && max === null) sensitivity = 5;
  if (min !== null && max !== null && min > max) {
    throw new InputError(
      'invalid_monitor',
      `condition_manual_min (${min}) is above condition_manual_max (${max})`,
      {
        field: 'condition_manual_min',
      },
    );
  }
  return {
    condition_auto_sensitivity: sensitivity,
    condition_manual_min: sensitivity === null ? min : null,
    condition_manual_max: sensitivity === null ? max : null,
  };
}

async function checkMonitor(services: Services, workspaceId: string, row: MonitorRow) {
  const target = await resolveWarehouseTarget(services.db, services.secrets, {
    workspaceId,
    resourceId: row.target_id,
  });
  const config = row.metric_config ? (JSON.parse(row.metric_config) as { sql?: string }) : {};
  checkMetric(
    { column: target.column, dialect: target.dialect, isPii: isTargetPii(target) },
    { type: row.metric_type as MetricType, sql: config.sql },
  );
  return target.resource;
}
