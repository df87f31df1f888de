import { isDistinctCountable, type ValueKind, valueKindOf } from './profile-model.js';
import type { WarehouseSession } from './warehouse-session.js';

/** A column as the profiler reads it: PII columns appear in no statement except inside `count(…)`. */
export interface ProfiledColumn {
  name: string;
  dataType: string;
  kind: ValueKind;
  isPii: boolean;
  isDistinctCountable: boolean;
}

/** Where rows come from: the table, whole or sampled. */
export interface RowSource {
  /** `"schema"."table"` with the sample clause (PostgreSQL) appended. */
  from: string;
  /** A filter that samples (MySQL), or '' (AND-ed with other conditions). */
  sampleFilter: string;
}

export function toProfiledColumn(name: string, dataType: string, isPii: boolean): ProfiledColumn {
  const kind = valueKindOf(dataType);
  return { name, dataType, kind, isPii, isDistinctCountable: isDistinctCountable(kind, dataType) };
}

/**
 * The rows to read: the whole table, or a sample. PostgreSQL samples pages (`TABLESAMPLE SYSTEM`, fast: only
 * the sampled pages are read), with a fixed seed so the top-values query sees the same sample. MySQL and MariaDB
 * have no TABLESAMPLE: a seeded `rand() < p` filter, which still scans the table but aggregates only the sample.
 */
export function rowSource(
  session: Pick<WarehouseSession, 'dialect' | 'quote'>,
  table: { schema: string; name: string },
  samplePercent: number | null,
): RowSource {
  const from = `${session.quote(table.schema)}.${session.quote(table.name)}`;
  if (samplePercent === null || samplePercent >= 100) return { from, sampleFilter: '' };
  const percent = Number(samplePercent.toFixed(6));
  return session.dialect === 'postgres'
    ? { from: `${from} tablesample system (${percent}) repeatable (42)`, sampleFilter: '' }
    : { from, sampleFilter: `rand(42) < ${percent / 100}` };
}

/**
 * One statement with every aggregate of every column (one scan): `n` (rows), and per column `nn_i` (non-null
 * count), `d_i` (distinct), `mn_i`/`mx_i`/`av_i` (numbers; dates as epoch seconds), `ln_i`/`lx_i`/`la_i`
 * (text lengths). A PII column contributes `nn_i` only.
 */
export function profileAggregateSql(
  session: Pick<WarehouseSession, 'dialect' | 'quote'>,
  columns: ProfiledColumn[],
  source: RowSource,
): string {
  const parts = ['count(*) as n'];
  const isPg = session.dialect === 'postgres';
  const epoch = (e: string) => (isPg ? `extract(epoch from ${e})::float8` : `unix_timestamp(${e})`);
  const real = (e: string) => (isPg ? `${e}::float8` : `${e} + 0e0`);
  columns.forEach((column, i) => {
    const c = session.quote(column.name);
    parts.push(`count(${c}) as nn_${i}`);
    if (column.isPii) return;
    if (column.isDistinctCountable) parts.push(`count(distinct ${c}) as d_${i}`);
    if (column.kind === 'number') {
      parts.push(`${real(`min(${c})`)} as mn_${i}`, `${real(`max(${c})`)} as mx_${i}`);
      parts.push(`${real(`avg(${c})`)} as av_${i}`);
    } else if (column.kind === 'date') {
      parts.push(`${epoch(`min(${c})`)} as mn_${i}`, `${epoch(`max(${c})`)} as mx_${i}`);
      parts.push(`avg(${epoch(c)}) as av_${i}`);
    } else if (column.kind === 'text') {
      parts.push(`min(char_length(${c})) as ln_${i}`, `max(char_length(${c})) as lx_${i}`);
      parts.push(`${real(`avg(char_length(${c}))`)} as la_${i}`);
    }
  });
  const where = source.sampleFilter ? ` where ${source.sampleFilter}` : '';
  return `select ${parts.join(', ')} from ${source.from}${where}`;
}

/** The most frequent non-null values of a (non-PII) column, as text. */
export function topValuesSql(
  session: Pick<WarehouseSession, 'dialect' | 'quote'>,
  column: ProfiledColumn,
  source: RowSource,
  limit: number,
): string {
  const c = session.quote(column.name);
  const asText = session.dialect === 'postgres' ? `${c}::text` : `cast(${c} as char)`;
  const filter = [`${c} is not null`, source.sampleFilter].filter(Boolean).join(' and ');
  return `select ${asText} as value, count(*) as count from ${source.from} where ${filter} group by ${c} order by count(*) desc, ${asText} limit ${limit}`;
}

/** The table's columns and types, from the database itself (the source of truth at profiling time). */
export function columnTypesSql(dialect: WarehouseSession['dialect']): string {
  return dialect === 'postgres'
    ? `select column_name as column_name, data_type as data_type from information_schema.columns where table_schema = $1 and table_name = $2 order by ordinal_position`
    : `select column_name as column_name, data_type as data_type from information_schema.columns where table_schema = ? and table_name = ? order by ordinal_position`;
}

/** The database's own row estimate (statistics; no scan): -1 / null when never analysed. */
export function rowEstimateSql(dialect: WarehouseSession['dialect']): string {
  return dialect === 'postgres'
    ? `select c.reltuples::float8 as estimate from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and c.relname = $2`
    : `select table_rows as estimate from information_schema.tables where table_schema = ? and table_name = ?`;
}
