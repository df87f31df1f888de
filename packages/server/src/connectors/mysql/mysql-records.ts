import type { Resource } from '@sextant/sdk';
import type { ForeignKeyProperty } from '../connector.js';
import { objectId } from '../resource-ids.js';

/*
 * MySQL has one level where PostgreSQL has two: a MySQL "database" is also its "schema" (`CREATE SCHEMA` is a
 * synonym). The catalog's hierarchy is database → schema → table, so each MySQL database becomes a `database`
 * resource with one `schema` child of the same name. Tables then carry `database` = `schema` = the MySQL
 * database, which is what view SQL (`sakila.actor`), dbt-mysql and other sources call them, so names resolve.
 * databuilder_ids are the shared dotted paths (resource-ids.ts): `sakila`, `sakila.sakila`,
 * `sakila.sakila.actor`, `sakila.sakila.actor.actor_id`.
 */

export const databaseId = (database: string) => objectId(database);
export const schemaId = (database: string) => objectId(database, database);
export const tableId = (database: string, table: string) => objectId(database, database, table);
export const columnId = (database: string, table: string, column: string) =>
  objectId(database, database, table, column);

/** The database and its one schema (see the note above). */
export function toDatabaseRecords(database: string): [Resource, Resource] {
  return [
    {
      entity_type: 'database',
      databuilder_id: databaseId(database),
      title: database,
      native_type: 'database',
    },
    {
      entity_type: 'schema',
      databuilder_id: schemaId(database),
      parent_databuilder_id: databaseId(database),
      title: database,
      native_type: 'schema',
      database,
    },
  ];
}

/** A row of `information_schema.TABLES` left-joined with `VIEWS` (see `mysql-catalog-queries.ts`). */
export interface TableRow {
  TABLE_SCHEMA: string;
  TABLE_NAME: string;
  TABLE_TYPE: string;
  TABLE_ROWS: number | string | null;
  DATA_LENGTH: number | string | null;
  INDEX_LENGTH: number | string | null;
  CREATE_TIME: Date | null;
  UPDATE_TIME: Date | null;
  TABLE_COMMENT: string | null;
  VIEW_DEFINITION: string | null;
}

/** `BASE TABLE` → `table`, `VIEW` → `view`, `SYSTEM VIEW`, `SEQUENCE` (MariaDB) lower-cased. */
export function nativeTableType(tableType: string): string {
  return tableType === 'BASE TABLE' ? 'table' : tableType.toLowerCase();
}

export function toTableRecord(row: TableRow, foreignKeys: ForeignKeyProperty[] | undefined): Resource {
  const nativeType = nativeTableType(row.TABLE_TYPE);
  const isView = nativeType === 'view';
  const properties: Record<string, unknown> = {};
  if (foreignKeys && foreignKeys.length > 0) properties.foreign_keys = foreignKeys;
  if (isView && row.VIEW_DEFINITION) properties.view_definition = row.VIEW_DEFINITION;
  const record: Resource = {
    entity_type: 'table',
    databuilder_id: tableId(row.TABLE_SCHEMA, row.TABLE_NAME),
    parent_databuilder_id: schemaId(row.TABLE_SCHEMA),
    title: row.TABLE_NAME,
    database: row.TABLE_SCHEMA,
    schema: row.TABLE_SCHEMA,
    native_type: nativeType,
  };
  // Views carry the comment "VIEW" (MySQL and MariaDB put it there for every view): not a description.
  if (row.TABLE_COMMENT && !isView) record.description = row.TABLE_COMMENT;
  if (!isView) {
    const rows = toCount(row.TABLE_ROWS);
    const data = toCount(row.DATA_LENGTH);
    const index = toCount(row.INDEX_LENGTH);
    if (rows !== undefined) record.row_count = rows;
    if (data !== undefined) record.byte_size = data + (index ?? 0);
  }
  // UPDATE_TIME is the last data change (null until the first one since the server started, for InnoDB);
  // CREATE_TIME the last CREATE or ALTER.
  const updated = row.UPDATE_TIME ?? row.CREATE_TIME;
  if (updated) record.external_updated_at = updated.toISOString();
  if (Object.keys(properties).length > 0) record.properties = properties;
  return record;
}

/** A row of `information_schema.COLUMNS`. */
export interface ColumnRow {
  TABLE_SCHEMA: string;
  TABLE_NAME: string;
  COLUMN_NAME: string;
  ORDINAL_POSITION: number;
  COLUMN_TYPE: string;
  IS_NULLABLE: string;
  COLUMN_DEFAULT: string | null;
  COLUMN_KEY: string;
  EXTRA: string;
  COLUMN_COMMENT: string | null;
}

export function toColumnRecord(row: ColumnRow): Resource {
  const properties: Record<string, unknown> = { is_nullable: row.IS_NULLABLE === 'YES' };
  const columnDefault = describeDefault(row);
  if (columnDefault !== undefined) properties.column_default = columnDefault;
  if (row.EXTRA) properties.extra = row.EXTRA;
  const record: Resource = {
    entity_type: 'column',
    databuilder_id: columnId(row.TABLE_SCHEMA, row.TABLE_NAME, row.COLUMN_NAME),
    parent_databuilder_id: tableId(row.TABLE_SCHEMA, row.TABLE_NAME),
    title: row.COLUMN_NAME,
    type: row.COLUMN_TYPE,
    sort_order: Number(row.ORDINAL_POSITION),
    is_pk: row.COLUMN_KEY === 'PRI',
    native_type: 'column',
    properties,
  };
  if (row.COLUMN_COMMENT) record.description = row.COLUMN_COMMENT;
  return record;
}

/**
 * The default as the server prints it. MariaDB (10.2.7+) prints expressions and quoted literals (`'G'`,
 * `current_timestamp()`) and the word `NULL` for an explicit null default; SQL NULL means "no default". MySQL
 * prints bare literals. Either way the text is kept as given; only "no default" is left out.
 */
function describeDefault(row: ColumnRow): string | undefined {
  if (row.COLUMN_DEFAULT === null) return undefined;
  return String(row.COLUMN_DEFAULT);
}

function toCount(value: number | string | null): number | undefined {
  if (value === null || value === undefined) return undefined;
  const number = Number(value);
  return Number.isSafeInteger(number) && number >= 0 ? number : undefined;
}
