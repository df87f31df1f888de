import { ConnectorRunError } from '../classify-connection-error.js';
import type { ConnectionTestResult, ConnectorCallOptions, ConnectorWarning } from '../connector.js';
import { isSchemaSelected, type SqlCredentials } from '../sql-credentials.js';
import {
  CURRENT_DATABASE,
  LIST_DATABASES,
  LIST_SCHEMAS,
  QUERY_HISTORY_PREREQUISITES,
} from './catalog-queries.js';
import { PgSession } from './pg-session.js';

/**
 * Connects to every configured database (or `postgres` when none is given) the way a run does, and says what
 * fails and how to fix it: DNS, refused, timeout, TLS, authentication, missing database, missing privileges.
 * Schemas without USAGE and missing query-history prerequisites are warnings; no readable schema at all is a
 * `privileges` failure listing the grants needed.
 */
export async function testPostgresConnection(
  credentials: SqlCredentials,
  options: ConnectorCallOptions = {},
): Promise<ConnectionTestResult> {
  const targets = credentials.databases.length > 0 ? credentials.databases : ['postgres'];
  const warnings: ConnectorWarning[] = [];
  let serverVersion = '';
  let databases: string[] = [];
  for (const database of targets) {
    let session: PgSession;
    try {
      session = await PgSession.open(credentials, database, {
        timeoutMs: options.timeoutMs ?? 10_000,
        signal: options.signal,
      });
    } catch (error) {
      if (error instanceof ConnectorRunError)
        return { ok: false, failure: withGrants(error, credentials, database) };
      throw error;
    }
    try {
      const [current] = await session.query<{ server_version: string }>(CURRENT_DATABASE);
      serverVersion = current!.server_version;
      if (databases.length === 0)
        databases = (await session.query<{ name: string }>(LIST_DATABASES)).map((row) => row.name);
      const schemas = (await session.query<{ name: string; is_readable: boolean }>(LIST_SCHEMAS)).filter(
        (schema) => isSchemaSelected(schema.name, credentials),
      );
      const unreadable = schemas.filter((schema) => !schema.is_readable);
      if (schemas.length > 0 && unreadable.length === schemas.length) {
        return {
          ok: false,
          failure: {
            stage: 'privileges',
            host: credentials.host,
            port: credentials.port,
            message: `user ${credentials.user} may not use any schema of database ${database}`,
            hint: 'grant USAGE on the schemas and SELECT on their tables',
            grants_needed: unreadable.flatMap((schema) => schemaGrants(schema.name, credentials.user)),
          },
        };
      }
      for (const schema of unreadable) {
        warnings.push({
          code: 'schema_not_readable',
          message: `schema ${database}.${schema.name} will be skipped: no USAGE (GRANT USAGE ON SCHEMA "${schema.name}" TO "${credentials.user}";)`,
          object: `${database}.${schema.name}`,
        });
      }
      if (credentials.query_history) warnings.push(...(await checkQueryHistory(session, database)));
    } catch (error) {
      if (error instanceof ConnectorRunError) return { ok: false, failure: error.failure };
      throw error;
    } finally {
      await session.close();
    }
  }
  return { ok: true, server_version: serverVersion, databases, warnings };
}

async function checkQueryHistory(session: PgSession, database: string): Promise<ConnectorWarning[]> {
  const [check] = await session.query<{
    has_extension: boolean;
    has_read_all_stats: boolean;
    user_name: string;
  }>(QUERY_HISTORY_PREREQUISITES);
  const warnings: ConnectorWarning[] = [];
  if (!check!.has_extension) {
    warnings.push({
      code: 'query_history_unavailable',
      message: `pg_stat_statements is not installed in ${database}: add it to shared_preload_libraries, restart, then CREATE EXTENSION pg_stat_statements;`,
      object: database,
    });
  }
  if (!check!.has_read_all_stats) {
    warnings.push({
      code: 'query_history_unavailable',
      message: `user ${check!.user_name} cannot read other users' statements: GRANT pg_read_all_stats TO "${check!.user_name}";`,
      object: database,
    });
  }
  return warnings;
}

function withGrants(error: ConnectorRunError, credentials: SqlCredentials, database: string) {
  if (error.failure.stage !== 'privileges') return error.failure;
  return {
    ...error.failure,
    grants_needed: [`GRANT CONNECT ON DATABASE "${database}" TO "${credentials.user}";`],
  };
}

function schemaGrants(schema: string, user: string): string[] {
  return [
    `GRANT USAGE ON SCHEMA "${schema}" TO "${user}";`,
    `GRANT SELECT ON ALL TABLES IN SCHEMA "${schema}" TO "${user}";`,
  ];
}
