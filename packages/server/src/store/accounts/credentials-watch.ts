import { CompiledQuery, type Kysely } from 'kysely';
import pg from 'pg';
import type { Database } from '../schema.js';

/**
 * Tells a process's key cache (auth/authenticate.ts) when who a key acts as may have changed in any process: the
 * `credentials_version` counter (migration 0023), which triggers bump on every revocation, re-role, deactivation or
 * deletion of a key or user.
 */
export interface CredentialsWatch {
  /**
   * The counter now, or undefined when it cannot be known (nothing may then be served from a cache). A cached key
   * verified at another version is verified again.
   */
  version(): Promise<number | undefined>;
  close(): Promise<void>;
}

const READ_VERSION = CompiledQuery.raw('select version from credentials_version where id = 1');

/** SQLite: the counter is read per request, an in-process point read (other processes write the same file). */
export function sqliteCredentialsWatch(db: Kysely<Database>): CredentialsWatch {
  return {
    version: async () => {
      const { rows } = await db.executeQuery<{ version: number }>(READ_VERSION).catch(() => ({ rows: [] }));
      return rows[0] === undefined ? undefined : Number(rows[0].version);
    },
    close: async () => {},
  };
}

/**
 * PostgreSQL: one listening connection per process (started at the first request that asks), told by NOTIFY on
 * `sextant_credentials` of each new counter value, so no request pays a query for it. While that connection is
 * down the version is unknown (no caching) and it reconnects after a second; it listens before it reads the
 * counter, so no bump falls between the two.
 */
export function postgresCredentialsWatch(url: string): CredentialsWatch {
  let current: number | undefined;
  let client: pg.Client | undefined;
  let closed = false;
  const connect = () => {
    if (client || closed) return;
    const listener = new pg.Client({ connectionString: url });
    client = listener;
    const lost = () => {
      current = undefined;
      if (client !== listener) return;
      client = undefined;
      listener.end().catch(() => {});
      if (!closed) setTimeout(connect, 1000).unref();
    };
    listener.on('error', lost);
    listener.on('end', lost);
    listener.on('notification', (message) => {
      if (message.channel !== 'sextant_credentials') return;
      const next = Number(message.payload);
      current = Math.max(current ?? 0, Number.isFinite(next) ? next : Number.POSITIVE_INFINITY);
    });
    listener
      .connect()
      .then(() => listener.query('listen sextant_credentials'))
      .then(() => listener.query<{ version: string | number }>(READ_VERSION.sql))
      .then(({ rows }) => {
        if (client === listener) current = Math.max(current ?? 0, Number(rows[0]?.version ?? 0));
      })
      .catch(lost);
  };
  return {
    version: async () => {
      connect();
      return current;
    },
    close: async () => {
      closed = true;
      const listener = client;
      client = undefined;
      current = undefined;
      await listener?.end().catch(() => {});
    },
  };
}
