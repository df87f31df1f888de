/*
 * The catalog queries, all on information_schema and all for one database (`TABLE_SCHEMA = ?`): MariaDB and MySQL
 * then open only that database's tables, and each answer is bounded by one database's size. Tables and columns
 * are streamed in name order; foreign keys are read whole per database (they are few per table).
 */

/** Databases the user can see (information_schema lists only those it has some privilege on). */
export const LIST_DATABASES =
  'SELECT SCHEMA_NAME AS name FROM information_schema.SCHEMATA ORDER BY SCHEMA_NAME';

/** MySQL's own databases: never catalogued, whatever the include patterns say. */
export const SYSTEM_DATABASES = new Set(['mysql', 'information_schema', 'performance_schema', 'sys']);

/** Tables and views of one database; a view's definition comes on its row. */
export const LIST_TABLES = `
SELECT t.TABLE_SCHEMA, t.TABLE_NAME, t.TABLE_TYPE, t.TABLE_ROWS, t.DATA_LENGTH, t.INDEX_LENGTH,
       t.CREATE_TIME, t.UPDATE_TIME, t.TABLE_COMMENT, v.VIEW_DEFINITION
FROM information_schema.TABLES t
LEFT JOIN information_schema.VIEWS v
  ON v.TABLE_SCHEMA = t.TABLE_SCHEMA AND v.TABLE_NAME = t.TABLE_NAME
WHERE t.TABLE_SCHEMA = ?
ORDER BY t.TABLE_NAME`;

/** Columns of one database, table by table in ordinal order. */
export const LIST_COLUMNS = `
SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT,
       COLUMN_KEY, EXTRA, COLUMN_COMMENT
FROM information_schema.COLUMNS
WHERE TABLE_SCHEMA = ?
ORDER BY TABLE_NAME, ORDINAL_POSITION`;

/** Foreign keys declared by the tables of one database, one row per column pair. */
export const LIST_FOREIGN_KEYS = `
SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME,
       k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME
FROM information_schema.KEY_COLUMN_USAGE k
JOIN information_schema.REFERENTIAL_CONSTRAINTS r
  ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
 AND r.TABLE_NAME = k.TABLE_NAME
WHERE k.TABLE_SCHEMA = ? AND k.REFERENCED_TABLE_NAME IS NOT NULL
ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION`;

export interface ForeignKeyRow {
  TABLE_NAME: string;
  CONSTRAINT_NAME: string;
  COLUMN_NAME: string;
  REFERENCED_TABLE_SCHEMA: string;
  REFERENCED_TABLE_NAME: string;
  REFERENCED_COLUMN_NAME: string;
}

/** Whether usage can be read: `performance_schema` is a start-up setting, ON or OFF for the server's life. */
export const PERFORMANCE_SCHEMA_STATE = 'SELECT @@GLOBAL.performance_schema AS enabled';

/**
 * Executions per statement digest (normalised text: literals are `?`), with the default database it ran in.
 * The digest table keeps `performance_schema_digests_size` rows (10,000 by default), so it stays small.
 */
export const LIST_STATEMENT_DIGESTS = `
SELECT SCHEMA_NAME, DIGEST_TEXT, COUNT_STAR
FROM performance_schema.events_statements_summary_by_digest
WHERE DIGEST_TEXT IS NOT NULL AND COUNT_STAR > 0`;
