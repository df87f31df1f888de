import type { Readable } from 'node:stream';
import {
  type Connection as CoreConnection,
  createConnection,
  type RowDataPacket,
  type SslOptions,
} from 'mysql2';
import type { Connection } from 'mysql2/promise';
import type { SqlCredentials } from '../sql-credentials.js';

/** The server's family: the statement-timeout variable is spelt differently. */
export type MysqlFlavour = 'mariadb' | 'mysql';

/**
 * One read-only connection to a MySQL or MariaDB server: `START TRANSACTION READ ONLY`, a per-statement time
 * limit, UTC times. Small answers come back whole ({@link MysqlSession.rows}); large ones are streamed
 * ({@link MysqlSession.stream}) with the driver pausing the socket while the consumer is busy, so memory stays
 * bounded whatever the size of the catalog.
 */
export interface MysqlSession {
  flavour: MysqlFlavour;
  /** `SELECT VERSION()`, e.g. `10.11.19-MariaDB-0+deb12u1`. */
  version: string;
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>;
  stream<T>(sql: string, params?: unknown[]): AsyncIterable<T>;
  /** The server's connection id (what `KILL` takes). */
  threadId: number;
  close(): Promise<void>;
}

export interface OpenSessionOptions {
  /** Connect timeout; default 10 s. */
  timeoutMs?: number | undefined;
  /** Destroys the connection when aborted: the query in flight fails at once. */
  signal?: AbortSignal | undefined;
  /** The database to connect to (fails with ER_BAD_DB_ERROR if absent); default none. */
  database?: string | undefined;
  /** Whether to open the read-only transaction; test connection probes outside one. Default true. */
  isReadOnlyTransaction?: boolean;
}

/** Connects and prepares the session; throws the driver's error (the caller classifies it). */
export async function openMysqlSession(
  credentials: SqlCredentials,
  options: OpenSessionOptions = {},
): Promise<MysqlSession> {
  const core = createConnection({
    host: credentials.host,
    port: credentials.port,
    user: credentials.user,
    password: credentials.password,
    database: options.database,
    connectTimeout: options.timeoutMs ?? 10_000,
    ssl: sslOptions(credentials),
    timezone: 'Z',
    // information_schema sizes are BIGINT UNSIGNED: numbers below 2^53, exact strings above.
    supportBigNumbers: true,
    bigNumberStrings: false,
  });
  // A fatal error (the connection closed, killed ...) arrives on the connection; without a listener it would be
  // thrown as an uncaught exception. Streams in flight learn of it through `watchConnection`.
  core.on('error', () => {});
  const connection = core.promise();
  const abort = () => core.destroy();
  options.signal?.addEventListener('abort', abort, { once: true });
  try {
    await connection.connect();
    const [versionRows] = await connection.query<RowDataPacket[]>('SELECT VERSION() AS version');
    const version = String(versionRows[0]?.version ?? '');
    const flavour: MysqlFlavour = /mariadb/i.test(version) ? 'mariadb' : 'mysql';
    await connection.query("SET time_zone = '+00:00'");
    await connection.query(statementTimeoutSql(flavour, credentials.statement_timeout_ms));
    if (options.isReadOnlyTransaction !== false) await connection.query('START TRANSACTION READ ONLY');
    return createSession(core, connection, { flavour, version, abort, signal: options.signal });
  } catch (error) {
    options.signal?.removeEventListener('abort', abort);
    core.destroy();
    throw error;
  }
}

/** MariaDB: `max_statement_time` in seconds (every statement); MySQL: `max_execution_time` in ms (SELECTs). */
export function statementTimeoutSql(flavour: MysqlFlavour, timeoutMs: number): string {
  return flavour === 'mariadb'
    ? `SET SESSION max_statement_time = ${(timeoutMs / 1000).toFixed(3)}`
    : `SET SESSION max_execution_time = ${Math.round(timeoutMs)}`;
}

function sslOptions(credentials: SqlCredentials): SslOptions | undefined {
  if (credentials.ssl === 'disable') return undefined;
  if (credentials.ssl === 'require') return { rejectUnauthorized: false };
  return credentials.ssl_ca
    ? { ca: credentials.ssl_ca, rejectUnauthorized: true }
    : { rejectUnauthorized: true };
}

function createSession(
  core: CoreConnection,
  connection: Connection,
  state: { flavour: MysqlFlavour; version: string; abort: () => void; signal: AbortSignal | undefined },
): MysqlSession {
  return {
    flavour: state.flavour,
    version: state.version,
    threadId: connection.threadId,
    async rows<T>(sql: string, params: unknown[] = []) {
      const [rows] = await connection.query<RowDataPacket[]>(sql, params);
      return rows as T[];
    },
    stream<T>(sql: string, params: unknown[] = []) {
      const stream = core.query(sql, params).stream({ highWaterMark: 256 });
      watchConnection(core, stream, state.signal);
      return stream as AsyncIterable<T>;
    },
    async close() {
      state.signal?.removeEventListener('abort', state.abort);
      try {
        await connection.end();
      } catch {
        core.destroy();
      }
    },
  };
}

/**
 * mysql2 does not fail a streamed query whose connection dies (a `KILL`, a server restart): the stream would
 * wait for ever. Fail it with the connection's error, or a connection-lost error when it just ended.
 */
function watchConnection(core: CoreConnection, stream: Readable, signal: AbortSignal | undefined): void {
  const onError = (error: Error) => stream.destroy(error);
  const onAbort = () =>
    stream.destroy(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
  const onEnd = () =>
    stream.destroy(
      Object.assign(new Error('Connection lost: the server closed the connection.'), {
        code: 'PROTOCOL_CONNECTION_LOST',
      }),
    );
  core.on('error', onError);
  core.on('end', onEnd);
  signal?.addEventListener('abort', onAbort, { once: true });
  const stop = () => {
    core.off('error', onError);
    core.off('end', onEnd);
    signal?.removeEventListener('abort', onAbort);
  };
  stream.once('end', stop);
  stream.once('close', stop);
}
