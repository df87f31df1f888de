import { METRIC_TYPES, type MetricType, type MonitorSchedule } from '../quality/index.js';
import type { DbtManifest, DbtNode } from './artifact-types.js';
import { ASSET_TYPES } from './dbt-project.js';

/** Which side of the learned band breaches: Secoda's `bounds`. */
export type MonitorBounds = 'both' | 'upper' | 'lower';

/** One monitor a dbt project declares in `meta.secoda.monitors` (docs/quality.md, "Monitors as code"). */
export interface DeclaredMonitor {
  /** Stable within the project: `<unique_id>[.<column>]:<metric>[:<key>]`. */
  key: string;
  /** The model, seed, snapshot or source it is declared on. */
  uniqueId: string;
  column: string | null;
  metric: MetricType;
  name: string | null;
  description: string | null;
  thresholds:
    | { method: 'automatic'; sensitivity: number; bounds: MonitorBounds }
    | { method: 'manual'; min: number | null; max: number | null };
  schedule: MonitorSchedule;
  /** custom_sql's query. */
  query: string | null;
}

export interface DeclaredMonitors {
  monitors: DeclaredMonitor[];
  /** Declarations that make no sense, each naming where it is; the sync reports them as warnings. */
  problems: Array<{ field: string; message: string }>;
}

/**
 * Reads `meta.secoda.monitors` (and `config.meta.secoda.monitors`) of every model, seed, snapshot and source and of
 * their columns, in Secoda's three forms: a list of metric names; an object metric → config; an object metric →
 * list of configs, each with a `key` unique within the metric. Defaults: automatic thresholds, sensitivity 5,
 * both bounds, daily at 00:00 UTC. Pure.
 */
export function readDeclaredMonitors(manifest: DbtManifest): DeclaredMonitors {
  const found: DeclaredMonitors = { monitors: [], problems: [] };
  const nodes = [...Object.values(manifest.nodes), ...Object.values(manifest.sources ?? {})];
  for (const node of nodes) {
    if (!ASSET_TYPES.has(node.resource_type)) continue;
    readMonitorsOf(found, { node, column: null }, monitorsMeta(node.meta, node.config?.meta));
    for (const column of Object.values(node.columns ?? {})) {
      if (typeof column?.name !== 'string') continue;
      readMonitorsOf(found, { node, column: column.name }, monitorsMeta(column.meta));
    }
  }
  return found;
}

function monitorsMeta(...metas: Array<Record<string, unknown> | null | undefined>): unknown {
  for (const meta of metas) {
    const secoda = meta?.secoda;
    if (isObject(secoda) && secoda.monitors !== undefined) return secoda.monitors;
  }
  return undefined;
}

function readMonitorsOf(
  found: DeclaredMonitors,
  on: { node: DbtNode; column: string | null },
  value: unknown,
): void {
  if (value === undefined || value === null) return;
  const where = `${on.node.unique_id}${on.column ? `.${on.column}` : ''}`;
  const problem = (message: string) => found.problems.push({ field: where, message });
  const entries: Array<[string, unknown]> = Array.isArray(value)
    ? value.map((metric) => [String(metric), {}])
    : isObject(value)
      ? Object.entries(value)
      : [];
  if (entries.length === 0 && !Array.isArray(value)) {
    problem('meta.secoda.monitors must be a list of metric names or an object of metric configs');
  }
  for (const [metric, config] of entries) {
    if (!(METRIC_TYPES as readonly string[]).includes(metric)) {
      problem(`monitor metric "${metric}" is not one of ${METRIC_TYPES.join(', ')}`);
      continue;
    }
    const configs = Array.isArray(config) ? config : [config ?? {}];
    const keys = new Set<string>();
    for (const each of configs) {
      if (!isObject(each)) {
        problem(`the config of monitor ${metric} must be an object`);
        continue;
      }
      const key = Array.isArray(config) ? text(each.key) : null;
      if (Array.isArray(config) && (!key || keys.has(key))) {
        problem(`each ${metric} monitor of a list needs a key of its own (got ${JSON.stringify(each.key)})`);
        continue;
      }
      if (key) keys.add(key);
      const monitor = readConfig(each, problem, metric);
      if (!monitor) continue;
      found.monitors.push({
        ...monitor,
        key: `${where}:${metric}${key ? `:${key}` : ''}`,
        uniqueId: on.node.unique_id,
        column: on.column,
        metric: metric as MetricType,
      });
    }
  }
}

function readConfig(
  config: Record<string, unknown>,
  problem: (message: string) => void,
  metric: string,
): Pick<DeclaredMonitor, 'name' | 'description' | 'thresholds' | 'schedule' | 'query'> | undefined {
  const thresholds = isObject(config.thresholds) ? config.thresholds : {};
  const method = thresholds.method ?? 'automatic';
  const min = numberOrNull(thresholds.min);
  const max = numberOrNull(thresholds.max);
  const sensitivity = thresholds.sensitivity === undefined ? 5 : Number(thresholds.sensitivity);
  const bounds = thresholds.bounds ?? 'both';
  if (method !== 'automatic' && method !== 'manual') {
    return void problem(`${metric}: thresholds.method must be automatic or manual`);
  }
  if (method === 'manual' && min === null && max === null) {
    return void problem(`${metric}: manual thresholds need min or max`);
  }
  if (min !== null && max !== null && min > max)
    return void problem(`${metric}: thresholds.min is above max`);
  if (!Number.isInteger(sensitivity) || sensitivity < 1 || sensitivity > 10) {
    return void problem(`${metric}: thresholds.sensitivity must be an integer from 1 to 10`);
  }
  if (bounds !== 'both' && bounds !== 'upper' && bounds !== 'lower') {
    return void problem(`${metric}: thresholds.bounds must be both, upper or lower`);
  }
  const schedule = readSchedule(isObject(config.schedule) ? config.schedule : {});
  if (!schedule) return void problem(`${metric}: schedule needs cadence daily or hourly, hour_utc 0–23`);
  return {
    name: text(config.name),
    description: text(config.description),
    thresholds:
      method === 'manual' ? { method, min, max } : { method, sensitivity, bounds: bounds as MonitorBounds },
    schedule,
    query: text(config.query),
  };
}

function readSchedule(schedule: Record<string, unknown>): MonitorSchedule | undefined {
  const cadence = schedule.cadence ?? 'daily';
  const hour = schedule.hour_utc === undefined ? 0 : Number(schedule.hour_utc);
  const frequency = schedule.frequency === undefined ? 1 : Number(schedule.frequency);
  if (cadence !== 'daily' && cadence !== 'hourly') return undefined;
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) return undefined;
  if (!Number.isInteger(frequency) || frequency < 1 || frequency > 365) return undefined;
  return cadence === 'hourly' ? { cadence, frequency } : { cadence, hour, frequency };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;
const numberOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
