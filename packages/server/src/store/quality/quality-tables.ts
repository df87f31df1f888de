import type { Bool } from '../column-types.js';

/** Row of `table_profiles` (migration 0019): one profiling run of one table. */
export interface TableProfilesTable {
  id: string;
  workspace_id: string;
  resource_id: string;
  row_count: number | null;
  is_row_count_estimated: Bool;
  /** Percent of the table read (TABLESAMPLE / random filter); null when the whole table was read. */
  sample_percent: number | null;
  /** JSON array of column profiles (quality/profile-model.ts). */
  columns: string;
  /** `succeeded` or `failed`. */
  status: string;
  error: string | null;
  duration_ms: number;
  /** `manual` (API) or `schedule`. */
  trigger: string;
  created_at: string;
}

/** Row of `monitors`: one metric of one table or column, measured on a schedule. */
export interface MonitorsTable {
  id: string;
  workspace_id: string;
  target_id: string;
  name: string;
  metric_type: string;
  /** JSON object (`{sql}` for custom_sql); null otherwise. */
  metric_config: string | null;
  is_enabled: Bool;
  condition_auto_sensitivity: number | null;
  condition_manual_min: number | null;
  condition_manual_max: number | null;
  notify_slack_channel: string | null;
  /** JSON `{cadence, hour, day, frequency}` as given. */
  schedule: string;
  /** Hours between runs. */
  frequency: number;
  next_run_at: string | null;
  /** `pending`, `learning`, `normal`, `incident`, `error`, `inactive`. */
  status: string;
  last_attempted_at: string | null;
  last_success_at: string | null;
  last_error_at: string | null;
  last_error_message: string | null;
  last_measurement_value: number | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  /** The dbt integration whose syncs own this monitor (monitors as code); null for hand-made ones. */
  managed_by: string | null;
  /** The monitor's key within its dbt project (`<unique_id>[.<column>]:<metric>[:<key>]`). */
  managed_key: string | null;
  description: string | null;
}

export interface MonitorMeasurementsTable {
  id: string;
  workspace_id: string;
  monitor_id: string;
  value: number | null;
  lower_threshold: number | null;
  upper_threshold: number | null;
  /** `normal`, `incident` (outside the band), `learning` (too few measurements for the band), `error`. */
  status: string;
  error: string | null;
  created_at: string;
}

export interface MonitorIncidentsTable {
  id: string;
  workspace_id: string;
  monitor_id: string;
  /** `open` or `resolved`. */
  status: string;
  value: number | null;
  message: string;
  opened_at: string;
  resolved_at: string | null;
  /** A user id, or `system` when the metric came back in range. */
  resolved_by: string | null;
  updated_at: string;
}

/** Row of `profile_schedules` (migration 0020): a table profiled every `frequency_hours`. */
export interface ProfileSchedulesTable {
  resource_id: string;
  workspace_id: string;
  frequency_hours: number;
  sample_percent: number | null;
  next_run_at: string;
  updated_by: string | null;
  updated_at: string;
}

export type QualityTables = {
  profile_schedules: ProfileSchedulesTable;
  table_profiles: TableProfilesTable;
  monitors: MonitorsTable;
  monitor_measurements: MonitorMeasurementsTable;
  monitor_incidents: MonitorIncidentsTable;
};
