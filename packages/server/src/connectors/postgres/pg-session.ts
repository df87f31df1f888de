import pg from 'pg';
import { ConnectorRunError, classifyConnectionError } from '../classify-connection-error.js';
import type { ConnectionFailure } from '../connector.js';
import type { SqlCredentials } from '../sql-credentials.js';

/** Marks the connector's own statements, so query history leaves them out. */
export const SEXTANT_MARK = '/* sextant-connector */';

/** One read-only connection to one database: every catalog query of a run goes through it. */
export class PgSession {
  private constructor(
    private readonly client: pg.Client,
    private readonly where: { host: string; port: number; secrets: string[] },
  ) {}

  /**
   * Connects and opens a read-only, repeatable-read transaction (one consistent snapshot of the catalog; nothing
   * can be written through it), with the credentials' statement timeout. Throws {@link PgConnectError}.
   */
  static async open(
    credentials: SqlCredentials,
    database: string,
    options: { timeoutMs?: number | undefined; signal?: AbortSignal | undefined } = {},
  ): Promise<PgSession> {
    const where = { host: credentials.host, port: credentials.port, secrets: [credentials.password] };
    const client = new pg.Client({
      host: credentials.host,
      port: credentials.port,
      user: credentials.user,
      password: credentials.password,
      database,
      ssl: sslOptions(credentials),
      connectionTimeoutMillis: options.timeoutMs ?? 15_000,
      statement_timeout: credentials.statement_timeout_ms,
      application_name: 'sextant-connector',
    });
    // A connection lost between queries surfaces on the next query; this keeps it from crashing the process.
    client.on('error', () => {});
    const session = new PgSession(client, where);
    const abort = () => void client.end().catch(() => {});
    options.signal?.addEventListener('abort', abort, { once: true });
    try {
      await client.connect();
      await client.query('begin transaction isolation level repeatable read read only');
    } catch (error) {
      await client.end().catch(() => {});
      throw new ConnectorRunError(session.classify(error));
    }
    return session;
  }

  /** Runs a catalog query; a failure ends the run with host, port and reason. */
  async query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
    try {
      const result = await this.client.query<R>(`${SEXTANT_MARK} ${text}`, values);
      return result.rows;
    } catch (error) {
      throw new ConnectorRunError(this.classify(error));
    }
  }

  /** Like {@link query}, but a failure is returned (for optional reads: query history, privileges). */
  async tryQuery<R extends pg.QueryResultRow>(
    text: string,
    values: unknown[] = [],
  ): Promise<{ rows: R[] } | { failure: ConnectionFailure; code: string }> {
    try {
      await this.client.query('savepoint sextant_try');
      const result = await this.client.query<R>(`${SEXTANT_MARK} ${text}`, values);
      await this.client.query('release savepoint sextant_try');
      return { rows: result.rows };
    } catch (error) {
      const failure = this.classify(error);
      if (['connection_lost', 'statement_timeout', 'timeout', 'refused'].includes(failure.stage)) {
        throw new ConnectorRunError(failure);
      }
      await this.client.query('rollback to savepoint sextant_try').catch(() => {});
      return { failure, code: String((error as { code?: unknown }).code ?? '') };
    }
  }

  classify(error: unknown): ConnectionFailure {
    return classifyConnectionError(error, this.where);
  }

  async close(): Promise<void> {
    await this.client.query('rollback').catch(() => {});
    await this.client.end().catch(() => {});
  }
}

function sslOptions(credentials: SqlCredentials): pg.ClientConfig['ssl'] {
  if (credentials.ssl === 'disable') return false;
  if (credentials.ssl === 'require') return { rejectUnauthorized: false };
  return {
    rejectUnauthorized: true,
    servername: credentials.host,
    ...(credentials.ssl_ca !== undefined && { ca: credentials.ssl_ca }),
  };
}
