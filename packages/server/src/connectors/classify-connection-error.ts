import { UnavailableError } from '../errors/index.js';
import type { ConnectionFailure, FailureStage } from './connector.js';

/** What a driver error looks like: Node's socket errors, `pg`'s SQLSTATE codes and `mysql2`'s error names. */
interface DriverError {
  code?: unknown;
  errno?: unknown;
  message?: unknown;
  routine?: unknown;
}

interface Classification {
  stage: FailureStage;
  hint: (where: { host: string; port: number }) => string;
}

const by = (stage: FailureStage, hint: Classification['hint']): Classification => ({ stage, hint });

// Keys are Node socket codes, PostgreSQL SQLSTATEs and MySQL error names (mysql2 puts them in `code`).
const CLASSIFICATIONS: Record<string, Classification> = {
  ENOTFOUND: by('dns', ({ host }) => `the host name "${host}" does not resolve: check the spelling and DNS`),
  EAI_AGAIN: by('dns', ({ host }) => `the host name "${host}" could not be resolved right now: check DNS`),
  ECONNREFUSED: by(
    'refused',
    ({ host, port }) =>
      `nothing accepts connections on ${host}:${port}: check that the server runs and listens on that address and port`,
  ),
  EHOSTUNREACH: by('refused', ({ host }) => `no route to ${host}: check the network and firewalls`),
  ENETUNREACH: by('refused', ({ host }) => `no route to ${host}: check the network and firewalls`),
  ETIMEDOUT: by(
    'timeout',
    ({ host, port }) =>
      `${host}:${port} did not answer in time: check firewalls and security groups allow this machine`,
  ),
  ECONNRESET: by('connection_lost', () => 'the server closed the connection: check its logs'),
  EPIPE: by('connection_lost', () => 'the server closed the connection: check its logs'),
  // PostgreSQL
  '28P01': by('authentication', () => 'wrong user name or password'),
  '28000': by(
    'authentication',
    () => 'the server refused this user from this address: check pg_hba.conf and the user name',
  ),
  '3D000': by('database', () => 'the database does not exist: check its name (names are case-sensitive)'),
  '42501': by('privileges', () => 'the user lacks a privilege: see docs/connectors.md for the grants'),
  '57014': by(
    'statement_timeout',
    () => 'a catalog query ran past the statement timeout: raise statement_timeout_ms or narrow the schemas',
  ),
  '57P01': by('connection_lost', () => 'an administrator terminated the connection; run again'),
  '57P03': by('refused', () => 'the server is starting up or shutting down; try again shortly'),
  '53300': by('refused', () => 'the server has too many connections; try again later'),
  // MySQL / MariaDB
  ER_ACCESS_DENIED_ERROR: by('authentication', () => 'wrong user name or password, or host not allowed'),
  ER_NOT_SUPPORTED_AUTH_MODE: by('authentication', () => 'the server asks for an unsupported auth plugin'),
  ER_BAD_DB_ERROR: by('database', () => 'the database does not exist: check its name'),
  ER_DBACCESS_DENIED_ERROR: by(
    'privileges',
    () => 'the user may not use this database: see docs/connectors.md for the grants',
  ),
  ER_TABLEACCESS_DENIED_ERROR: by(
    'privileges',
    () => 'the user may not read a table: see docs/connectors.md for the grants',
  ),
  ER_SPECIFIC_ACCESS_DENIED_ERROR: by(
    'privileges',
    () => 'the user lacks a privilege: see docs/connectors.md',
  ),
  ER_QUERY_TIMEOUT: by('statement_timeout', () => 'a catalog query ran past the statement timeout'),
  ER_STATEMENT_TIMEOUT: by('statement_timeout', () => 'a catalog query ran past the statement timeout'),
  PROTOCOL_CONNECTION_LOST: by('connection_lost', () => 'the server closed the connection; run again'),
};

const TLS_CODES =
  /^(ERR_TLS_|ERR_SSL_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_|CERT_|HOSTNAME_MISMATCH)/;
const TLS_MESSAGES = /(does not support SSL|SSL connection|ssl|certificate|TLS)/i;

/**
 * Maps a driver error to the stage that failed and a hint, naming host and port. Shared by every connector so
 * that a refused connection reads the same for PostgreSQL and MySQL. The message is the driver's: drivers do
 * not put passwords in messages, and {@link redactSecret} removes one if a caller passes it.
 */
export function classifyConnectionError(
  error: unknown,
  where: { host: string; port: number; secrets?: string[] },
): ConnectionFailure {
  const driver = (error ?? {}) as DriverError;
  const code = typeof driver.code === 'string' ? driver.code : '';
  const rawMessage = typeof driver.message === 'string' ? driver.message : String(error);
  const message = redactSecrets(rawMessage, where.secrets ?? []);
  const known = CLASSIFICATIONS[code];
  if (known)
    return { stage: known.stage, host: where.host, port: where.port, message, hint: known.hint(where) };
  if (TLS_CODES.test(code) || TLS_MESSAGES.test(rawMessage)) {
    return {
      stage: 'tls',
      host: where.host,
      port: where.port,
      message,
      hint: 'the TLS handshake failed: check the ssl mode, that the server has TLS on, and the CA certificate (ssl_ca) for verify-full',
    };
  }
  if (/timeout/i.test(rawMessage)) {
    return {
      stage: 'timeout',
      host: where.host,
      port: where.port,
      message,
      hint: `${where.host}:${where.port} did not answer in time: check firewalls and that the server is up`,
    };
  }
  if (
    /Connection terminated|connection lost|Connection ended|server closed|not queryable/i.test(rawMessage)
  ) {
    return {
      stage: 'connection_lost',
      host: where.host,
      port: where.port,
      message,
      hint: 'the connection was lost during the run; run again',
    };
  }
  return { stage: 'unknown', host: where.host, port: where.port, message, hint: 'see the message' };
}

/** Replaces every non-empty secret in `text` by `********`. */
export function redactSecrets(text: string, secrets: string[]): string {
  let result = text;
  for (const secret of secrets) if (secret.length > 0) result = result.split(secret).join('********');
  return result;
}

/**
 * A connector run that could not connect or lost its connection: the run fails with this (its code is recorded in
 * the sync record) and applies nothing. The message names host, port and reason.
 */
export class ConnectorRunError extends UnavailableError {
  constructor(readonly failure: ConnectionFailure) {
    super(
      'connection_failed',
      `${failure.host}:${failure.port}: ${failure.stage}: ${failure.message} (${failure.hint})`,
      { stage: failure.stage, host: failure.host, port: failure.port, hint: failure.hint },
    );
  }
}
