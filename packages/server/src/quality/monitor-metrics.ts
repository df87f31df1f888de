import { analyze } from '@sextant/sql-lineage';
import { InputError } from '../errors/index.js';
import { valueKindOf } from './profile-model.js';
import type { WarehouseSession } from './warehouse-session.js';
import { isPiiColumn, type WarehouseTarget } from './warehouse-target.js';

export const METRIC_TYPES = [
  'row_count',
  'freshness',
  'null_percentage',
  'cardinality',
  'unique_percentage',
  'minimum',
  'maximum',
  'mean',
  'custom_sql',
] as const;
export type MetricType = (typeof METRIC_TYPES)[number];

/** Metrics of a column's values: they need a column target (and read values, so not of a PII column). */
const COLUMN_METRICS = new Set<MetricType>([
  'null_percentage',
  'cardinality',
  'unique_percentage',
  'minimum',
  'maximum',
  'mean',
]);
/** Metrics that read a column's values (PII columns allow `null_percentage` only: a count). */
const VALUE_METRICS = new Set<MetricType>([
  'cardinality',
  'unique_percentage',
  'minimum',
  'maximum',
  'mean',
  'freshness',
]);

/**
 * Checks that a metric fits its target before a monitor is saved: column metrics need a column, value metrics
 * may not read a PII column, custom SQL must be one SELECT (our SQL parser decides). Throws `InputError`.
 */
export function checkMetric(
  target: Pick<WarehouseTarget, 'column' | 'dialect'> & { isPii: boolean },
  metric: { type: MetricType; sql?: string | undefined },
): void {
  if (COLUMN_METRICS.has(metric.type) && !target.column) {
    throw new InputError('invalid_monitor', `${metric.type} measures a column: the target must be a column`, {
      field: 'target',
    });
  }
  if (target.column && target.isPii && VALUE_METRICS.has(metric.type)) {
    throw new InputError(
      'pii_column_not_readable',
      `${metric.type} would read the values of a PII column; only null_percentage is allowed`,
      {
        field: 'metric_type',
      },
    );
  }
  if (metric.type === 'freshness') checkFreshnessTarget(target);
  if (metric.type === 'custom_sql') checkCustomSql(metric.sql, target.dialect);
}

/**
 * Freshness needs a time to count from: the newest value of a date or timestamp column, or on MySQL/MariaDB the
 * table's `UPDATE_TIME`. PostgreSQL records no last-modified time for a table (`pg_stat_user_tables` counts
 * changes, it does not date them; commit timestamps are off by default and would scan the table), so a table
 * target is refused there rather than measured wrongly.
 */
function checkFreshnessTarget(target: Pick<WarehouseTarget, 'column' | 'dialect'>): void {
  if (target.column && valueKindOf(target.column.type ?? '') !== 'date') {
    throw new InputError(
      'invalid_monitor',
      `freshness counts hours since the newest value of a date or timestamp column; ${target.column.title} is ${target.column.type ?? 'of unknown type'}`,
      { field: 'target' },
    );
  }
  if (!target.column && target.dialect === 'postgres') {
    throw new InputError(
      'invalid_monitor',
      'PostgreSQL does not record when a table last changed: make the target a timestamp column of the table (e.g. updated_at)',
      { field: 'target' },
    );
  }
}

/** A custom metric is one SELECT returning one number; anything else (writes, several statements) is refused. */
export function checkCustomSql(text: string | undefined, dialect: WarehouseTarget['dialect']): void {
  if (!text?.trim()) {
    throw new InputError(
      'invalid_monitor',
      'custom_sql needs metric_config.sql, a SELECT returning one number',
      {
        field: 'metric_config.sql',
      },
    );
  }
  const analysis = analyze(text, { dialect: dialect === 'postgres' ? 'postgres' : 'mysql' });
  const error = analysis.errors.find((d) => d.severity === 'error');
  if (error) {
    throw new InputError(
      'invalid_monitor',
      `metric_config.sql does not parse: ${error.message} (line ${error.line})`,
      {
        field: 'metric_config.sql',
        line: error.line,
        column: error.column,
      },
    );
  }
  if (
    analysis.statements.length !== 1 ||
    analysis.statements[0]!.type !== 'select' ||
    analysis.targets.length > 0
  ) {
    throw new InputError('invalid_monitor', 'metric_config.sql must be a single SELECT statement', {
      field: 'metric_config.sql',
      statements: analysis.statements.map((s) => s.type),
    });
  }
}

/**
 * Measures one metric in a read-only session. Freshness is in hours since the newest value of a timestamp
 * column, or (MySQL, table targets) since the table's `UPDATE_TIME`; dates in minimum/maximum/mean are epoch
 * seconds. Throws when the metric cannot be computed (the caller records an error measurement).
 */
export async function measureMetric(
  session: WarehouseSession,
  target: WarehouseTarget,
  metric: { type: MetricType; sql?: string | undefined },
): Promise<number> {
  const text = metricSql(session, target, metric);
  const rows = await session.rows<Record<string, unknown>>(text.sql, text.params);
  const first = rows[0];
  const value = first ? Object.values(first)[0] : undefined;
  if (value === null || value === undefined) {
    if (metric.type === 'freshness' && !target.column) {
      throw new Error(
        'the database does not record when this table last changed: monitor a timestamp column instead',
      );
    }
    if (['null_percentage', 'unique_percentage', 'row_count', 'cardinality'].includes(metric.type)) return 0;
    throw new Error(`the ${metric.type} query returned no value (an empty table or all nulls)`);
  }
  const number = Number(value instanceof Date ? value.getTime() / 1000 : value);
  if (!Number.isFinite(number))
    throw new Error(`the ${metric.type} query returned "${String(value)}", not a number`);
  return number;
}

function metricSql(
  session: WarehouseSession,
  target: WarehouseTarget,
  metric: { type: MetricType; sql?: string | undefined },
): { sql: string; params: unknown[] } {
  const q = session.quote;
  const from = `${q(target.schema)}.${q(target.table.title)}`;
  const isPg = session.dialect === 'postgres';
  const c = target.column ? q(target.column.title) : '';
  const isDate = target.column ? valueKindOf(target.column.type ?? '') === 'date' : false;
  const value = (e: string) =>
    isDate ? (isPg ? `extract(epoch from ${e})::float8` : `unix_timestamp(${e})`) : e;
  const real = (e: string) => (isPg ? `(${e})::float8` : `(${e}) + 0e0`);
  const select = (e: string) => ({ sql: `select ${e} as value from ${from}`, params: [] });
  switch (metric.type) {
    case 'row_count':
      return select('count(*)');
    case 'null_percentage':
      return select(real(`(count(*) - count(${c})) * 100.0 / nullif(count(*), 0)`));
    case 'cardinality':
      return select(`count(distinct ${c})`);
    case 'unique_percentage':
      return select(real(`count(distinct ${c}) * 100.0 / nullif(count(${c}), 0)`));
    case 'minimum':
      return select(real(value(`min(${c})`)));
    case 'maximum':
      return select(real(value(`max(${c})`)));
    case 'mean':
      return select(real(isDate ? `avg(${value(c)})` : `avg(${c})`));
    case 'freshness':
      if (c) {
        return select(
          isPg
            ? `(extract(epoch from now()) - extract(epoch from max(${c}))) / 3600.0`
            : `(unix_timestamp() - unix_timestamp(max(${c}))) / 3600.0`,
        );
      }
      if (isPg) {
        throw new Error(
          'PostgreSQL does not record when a table last changed: monitor freshness of a timestamp column',
        );
      }
      return {
        sql: 'select (unix_timestamp() - unix_timestamp(update_time)) / 3600.0 as value from information_schema.tables where table_schema = ? and table_name = ?',
        params: [target.schema, target.table.title],
      };
    case 'custom_sql':
      return { sql: metric.sql ?? '', params: [] };
  }
}

/** Whether the monitor's target column is PII (its values may not be read). */
export function isTargetPii(target: WarehouseTarget): boolean {
  return target.column ? isPiiColumn(target, target.column.title) : false;
}
