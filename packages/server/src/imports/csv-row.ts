import { NUL_MESSAGE } from '../sync/prepared-record.js';

/** One CSV line, checked and converted (compat §4). */
export interface CsvRow {
  database: string;
  schema: string;
  name: string;
  /** Lower-cased; empty for a table-only row. */
  column: string;
  columnDescription: string | null;
  columnType: string | null;
  /** `0` means "alphabetical": no explicit position. */
  sortOrder: number | null;
  description: string | null;
  isView: boolean;
  lastUpdated: string | null;
}

type RowProblem = { field: string; message: string };

/** Converts one data line by header name; every bad field is reported, named by its CSV column. */
export function readCsvRow(
  header: string[],
  record: string[],
  maxFieldBytes = Number.POSITIVE_INFINITY,
): { row: CsvRow } | { problems: RowProblem[] } {
  const tooLong = header.filter((_, i) => isLongerThan(record[i] ?? '', maxFieldBytes));
  if (tooLong.length > 0) {
    const message = `is longer than ${maxFieldBytes} bytes (SEXTANT_IMPORT_MAX_FIELD_BYTES)`;
    return { problems: tooLong.map((field) => ({ field, message })) };
  }
  // PostgreSQL text cannot hold NUL: refused by CSV column name, as the sync engine would by resource field.
  const withNul = header.filter((_, i) => record[i]?.includes('\u0000'));
  if (withNul.length > 0) return { problems: withNul.map((field) => ({ field, message: NUL_MESSAGE })) };
  const cell = (name: string): string => {
    const index = header.indexOf(name);
    return index < 0 ? '' : (record[index] ?? '').trim();
  };
  const problems: RowProblem[] = [];
  const name = (field: string, required: boolean): string => {
    const value = cell(field);
    if (required && value === '') problems.push({ field, message: 'is required' });
    if (value.includes('.')) problems.push({ field, message: `must not contain "." (got "${value}")` });
    return value;
  };
  const row: CsvRow = {
    database: name('database', true),
    schema: name('schema', true),
    name: name('name', true),
    column: name('col_name', false).toLowerCase(),
    columnDescription: cell('col_description') || null,
    columnType: cell('col_type') || null,
    sortOrder: sortOrderOf(cell('sort_order') || cell('col_sort_order'), problems),
    description: cell('description') || null,
    isView: isViewOf(cell('is_view'), problems),
    lastUpdated: lastUpdatedOf(cell('last_updated_time'), problems),
  };
  return problems.length > 0 ? { problems } : { row };
}

/** The values every row of one table must repeat identically. */
export function tableLevelValues(row: CsvRow): unknown[] {
  return [row.description, row.isView, row.lastUpdated];
}

export function csvTableKey(row: Pick<CsvRow, 'database' | 'schema' | 'name'>): string {
  return `${row.database}.${row.schema}.${row.name}`;
}

function sortOrderOf(text: string, problems: RowProblem[]): number | null {
  if (text === '') return null;
  if (!/^\d+$/.test(text)) {
    problems.push({ field: 'sort_order', message: `must be a whole number (got "${text}")` });
    return null;
  }
  const value = Number(text);
  return value === 0 ? null : value;
}

function isViewOf(text: string, problems: RowProblem[]): boolean {
  const value = text.toLowerCase();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  problems.push({ field: 'is_view', message: `must be true or false (got "${text}")` });
  return false;
}

function lastUpdatedOf(text: string, problems: RowProblem[]): string | null {
  if (text === '' || text === 'None') return null;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds < 0) {
    problems.push({
      field: 'last_updated_time',
      message: `must be Unix epoch seconds or empty (got "${text}")`,
    });
    return null;
  }
  return new Date(seconds * 1000).toISOString();
}

function isLongerThan(text: string, bytes: number): boolean {
  // A UTF-16 code unit is at most 3 UTF-8 bytes: most cells are decided without measuring.
  return text.length > bytes || (text.length * 3 > bytes && Buffer.byteLength(text) > bytes);
}
