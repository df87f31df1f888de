import { ConnectorRunError } from '../connectors/classify-connection-error.js';
import { classifyMysqlError } from '../connectors/mysql/classify-mysql-error.js';
import { openMysqlSession } from '../connectors/mysql/mysql-session.js';
import { PgSession } from '../connectors/postgres/pg-session.js';
import type { SqlCredentials } from '../connectors/sql-credentials.js';

export type WarehouseDialect = 'postgres' | 'mysql';

/**
 * One read-only connection to the database that holds a catalogued table, for profiling, monitors and previews.
 * Built on the connectors' sessions: a read-only transaction and the statement timeout are set when it opens, so
 * nothing the quality code sends can write or run for ever. Failures throw `ConnectorRunError` (host, port,
 * reason).
 */
export interface WarehouseSession {
  dialect: WarehouseDialect;
  /** Quotes an identifier for this dialect (`"a"` / `` `a` ``). */
  quote(name: string): string;
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function openWarehouseSession(
  dialect: WarehouseDialect,
  credentials: SqlCredentials,
  options: { database: string; statementTimeoutMs?: number | undefined },
): Promise<WarehouseSession> {
  const limited = options.statementTimeoutMs
    ? { ...credentials, statement_timeout_ms: options.statementTimeoutMs }
    : credentials;
  return dialect === 'postgres'
    ? openPostgres(limited, options.database)
    : openMysql(limited, options.database);
}

async function openPostgres(credentials: SqlCredentials, database: string): Promise<WarehouseSession> {
  const session = await PgSession.open(credentials, database, { timeoutMs: 10_000 });
  return {
    dialect: 'postgres',
    quote: (name) => `"${name.replaceAll('"', '""')}"`,
    rows: <T>(sql: string, params: unknown[] = []) => session.query(sql, params) as unknown as Promise<T[]>,
    close: () => session.close(),
  };
}

async function openMysql(credentials: SqlCredentials, database: string): Promise<WarehouseSession> {
  const where = { host: credentials.host, port: credentials.port, secrets: [credentials.password] };
  const session = await openMysqlSession(credentials, { database, timeoutMs: 10_000 }).catch((error) => {
    throw new ConnectorRunError(classifyMysqlError(error, where));
  });
  return {
    dialect: 'mysql',
    quote: (name) => `\`${name.replaceAll('`', '``')}\``,
    async rows<T>(sql: string, params: unknown[] = []) {
      try {
        return await session.rows<T>(sql, params);
      } catch (error) {
        throw new ConnectorRunError(classifyMysqlError(error, where));
      }
    },
    close: () => session.close(),
  };
}
