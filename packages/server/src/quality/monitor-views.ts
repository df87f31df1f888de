import type { Kysely } from 'kysely';
import Type, { type Static } from 'typebox';
import { Nullable } from '../lib/typebox.js';
import {
  findLatestResultIds,
  findTargetDisplay,
  type IncidentRow,
  type MeasurementRow,
  type MonitorRow,
} from '../store/quality/index.js';
import type { Database } from '../store/schema.js';
import { type MonitorSchedule, MonitorScheduleSchema } from './monitor-schedule.js';

/** The monitor object (compat.md §8, Secoda's fields). */
export const MonitorSchema = Type.Object(
  {
    id: Type.String(),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
    name: Type.String(),
    description: Nullable(Type.String()),
    target: Type.String(),
    metric_type: Type.String(),
    metric_config: Nullable(Type.Object({}, { additionalProperties: true })),
    is_enabled: Type.Boolean(),
    condition_auto_sensitivity: Nullable(Type.Integer()),
    condition_manual_min: Nullable(Type.Number()),
    condition_manual_max: Nullable(Type.Number()),
    notify_slack_channel: Nullable(Type.String()),
    schedule: MonitorScheduleSchema,
    frequency: Type.Integer({ description: 'hours between runs' }),
    next_run_at: Nullable(Type.String({ format: 'date-time' })),
    integration: Nullable(Type.String()),
    workspace: Type.String(),
    status: Type.String({ description: 'pending, learning, normal, incident, error or inactive' }),
    last_attempted_at: Nullable(Type.String({ format: 'date-time' })),
    last_success_at: Nullable(Type.String({ format: 'date-time' })),
    last_error_at: Nullable(Type.String({ format: 'date-time' })),
    last_error_message: Nullable(Type.String()),
    last_measurement_value: Nullable(Type.Number()),
    last_measurement: Nullable(Type.String()),
    last_incident: Nullable(Type.String()),
    display_metadata: Type.Object({
      target: Type.Object({
        label: Type.String(),
        entity_type: Type.String(),
        integration_type: Nullable(Type.String()),
      }),
    }),
    managed_by: Nullable(
      Type.Object(
        { integration: Type.String(), key: Type.String() },
        {
          description:
            'set for a monitor declared in a dbt project (meta.secoda.monitors): the dbt integration and the key; such a monitor is read-only',
        },
      ),
    ),
  },
  { additionalProperties: false },
);
export type MonitorView = Static<typeof MonitorSchema>;

export const MeasurementSchema = Type.Object(
  {
    id: Type.String(),
    monitor_id: Type.String(),
    value: Nullable(Type.Number()),
    lower_threshold: Nullable(Type.Number()),
    upper_threshold: Nullable(Type.Number()),
    status: Type.String({ description: 'normal, incident, learning or error' }),
    error: Nullable(Type.String()),
    created_at: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type MeasurementView = Static<typeof MeasurementSchema>;

export const IncidentSchema = Type.Object(
  {
    id: Type.String(),
    monitor_id: Type.String(),
    status: Type.String({ description: 'open or resolved' }),
    value: Nullable(Type.Number()),
    message: Type.String(),
    opened_at: Type.String({ format: 'date-time' }),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
    resolved_at: Nullable(Type.String({ format: 'date-time' })),
    resolved_by: Nullable(
      Type.String({ description: 'a user id, or "system" when the metric came back in range' }),
    ),
  },
  { additionalProperties: false },
);
export type IncidentView = Static<typeof IncidentSchema>;

export async function toMonitorView(db: Kysely<Database>, row: MonitorRow): Promise<MonitorView> {
  const target = await findTargetDisplay(db, row.target_id);
  const latest = await findLatestResultIds(db, row.id);
  const num = (value: number | null) => (value === null ? null : Number(value));
  return {
    id: row.id,
    created_at: row.created_at,
    updated_at: row.updated_at,
    name: row.name,
    description: row.description,
    target: row.target_id,
    metric_type: row.metric_type,
    metric_config: row.metric_config ? (JSON.parse(row.metric_config) as Record<string, unknown>) : null,
    is_enabled: row.is_enabled === 1,
    condition_auto_sensitivity: row.condition_auto_sensitivity,
    condition_manual_min: num(row.condition_manual_min),
    condition_manual_max: num(row.condition_manual_max),
    notify_slack_channel: row.notify_slack_channel,
    schedule: JSON.parse(row.schedule) as MonitorSchedule,
    frequency: row.frequency,
    next_run_at: row.next_run_at,
    integration: target?.integration_id ?? null,
    workspace: row.workspace_id,
    status: row.status,
    last_attempted_at: row.last_attempted_at,
    last_success_at: row.last_success_at,
    last_error_at: row.last_error_at,
    last_error_message: row.last_error_message,
    last_measurement_value: num(row.last_measurement_value),
    last_measurement: latest.measurementId,
    last_incident: latest.incidentId,
    display_metadata: {
      target: {
        label: target?.title_full ?? '',
        entity_type: target?.entity_type ?? '',
        integration_type: target?.integration_type ?? null,
      },
    },
    managed_by: row.managed_by ? { integration: row.managed_by, key: row.managed_key ?? '' } : null,
  };
}

export function toMeasurementView(row: MeasurementRow): MeasurementView {
  const num = (value: number | null) => (value === null ? null : Number(value));
  return {
    id: row.id,
    monitor_id: row.monitor_id,
    value: num(row.value),
    lower_threshold: num(row.lower_threshold),
    upper_threshold: num(row.upper_threshold),
    status: row.status,
    error: row.error,
    created_at: row.created_at,
  };
}

export function toIncidentView(row: IncidentRow): IncidentView {
  return {
    id: row.id,
    monitor_id: row.monitor_id,
    status: row.status,
    value: row.value === null ? null : Number(row.value),
    message: row.message,
    opened_at: row.opened_at,
    created_at: row.opened_at,
    updated_at: row.updated_at,
    resolved_at: row.resolved_at,
    resolved_by: row.resolved_by,
  };
}
