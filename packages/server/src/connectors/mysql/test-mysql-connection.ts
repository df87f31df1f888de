import type { ConnectionTestResult, ConnectorCallOptions, ConnectorWarning } from '../connector.js';
import { isSchemaSelected, type SqlCredentials } from '../sql-credentials.js';
import { classifyMysqlError } from './classify-mysql-error.js';
import { LIST_DATABASES, SYSTEM_DATABASES } from './mysql-catalog-queries.js';
import { mysqlGrantsNeeded } from './mysql-grants.js';
import { type MysqlSession, openMysqlSession } from './mysql-session.js';
import { readMysqlUsage } from './mysql-usage.js';
import { probeDatabase } from './probe-database.js';

/**
 * Tries what a run does, stage by stage, and stops at the first failure with what to do about it: connect (DNS,
 * refused, timeout, TLS, authentication), each named database (missing, not allowed), something to read
 * (privileges, with the GRANT statements), view definitions (SHOW VIEW) and, with `query_history`,
 * performance_schema (warnings: a run works without them).
 */
export async function testMysqlConnection(
  credentials: SqlCredentials,
  options: ConnectorCallOptions = {},
): Promise<ConnectionTestResult> {
  const where = { host: credentials.host, port: credentials.port, secrets: [credentials.password] };
  let session: MysqlSession | undefined;
  try {
    session = await openMysqlSession(credentials, {
      signal: options.signal,
      timeoutMs: options.timeoutMs ?? 10_000,
    });
    for (const database of credentials.databases) {
      const failure = await checkNamedDatabase(session, database, credentials);
      if (failure) return failure;
    }
    const visible = (await session.rows<{ name: string }>(LIST_DATABASES)).map((row) => row.name);
    const databases = visible.filter(
      (name) =>
        !SYSTEM_DATABASES.has(name.toLowerCase()) &&
        (credentials.databases.length === 0 || credentials.databases.includes(name)) &&
        isSchemaSelected(name, credentials),
    );
    if (databases.length === 0) return nothingToRead(credentials, visible);
    const warnings: ConnectorWarning[] = [];
    const hidden = await countHiddenViews(session, databases);
    if (hidden.length > 0) {
      warnings.push({
        code: 'view_definition_not_readable',
        message: `${hidden.length} view definition(s) are hidden from this user (first: ${hidden[0]}), so those views get no lineage. Fix: GRANT SHOW VIEW ON each database.`,
        object: hidden[0],
      });
    }
    if (credentials.query_history) await readMysqlUsage(session, (warning) => warnings.push(warning));
    return { ok: true, server_version: session.version, databases, warnings };
  } catch (error) {
    return { ok: false, failure: classifyMysqlError(error, where) };
  } finally {
    await session?.close();
  }
}

/** A named database that does not exist fails the test (and a run); one the user may not use, too. */
async function checkNamedDatabase(
  session: MysqlSession,
  database: string,
  credentials: SqlCredentials,
): Promise<ConnectionTestResult | undefined> {
  const access = await probeDatabase(session, database);
  if (access === 'readable') return undefined;
  const where = { host: credentials.host, port: credentials.port };
  if (access === 'missing') {
    return {
      ok: false,
      failure: {
        stage: 'database',
        ...where,
        message: `Unknown database '${database}'`,
        hint: `the database ${database} does not exist: check its name (case-sensitive)`,
      },
    };
  }
  return {
    ok: false,
    failure: {
      stage: 'privileges',
      ...where,
      message: `user ${credentials.user} has no privilege on database ${database}`,
      hint: 'grant the user read access to the database (the statements below)',
      grants_needed: mysqlGrantsNeeded(credentials, [database]),
    },
  };
}

function nothingToRead(credentials: SqlCredentials, visible: string[]): ConnectionTestResult {
  const user = visible.filter((name) => !SYSTEM_DATABASES.has(name.toLowerCase()));
  const message =
    user.length === 0
      ? `user ${credentials.user} sees no database: it has no privilege on any`
      : `none of the databases this user sees (${user.join(', ')}) matches the database list and the schema patterns`;
  return {
    ok: false,
    failure: {
      stage: 'privileges',
      host: credentials.host,
      port: credentials.port,
      message,
      hint:
        user.length === 0
          ? 'grant the user SELECT and SHOW VIEW on the databases to catalogue'
          : 'check the database list and schema_include / schema_exclude',
      grants_needed: mysqlGrantsNeeded(
        credentials,
        credentials.databases.length > 0 ? credentials.databases : ['your_database'],
      ),
    },
  };
}

/** Views of the selected databases whose definition information_schema hides (no SHOW VIEW), as `db.view`. */
async function countHiddenViews(session: MysqlSession, databases: string[]): Promise<string[]> {
  const rows = await session.rows<{ name: string }>(
    `SELECT CONCAT(TABLE_SCHEMA, '.', TABLE_NAME) AS name FROM information_schema.VIEWS
     WHERE TABLE_SCHEMA IN (?) AND (VIEW_DEFINITION IS NULL OR VIEW_DEFINITION = '') ORDER BY 1`,
    [databases],
  );
  return rows.map((row) => row.name);
}
