import { ConnectorRunError } from '../classify-connection-error.js';
import type {
  ConnectionFailure,
  ConnectorCallOptions,
  ConnectorSink,
  ForeignKeyProperty,
} from '../connector.js';
import { isSchemaSelected, type SqlCredentials } from '../sql-credentials.js';
import { classifyMysqlError } from './classify-mysql-error.js';
import {
  type ForeignKeyRow,
  LIST_COLUMNS,
  LIST_DATABASES,
  LIST_FOREIGN_KEYS,
  LIST_TABLES,
  SYSTEM_DATABASES,
} from './mysql-catalog-queries.js';
import { mysqlGrantsNeeded } from './mysql-grants.js';
import {
  type ColumnRow,
  nativeTableType,
  type TableRow,
  tableId,
  toColumnRecord,
  toDatabaseRecords,
  toTableRecord,
} from './mysql-records.js';
import { type MysqlSession, openMysqlSession } from './mysql-session.js';
import { readMysqlUsage, type TableUsage, usageKey } from './mysql-usage.js';
import { declareMysqlViewLineage, MysqlRelationIndex } from './mysql-view-lineage.js';
import { probeDatabase } from './probe-database.js';

/**
 * Reads a MySQL or MariaDB server's catalog into `sink`, database by database, in one read-only transaction:
 * databases → tables and views (row estimate, size, last change, comments, foreign keys, view definitions) →
 * columns, then each view's lineage. Usage comes from performance_schema when `query_history` is on. Failing
 * to connect, or losing the connection, throws a {@link ConnectorRunError} naming host, port and reason.
 */
export async function extractMysql(
  credentials: SqlCredentials,
  sink: ConnectorSink,
  options: ConnectorCallOptions = {},
): Promise<void> {
  const where = { host: credentials.host, port: credentials.port, secrets: [credentials.password] };
  let session: MysqlSession | undefined;
  try {
    session = await openMysqlSession(credentials, { signal: options.signal, timeoutMs: options.timeoutMs });
    const databases = await selectDatabases(session, credentials, sink);
    const usage = credentials.query_history ? await readMysqlUsage(session, (w) => sink.warn(w)) : new Map();
    const context: RunContext = { sink, usage, relations: new MysqlRelationIndex(), views: [] };
    let done = 0;
    for (const database of databases) {
      sink.progress?.({ stage: 'databases', done, total: databases.length });
      await extractDatabase(session, database, context);
      done += 1;
    }
    sink.progress?.({ stage: 'databases', done, total: databases.length });
    await declareViewLineage(context);
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason ?? error;
    if (error instanceof ConnectorRunError) throw error;
    throw new ConnectorRunError(classifyMysqlError(error, where));
  } finally {
    await session?.close();
  }
}

/**
 * The databases to read: those the user sees, minus MySQL's own, narrowed by `database` (when given) and the
 * include/exclude patterns. A database the user may not read is a warning naming it; a database named in
 * `database` that does not exist fails the run (reading nothing would stale its whole catalog).
 */
async function selectDatabases(
  session: MysqlSession,
  credentials: SqlCredentials,
  sink: ConnectorSink,
): Promise<string[]> {
  const named = new Set(credentials.databases);
  const candidates =
    named.size > 0
      ? [...named]
      : (await session.rows<{ name: string }>(LIST_DATABASES)).map((row) => row.name);
  const selected = candidates.filter(
    (name) => !SYSTEM_DATABASES.has(name.toLowerCase()) && isSchemaSelected(name, credentials),
  );
  const readable: string[] = [];
  const refused: string[] = [];
  for (const name of selected) {
    const access = await probeDatabase(session, name);
    if (access === 'missing') {
      throw Object.assign(new Error(`Unknown database '${name}'`), { code: 'ER_BAD_DB_ERROR' });
    }
    if (access === 'readable') readable.push(name);
    else refused.push(name);
  }
  if (readable.length === 0) throw new ConnectorRunError(nothingReadable(credentials, refused));
  for (const name of refused) sink.warn(databaseNotReadable(name));
  return readable.sort();
}

/**
 * A run that could read no database fails rather than succeed empty, which would stale the whole catalog of
 * the integration because of a typo or a revoked grant. MySQL answers "access denied" for a database the user
 * has no privilege on whether it exists or not, so a named database is reported as missing or not allowed.
 */
function nothingReadable(credentials: SqlCredentials, refused: string[]): ConnectionFailure {
  const where = { host: credentials.host, port: credentials.port };
  if (refused.length > 0) {
    return {
      stage: credentials.databases.length > 0 ? 'database' : 'privileges',
      ...where,
      message: `database ${refused.join(', ')} does not exist or user ${credentials.user} may not read it`,
      hint: 'check the database names, and grant the user SELECT and SHOW VIEW on them (docs/connectors.md)',
      grants_needed: mysqlGrantsNeeded(credentials, refused),
    };
  }
  return {
    stage: 'privileges',
    ...where,
    message: `no database to read: user ${credentials.user} sees none that the database list and schema patterns select`,
    hint: 'check schema_include / schema_exclude, and grant the user SELECT and SHOW VIEW on the databases',
  };
}

function databaseNotReadable(database: string) {
  return {
    code: 'schema_not_readable',
    message: `database ${database}: this user may not read it, so it was not catalogued. Fix: GRANT SELECT, SHOW VIEW ON \`${database}\`.* TO the connector's user.`,
    object: database,
  };
}

/**
 * What a run keeps while it streams: the column names of every table and the definition of every view, because
 * a view may read any table of the run (in any database) and its lineage needs their columns. Records themselves
 * stream through; a database's foreign keys are held only while that database is read.
 */
interface RunContext {
  sink: ConnectorSink;
  usage: TableUsage;
  relations: MysqlRelationIndex;
  views: Array<{ database: string; name: string; definition: string }>;
}

/** One database: its records, its tables and views, their columns. */
async function extractDatabase(session: MysqlSession, database: string, context: RunContext): Promise<void> {
  const { sink } = context;
  for (const record of toDatabaseRecords(database)) await sink.emit(record);
  const foreignKeys = groupForeignKeys(await session.rows<ForeignKeyRow>(LIST_FOREIGN_KEYS, [database]));
  for await (const row of session.stream<TableRow>(LIST_TABLES, [database])) {
    const record = toTableRecord(row, foreignKeys.get(row.TABLE_NAME));
    const usage = context.usage.get(usageKey(database, row.TABLE_NAME));
    if (usage !== undefined) record.external_usage = usage;
    await sink.emit(record);
    if (nativeTableType(row.TABLE_TYPE) !== 'view') continue;
    if (row.VIEW_DEFINITION)
      context.views.push({ database, name: row.TABLE_NAME, definition: row.VIEW_DEFINITION });
    else sink.warn(viewDefinitionHidden(database, row.TABLE_NAME));
  }
  await streamColumns(session, database, context);
}

/** Each view's lineage, once every table of the run is known. */
async function declareViewLineage(context: RunContext): Promise<void> {
  for (const view of context.views) {
    const { lineages, warnings } = declareMysqlViewLineage({
      database: view.database,
      view: view.name,
      definition: view.definition,
      relations: context.relations,
    });
    for (const lineage of lineages) await context.sink.emit(lineage);
    for (const warning of warnings) context.sink.warn(warning);
  }
}

/** Emits every column of the database and records each table's column names for view lineage. */
async function streamColumns(
  session: MysqlSession,
  database: string,
  context: { sink: ConnectorSink; relations: MysqlRelationIndex },
): Promise<void> {
  let table: string | undefined;
  let columns: string[] = [];
  for await (const row of session.stream<ColumnRow>(LIST_COLUMNS, [database])) {
    if (row.TABLE_NAME !== table) {
      if (table !== undefined) context.relations.addTable(database, table, columns);
      table = row.TABLE_NAME;
      columns = [];
    }
    columns.push(row.COLUMN_NAME);
    await context.sink.emit(toColumnRecord(row));
  }
  if (table !== undefined) context.relations.addTable(database, table, columns);
}

/** Foreign-key rows (one per column pair, in order) → the property of each referencing table. */
export function groupForeignKeys(rows: ForeignKeyRow[]): Map<string, ForeignKeyProperty[]> {
  const byTable = new Map<string, ForeignKeyProperty[]>();
  for (const row of rows) {
    const keys = byTable.get(row.TABLE_NAME) ?? [];
    byTable.set(row.TABLE_NAME, keys);
    let key = keys.find((candidate) => candidate.name === row.CONSTRAINT_NAME);
    if (!key) {
      const referenced = { database: row.REFERENCED_TABLE_SCHEMA, table: row.REFERENCED_TABLE_NAME };
      key = {
        name: row.CONSTRAINT_NAME,
        columns: [],
        references: {
          database: referenced.database,
          schema: referenced.database,
          table: referenced.table,
          columns: [],
          databuilder_id: tableId(referenced.database, referenced.table),
        },
      };
      keys.push(key);
    }
    key.columns.push(row.COLUMN_NAME);
    key.references.columns.push(row.REFERENCED_COLUMN_NAME);
  }
  return byTable;
}

function viewDefinitionHidden(database: string, view: string) {
  return {
    code: 'view_definition_not_readable',
    message: `view ${database}.${view}: its definition is hidden from this user, so it has no lineage. Fix: GRANT SHOW VIEW ON \`${database}\`.* TO the connector's user.`,
    object: `${database}.${view}`,
  };
}
