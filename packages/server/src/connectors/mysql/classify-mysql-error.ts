import { classifyConnectionError } from '../classify-connection-error.js';
import type { ConnectionFailure } from '../connector.js';

/**
 * MariaDB error numbers mysql2 has no name for (its table is MySQL's): `max_statement_time` exceeded and a
 * connection killed by `KILL`. Named here so the shared classifier reads them like the rest.
 */
const MARIADB_ERRNO_CODES: Record<number, string> = {
  1927: 'PROTOCOL_CONNECTION_LOST', // ER_CONNECTION_KILLED
  1969: 'ER_STATEMENT_TIMEOUT',
};

/** {@link classifyConnectionError} for mysql2 errors, MariaDB's included. */
export function classifyMysqlError(
  error: unknown,
  where: { host: string; port: number; secrets?: string[] },
): ConnectionFailure {
  const driver = (error ?? {}) as { code?: unknown; errno?: unknown; message?: unknown };
  if (driver.code === 'HANDSHAKE_NO_SSL_SUPPORT') {
    return {
      ...classifyConnectionError(error, where),
      stage: 'tls',
      hint: 'the server does not offer TLS: set ssl to disable, or turn TLS on in the server (ssl_cert, ssl_key)',
    };
  }
  const named = typeof driver.errno === 'number' ? MARIADB_ERRNO_CODES[driver.errno] : undefined;
  if (named && typeof driver.code !== 'string') {
    return classifyConnectionError({ code: named, message: driver.message }, where);
  }
  return classifyConnectionError(error, where);
}

/** Whether a driver error says the user lacks a privilege (on a database, a table, a statement). */
export function isPrivilegeError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === 'ER_DBACCESS_DENIED_ERROR' ||
    code === 'ER_TABLEACCESS_DENIED_ERROR' ||
    code === 'ER_SPECIFIC_ACCESS_DENIED_ERROR' ||
    code === 'ER_ACCESS_DENIED_ERROR'
  );
}
