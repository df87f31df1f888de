import type { Kysely } from 'kysely';
import type { SecretBox } from '../auth/secret-box.js';
import { redactSecrets } from '../connectors/classify-connection-error.js';
import { InputError } from '../errors/index.js';
import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/time.js';
import { insertTableProfile, type TableProfileRow } from '../store/quality/index.js';
import type { Database } from '../store/schema.js';
import { type ColumnProfile, PROFILE_DEFAULTS, type ProfileOptions } from './profile-model.js';
import {
  columnTypesSql,
  type ProfiledColumn,
  profileAggregateSql,
  type RowSource,
  rowEstimateSql,
  rowSource,
  toProfiledColumn,
  topValuesSql,
} from './profile-sql.js';
import { type TableProfileView, toTableProfileView } from './profile-views.js';
import type { WarehouseSession } from './warehouse-session.js';
import {
  isPiiColumn,
  openTargetSession,
  resolveWarehouseTarget,
  type WarehouseTarget,
} from './warehouse-target.js';

/**
 * Profiles a connector-backed table now and stores the result with its time: one aggregate statement over the
 * table (or a sample of it), then one top-values statement per low-cardinality column, all in one read-only
 * transaction under a statement timeout. A table that cannot be reached stores a failed profile naming host,
 * port and reason (and the call answers it, rather than throwing).
 */
export async function profileTable(
  db: Kysely<Database>,
  secrets: SecretBox,
  options: { workspaceId: string; resourceId: string; trigger: string; profile?: ProfileOptions },
): Promise<TableProfileView> {
  const target = await resolveWarehouseTarget(db, secrets, options);
  if (target.resource.entity_type !== 'table') {
    throw new InputError('quality_target_unsupported', 'profiles are taken of tables: pass the table id');
  }
  const started = performance.now();
  const settings: Settings = { ...PROFILE_DEFAULTS, ...definedOf(options.profile ?? {}) };
  let result: Omit<TableProfileView, 'id' | 'resource_id' | 'duration_ms' | 'trigger' | 'created_at'>;
  try {
    const session = await openTargetSession(target, { statementTimeoutMs: settings.statementTimeoutMs });
    try {
      result = await readProfile(session, target, settings);
    } finally {
      await session.close();
    }
  } catch (error) {
    const message = redactSecrets(error instanceof Error ? error.message : String(error), target.secrets);
    result = {
      row_count: null,
      is_row_count_estimated: false,
      sample_percent: null,
      columns: [],
      status: 'failed',
      error: message,
    };
  }
  const row: TableProfileRow = {
    id: newId(),
    workspace_id: options.workspaceId,
    resource_id: target.table.id,
    row_count: result.row_count,
    is_row_count_estimated: result.is_row_count_estimated ? 1 : 0,
    sample_percent: result.sample_percent,
    columns: JSON.stringify(result.columns),
    status: result.status,
    error: result.error,
    duration_ms: Math.round(performance.now() - started),
    trigger: options.trigger,
    created_at: nowIso(),
  };
  await insertTableProfile(db, row);
  return toTableProfileView(row);
}

type Settings = { [K in keyof typeof PROFILE_DEFAULTS]: number } & ProfileOptions;

async function readProfile(session: WarehouseSession, target: WarehouseTarget, settings: Settings) {
  const table = { schema: target.schema, name: target.table.title };
  const types = await session.rows<{ column_name: string; data_type: string }>(
    columnTypesSql(session.dialect),
    [table.schema, table.name],
  );
  if (types.length === 0) {
    throw new InputError(
      'quality_target_unsupported',
      `the database has no table ${table.schema}.${table.name}`,
    );
  }
  const columns = types.map((t) =>
    toProfiledColumn(t.column_name, t.data_type, isPiiColumn(target, t.column_name)),
  );
  const estimate = await rowEstimate(session, table);
  const samplePercent = chooseSamplePercent(settings, estimate);
  const source = rowSource(session, table, samplePercent);
  const [aggregates] = await session.rows<Record<string, unknown>>(
    profileAggregateSql(session, columns, source),
  );
  const sampledRows = Number(aggregates?.n ?? 0);
  const scale = samplePercent === null ? 1 : 100 / samplePercent;
  const rowCount =
    samplePercent === null
      ? sampledRows
      : estimate !== null && estimate >= 0
        ? Math.round(estimate)
        : Math.round(sampledRows * scale);
  const profiles: ColumnProfile[] = [];
  for (const [i, column] of columns.entries()) {
    const profile = columnProfile(column, i, aggregates ?? {}, {
      sampledRows,
      scale,
      isSampled: samplePercent !== null,
    });
    profile.resource_id =
      target.columns.find((c) => c.title.toLowerCase() === column.name.toLowerCase())?.id ?? null;
    if (
      !column.isPii &&
      profile.distinct_count !== null &&
      profile.distinct_count > 0 &&
      profile.distinct_count <= settings.topValuesMaxDistinct
    ) {
      profile.top_values = await topValues(session, column, source, settings.topValuesLimit);
    }
    profiles.push(profile);
  }
  return {
    row_count: rowCount,
    is_row_count_estimated: samplePercent !== null,
    sample_percent: samplePercent,
    columns: profiles,
    status: 'succeeded',
    error: null,
  };
}

async function rowEstimate(
  session: WarehouseSession,
  table: { schema: string; name: string },
): Promise<number | null> {
  const [row] = await session.rows<{ estimate: unknown }>(rowEstimateSql(session.dialect), [
    table.schema,
    table.name,
  ]);
  return row?.estimate === null || row?.estimate === undefined ? null : Number(row.estimate);
}

/** An explicit percent wins; else sample when the statistics say the table is larger than the threshold. */
export function chooseSamplePercent(settings: Settings, estimate: number | null): number | null {
  if (settings.samplePercent !== undefined)
    return settings.samplePercent >= 100 ? null : settings.samplePercent;
  if (estimate === null || estimate <= settings.sampleAboveRows) return null;
  return Math.max(0.01, Math.min(100, (settings.sampleRows / estimate) * 100));
}

function columnProfile(
  column: ProfiledColumn,
  i: number,
  row: Record<string, unknown>,
  sample: { sampledRows: number; scale: number; isSampled: boolean },
): ColumnProfile {
  const num = (key: string) => (row[key] === null || row[key] === undefined ? null : Number(row[key]));
  const nonNull = num(`nn_${i}`) ?? 0;
  const nulls = sample.sampledRows - nonNull;
  const distinct = num(`d_${i}`);
  const asDate = (value: number | null) => (value === null ? null : new Date(value * 1000).toISOString());
  const value = (key: string) => (column.kind === 'date' ? asDate(num(key)) : num(key));
  return {
    name: column.name,
    resource_id: null,
    data_type: column.dataType,
    kind: column.kind,
    is_pii: column.isPii,
    is_estimated: sample.isSampled,
    null_count: Math.round(nulls * sample.scale),
    null_percentage: sample.sampledRows === 0 ? 0 : round((nulls / sample.sampledRows) * 100),
    distinct_count: distinct === null ? null : estimateDistinct(distinct, nonNull, sample),
    is_distinct_estimated: sample.isSampled && distinct !== null,
    min: column.isPii ? null : value(`mn_${i}`),
    max: column.isPii ? null : value(`mx_${i}`),
    mean: column.isPii ? null : column.kind === 'number' ? roundOrNull(num(`av_${i}`)) : value(`av_${i}`),
    min_length: num(`ln_${i}`),
    max_length: num(`lx_${i}`),
    mean_length: roundOrNull(num(`la_${i}`)),
    top_values: null,
  };
}

/**
 * Distinct values in the table from those in a sample (docs/quality.md): a sample whose values are nearly all
 * different (≥ 90 %) is taken for a near-unique column and scaled up to the table; otherwise the column is taken
 * for a low-cardinality one whose values the sample has all seen, and the sample's count stands.
 */
export function estimateDistinct(
  distinctInSample: number,
  nonNullInSample: number,
  sample: { scale: number; isSampled: boolean },
): number {
  if (!sample.isSampled || nonNullInSample === 0) return distinctInSample;
  return distinctInSample / nonNullInSample >= 0.9
    ? Math.round(distinctInSample * sample.scale)
    : distinctInSample;
}

async function topValues(
  session: WarehouseSession,
  column: ProfiledColumn,
  source: RowSource,
  limit: number,
) {
  const rows = await session.rows<{ value: unknown; count: unknown }>(
    topValuesSql(session, column, source, limit),
  );
  return rows.map((row) => ({ value: String(row.value), count: Number(row.count) }));
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function roundOrNull(value: number | null): number | null {
  return value === null ? null : round(value);
}

function definedOf<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
