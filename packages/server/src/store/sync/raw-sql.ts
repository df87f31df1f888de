import { CompiledQuery, type Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import { canCopy, copyRows } from '../postgres-copy.js';
import type { Database } from '../schema.js';

/**
 * The sync engine's bulk statements are written by hand: multi-row inserts of a thousand rows and set-based
 * updates over staging tables are where a million-row sync spends its time, and building them through the query
 * builder row by row costs more than the database work. Statements are written with `?` placeholders (none of our
 * SQL has a literal `?`) and numbered for PostgreSQL here.
 */
export function toDialectSql(flags: DialectFlags, text: string): string {
  if (flags.parameterStyle === 'question') return text;
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
}

/** Runs one raw statement; returns the affected row count (0 for statements that report none). */
export async function executeSql(
  db: Kysely<Database>,
  flags: DialectFlags,
  text: string,
  parameters: readonly unknown[] = [],
): Promise<number> {
  return executeDialectSql(db, toDialectSql(flags, text), parameters);
}

/** Runs a statement already in the backend's placeholder style. */
async function executeDialectSql(
  db: Kysely<Database>,
  text: string,
  parameters: readonly unknown[],
): Promise<number> {
  const result = await db.executeQuery(CompiledQuery.raw(text, parameters as unknown[]));
  return Number(result.numAffectedRows ?? 0n);
}

/** Runs one raw query and returns its rows. */
export async function selectSql<Row>(
  db: Kysely<Database>,
  flags: DialectFlags,
  text: string,
  parameters: readonly unknown[] = [],
): Promise<Row[]> {
  const result = await db.executeQuery<Row>(CompiledQuery.raw(toDialectSql(flags, text), [...parameters]));
  return result.rows;
}

export interface InsertRowsOptions {
  table: string;
  columns: readonly string[];
  /** One array of values per row, in `columns` order. */
  rows: readonly unknown[][];
  /** Text after VALUES, e.g. `on conflict (id) do update set ...`. */
  conflictClause?: string;
}

/**
 * Inserts rows with multi-row INSERT statements, as many rows per statement as the backend's parameter limit
 * allows; on PostgreSQL, a plain insert (no conflict clause) of {@link copyMinRows} rows or more inside a
 * transaction streams them with COPY instead. Returns the number of rows written.
 */
export async function insertRows(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: InsertRowsOptions,
): Promise<number> {
  if (
    flags.copiesBulkRows &&
    options.conflictClause === undefined &&
    options.rows.length >= copyMinRows() &&
    (await canCopy(db))
  ) {
    return copyRows(db, options);
  }
  const width = options.columns.length;
  const perStatement = Math.max(1, Math.floor(flags.maxParameters / width));
  let written = 0;
  for (let start = 0; start < options.rows.length; start += perStatement) {
    const chunk = options.rows.slice(start, start + perStatement);
    const values: unknown[] = [];
    for (const row of chunk) for (const value of row) values.push(value);
    written += await executeDialectSql(db, insertText(flags, options, chunk.length), values);
  }
  return written;
}

/**
 * Rows an insert must bring before it is streamed with COPY rather than bound as parameters (one more round trip
 * than an INSERT). `SEXTANT_COPY_MIN_ROWS` overrides it: the tests copy a handful of rows, or nothing (`Infinity`).
 */
export function copyMinRows(): number {
  const configured = Number(process.env.SEXTANT_COPY_MIN_ROWS);
  return process.env.SEXTANT_COPY_MIN_ROWS && !Number.isNaN(configured) ? configured : 100;
}

// Full batches repeat the same statement text; building a 30,000-placeholder string once per shape saves CPU.
const insertTexts = new Map<string, string>();

function insertText(flags: DialectFlags, options: InsertRowsOptions, rows: number): string {
  const key = `${flags.parameterStyle}|${options.table}|${options.columns.join(',')}|${rows}|${options.conflictClause ?? ''}`;
  let text = insertTexts.get(key);
  if (text === undefined) {
    const tuple = `(${placeholders(options.columns.length)})`;
    text = toDialectSql(
      flags,
      `insert into ${options.table} (${options.columns.join(',')}) values ${new Array(rows).fill(tuple).join(',')} ${options.conflictClause ?? ''}`,
    );
    if (insertTexts.size > 200) insertTexts.clear();
    insertTexts.set(key, text);
  }
  return text;
}

/** Splits items into pieces a single statement can bind. */
export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

// Full batches repeat the same list; a 2,000-placeholder string is built once per length.
const placeholderLists = new Map<number, string>();

/** `?,?,...` with `count` placeholders, for `in (...)` lists of raw statements. */
export function placeholders(count: number): string {
  let text = placeholderLists.get(count);
  if (text === undefined) {
    text = new Array(count).fill('?').join(',');
    if (placeholderLists.size > 100) placeholderLists.clear();
    placeholderLists.set(count, text);
  }
  return text;
}

/** `col = excluded.col` for each column, for `on conflict ... do update set`. */
export function setFromExcluded(columns: readonly string[]): string {
  return columns.map((column) => `${column} = excluded.${column}`).join(', ');
}
