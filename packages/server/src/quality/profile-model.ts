import Type, { type Static } from 'typebox';
import { Nullable } from '../lib/typebox.js';

/** How a column's values are summarised: by their type family. */
export type ValueKind = 'number' | 'date' | 'text' | 'other';

/** Numbers as numbers; dates as ISO-8601 text. */
const Scalar = Nullable(Type.Union([Type.Number(), Type.String()]));

/**
 * One column of one profile: stored as JSON in `table_profiles.columns` and answered as is (a table's profiles,
 * `quality/profile-views.ts`, and one column's latest, `getColumnProfile`).
 */
export const ColumnProfileSchema = Type.Object(
  {
    name: Type.String(),
    /** The catalog's column resource, when the column is catalogued. */
    resource_id: Nullable(Type.String()),
    data_type: Type.String(),
    kind: Type.String({ description: 'number, date, text or other' }),
    is_pii: Type.Boolean({
      description: 'PII columns are counted, never read: only the null figures are set',
    }),
    is_estimated: Type.Boolean({ description: 'figures from a sample, counts scaled to the table' }),
    null_count: Nullable(Type.Number()),
    null_percentage: Nullable(Type.Number()),
    distinct_count: Nullable(Type.Number()),
    is_distinct_estimated: Type.Boolean(),
    min: Scalar,
    max: Scalar,
    mean: Scalar,
    /** Text: lengths in characters. */
    min_length: Nullable(Type.Number()),
    max_length: Nullable(Type.Number()),
    mean_length: Nullable(Type.Number()),
    /** Low-cardinality columns: the most frequent values with their counts (in the sample, when sampled). */
    top_values: Nullable(Type.Array(Type.Object({ value: Type.String(), count: Type.Number() }))),
  },
  { additionalProperties: false },
);

/** A column profile; `kind` is one of the families profiling writes (the API answers it as text). */
export type ColumnProfile = Static<typeof ColumnProfileSchema> & { kind: ValueKind };

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
