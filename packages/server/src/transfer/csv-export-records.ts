import { createReadStream } from 'node:fs';
import { type Info, parse } from 'csv-parse';
import { InputError } from '../errors/index.js';
import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/time.js';
import { CSV_EXPORT_COLUMNS } from './export-catalog.js';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-records.js';
import type { CatalogImportSource } from './import-catalog.js';

/** The first line of a CSV export, up to its custom property columns. */
export const CSV_EXPORT_HEADER = CSV_EXPORT_COLUMNS.join(',');
const CUSTOM = 'custom:';
const LIST_SEPARATOR = '; ';
const BOOLEAN_COLUMNS = ['pii', 'verified', 'published', 'stale', 'archived'] as const;

type Row = Record<string, string>;
type Fail = (message: string, field?: string) => never;

/** What the whole CSV names, gathered by a first pass: the records an import needs before the resources. */
interface Names {
  owners: Set<string>;
  teams: Set<string>;
  tags: Set<string>;
  properties: Set<string>;
  integrations: Set<string>;
}

/**
 * A CSV catalog export (`sextant export --format csv`) as the records of a JSONL export, for `importCatalog`. The
 * CSV holds one row per resource and no more: users, teams, tags, custom properties and integrations are made from
 * the names its rows use (owners that are emails become users without a password; integrations are `custom`
 * ones named after their id), and it carries no lineage. The file is read twice (names first, then rows), so
 * memory holds the names, not the rows. Errors name the CSV's line and column.
 */
export function csvExportSource(path: string, name: string): CatalogImportSource {
  /** line of the converted records → line of the CSV (resources only; the others are made up). */
  const csvLineOf = new Map<number, number>();
  return {
    name,
    lines: convertedLines(path, name, csvLineOf),
    locate: (line) => ({ file: name, line: csvLineOf.get(line) ?? 1 }),
  };
}

async function* convertedLines(
  path: string,
  file: string,
  csvLineOf: Map<number, number>,
): AsyncGenerator<string> {
  const names: Names = {
    owners: new Set(),
    teams: new Set(),
    tags: new Set(),
    properties: new Set(),
    integrations: new Set(),
  };
  for await (const { row, fail } of csvRows(path, file)) collectNames(row, names, fail);
  let line = 0;
  const emit = (record: Record<string, unknown>, csvLine?: number) => {
    line += 1;
    if (csvLine !== undefined) csvLineOf.set(line, csvLine);
    return JSON.stringify(record);
  };
  const now = nowIso();
  yield emit({ record: 'header', format: EXPORT_FORMAT, version: EXPORT_VERSION, exported_at: now });
  for (const email of [...names.owners].filter(isEmail).sort())
    yield emit({ record: 'user', email, name: '', role: 'viewer' });
  const named = (kind: string, values: Set<string>, extra: Record<string, unknown> = {}) =>
    [...values]
      .sort()
      .map((value) =>
        emit({ record: kind, id: newId(), name: value, created_at: now, updated_at: now, ...extra }),
      );
  yield* named('team', names.teams);
  yield* named('tag', names.tags);
  yield* named('custom_property', names.properties, { value_type: 'text' });
  for (const id of [...names.integrations].sort()) {
    const integration = {
      id,
      name: `Imported integration ${id}`,
      type: 'custom',
      created_at: now,
      updated_at: now,
    };
    yield emit({ record: 'integration', ...integration });
  }
  for await (const { row, line: csvLine, fail } of csvRows(path, file))
    yield emit({ record: 'resource', ...resourceOf(row, fail) }, csvLine);
}

/** The CSV's rows as column → text, each with its line and a `fail` naming that line. */
async function* csvRows(path: string, file: string): AsyncGenerator<{ row: Row; line: number; fail: Fail }> {
  const parser = createReadStream(path).pipe(parse({ bom: true, info: true, skip_empty_lines: true }));
  let header: string[] | undefined;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      const line = info.lines;
      const fail: Fail = (message, field) => {
        throw new InputError(
          'validation_failed',
          `${file}:${line}${field ? ` (${field})` : ''}: ${message}`,
          {
            file,
            line,
            ...(field ? { field } : {}),
          },
        );
      };
      if (!header) {
        header = checkHeader(record, fail);
        continue;
      }
      yield { row: Object.fromEntries(header.map((column, i) => [column, record[i] ?? ''])), line, fail };
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('validation_failed', `${file}: not a readable CSV (${(error as Error).message})`, {
      file,
    });
  } finally {
    parser.destroy();
  }
  if (!header)
    throw new InputError('validation_failed', `${file}: empty file, not a catalog export`, { file });
}

function checkHeader(columns: string[], fail: Fail): string[] {
  const fixed = columns.slice(0, CSV_EXPORT_COLUMNS.length);
  if (fixed.join(',') !== CSV_EXPORT_HEADER)
    fail(`not a Sextant CSV export: the header must start with ${CSV_EXPORT_HEADER}`);
  for (const column of columns.slice(CSV_EXPORT_COLUMNS.length)) {
    if (!column.startsWith(CUSTOM) || column.length === CUSTOM.length)
      fail(
        `unknown column "${column}" (after the fixed columns come custom:<property name> columns)`,
        column,
      );
  }
  return columns;
}

function collectNames(row: Row, names: Names, fail: Fail): void {
  requireCell(row, 'id', fail);
  requireCell(row, 'entity_type', fail);
  for (const owner of listOf(row.owners)) names.owners.add(owner);
  for (const team of listOf(row.teams)) names.teams.add(team);
  for (const tag of listOf(row.tags)) names.tags.add(tag);
  if (row.integration_id) names.integrations.add(row.integration_id);
  for (const [column, value] of Object.entries(row))
    if (column.startsWith(CUSTOM) && value !== '') names.properties.add(column.slice(CUSTOM.length));
}

/** A resource record as the JSONL import takes it; every row has the same keys (they are inserted in batches). */
function resourceOf(row: Row, fail: Fail): Record<string, unknown> {
  const updatedAt = row.updated_at === '' ? nowIso() : row.updated_at!;
  if (Number.isNaN(Date.parse(updatedAt))) fail('updated_at must be an ISO date', 'updated_at');
  const flags = Object.fromEntries(
    BOOLEAN_COLUMNS.map((column) => [column, flagOf(row[column]!, column, fail)]),
  );
  const customProperties: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row))
    if (column.startsWith(CUSTOM) && value !== '')
      customProperties[column.slice(CUSTOM.length)] = propertyValueOf(value);
  return {
    id: row.id,
    entity_type: row.entity_type,
    title: row.title,
    title_full: row.title_full,
    ...addressOf(row.entity_type!, row.title_full!),
    description: row.description,
    integration_id: row.integration_id || null,
    parent_id: row.parent_id || null,
    owners: listOf(row.owners),
    teams: listOf(row.teams),
    tags: listOf(row.tags),
    ...flags,
    stale_at: flags.stale ? updatedAt : null,
    archived_at: flags.archived ? updatedAt : null,
    url: row.url || null,
    created_at: updatedAt,
    updated_at: updatedAt,
    custom_properties: customProperties,
  };
}

/** Database and schema names of tables and columns, from their `db.schema.table[.column]` path. */
function addressOf(
  entityType: string,
  titleFull: string,
): { database_name: string | null; schema_name: string | null } {
  const parts = titleFull.split('.');
  const known =
    (entityType === 'table' && parts.length === 3) || (entityType === 'column' && parts.length >= 4);
  return known
    ? { database_name: parts[0]!, schema_name: parts[1]! }
    : { database_name: null, schema_name: null };
}

function flagOf(text: string, column: string, fail: Fail): 0 | 1 {
  const value = text.trim().toLowerCase();
  if (value === '1' || value === 'true') return 1;
  if (value === '0' || value === 'false' || value === '') return 0;
  return fail(`${column} must be 0, 1, true or false, not "${text}"`, column);
}

/** A custom property's cell: JSON objects and arrays as written by the export, anything else as text. */
function propertyValueOf(text: string): unknown {
  if (/^[[{]/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

function listOf(text: string | undefined): string[] {
  return (text ?? '')
    .split(LIST_SEPARATOR.trim())
    .map((item) => item.trim())
    .filter(Boolean);
}

function requireCell(row: Row, column: string, fail: Fail): void {
  if (!row[column]) fail(`${column} must not be empty`, column);
}

function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(value);
}
