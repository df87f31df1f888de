import { ConnectorRunError } from '../classify-connection-error.js';
import type { Connector } from '../connector.js';
import { parseSqlCredentials, type SqlCredentials, sqlConnectionFields } from '../sql-credentials.js';
import { LIST_DATABASES } from './catalog-queries.js';
import { extractDatabase } from './extract-database.js';
import { PgSession } from './pg-session.js';
import { testPostgresConnection } from './test-connection.js';

const DEFAULT_PORT = 5432;

/**
 * The built-in PostgreSQL connector: databases → schemas → tables, views, materialized views, foreign and
 * partitioned tables → columns, with comments, sizes, row estimates, foreign keys, view lineage and (optionally)
 * query-history lineage and usage from pg_stat_statements. Read-only sessions; see docs/connectors.md.
 */
export const postgresConnector: Connector<SqlCredentials> = {
  type: 'postgres',
  aliases: ['postgresql'],
  label: 'PostgreSQL',
  fields: sqlConnectionFields({
    defaultPort: DEFAULT_PORT,
    databaseHelp: 'one database or a list; empty reads every database the user may connect to',
  }),
  parseCredentials: (raw) => parseSqlCredentials(raw, { defaultPort: DEFAULT_PORT }),
  testConnection: (credentials, options) => testPostgresConnection(credentials, options),
  async extract(credentials, sink, options = {}) {
    for (const database of await databasesOf(credentials, options.signal)) {
      const session = await PgSession.open(credentials, database, { signal: options.signal });
      try {
        await extractDatabase(session, credentials, sink, options.signal);
      } finally {
        await session.close();
      }
    }
  },
};

/** The configured databases, or every database the user may connect to. */
async function databasesOf(credentials: SqlCredentials, signal: AbortSignal | undefined): Promise<string[]> {
  if (credentials.databases.length > 0) return credentials.databases;
  const session = await PgSession.open(credentials, 'postgres', { signal });
  try {
    const rows = await session.query<{ name: string }>(LIST_DATABASES);
    return rows.map((row) => row.name);
  } catch (error) {
    if (error instanceof ConnectorRunError) throw error;
    throw error;
  } finally {
    await session.close();
  }
}
