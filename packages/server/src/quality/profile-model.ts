/** How a column's values are summarised: by their type family. */
export type ValueKind = 'number' | 'date' | 'text' | 'other';

/** One column of one profile (stored as JSON in `table_profiles.columns`, answered as is). */
export interface ColumnProfile {
  name: string;
  /** The catalog's column resource, when the column is catalogued. */
  resource_id: string | null;
  data_type: string;
  kind: ValueKind;
  /** PII columns are counted, never read: only `null_count` and `null_percentage` are set. */
  is_pii: boolean;
  /** True when the figures come from a sample (counts scaled to the table). */
  is_estimated: boolean;
  null_count: number | null;
  null_percentage: number | null;
  distinct_count: number | null;
  is_distinct_estimated: boolean;
  /** Numbers as numbers; dates as ISO-8601 text. */
  min: number | string | null;
  max: number | string | null;
  mean: number | string | null;
  /** Text: lengths in characters. */
  min_length: number | null;
  max_length: number | null;
  mean_length: number | null;
  /** Low-cardinality columns: the most frequent values with their counts (in the sample, when sampled). */
  top_values: Array<{ value: string; count: number }> | null;
}

export interface ProfileOptions {
  /** Read this percent of the table (TABLESAMPLE SYSTEM on PostgreSQL, a random filter on MySQL). */
  samplePercent?: number | undefined;
  /** Sample automatically above this many rows (estimated); default 1,000,000. */
  sampleAboveRows?: number | undefined;
  /** Rows an automatic sample aims at; default 200,000. */
  sampleRows?: number | undefined;
  /** Longest one profiling statement may run; default 60 s. */
  statementTimeoutMs?: number | undefined;
}

export const PROFILE_DEFAULTS = {
  sampleAboveRows: 1_000_000,
  sampleRows: 200_000,
  statementTimeoutMs: 60_000,
  /** Columns with at most this many distinct values get top values. */
  topValuesMaxDistinct: 20,
  topValuesLimit: 10,
} as const;

/** The type family of a database type name (information_schema `data_type`, PostgreSQL or MySQL). */
export function valueKindOf(dataType: string): ValueKind {
  const type = dataType.toLowerCase();
  if (
    /^(smallint|integer|int|bigint|tinyint|mediumint|numeric|decimal|real|double precision|double|float)\b/.test(
      type,
    )
  )
    return 'number';
  if (/^(date|datetime|timestamp)/.test(type)) return 'date';
  if (/^(text|character|char|varchar|tinytext|mediumtext|longtext|enum|set|citext)\b/.test(type))
    return 'text';
  return 'other';
}

/** Whether `count(distinct …)` works on the type (not on json, arrays, binary …). */
export function isDistinctCountable(kind: ValueKind, dataType: string): boolean {
  return kind !== 'other' || /^(boolean|uuid|bit|year|time)/i.test(dataType);
}
