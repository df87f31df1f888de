import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, type SqliteDatabase, SqliteDialect } from 'kysely';
import pg from 'pg';
import { newId } from '../lib/ids.js';
import {
  type CredentialsWatch,
  postgresCredentialsWatch,
  sqliteCredentialsWatch,
} from './accounts/credentials-watch.js';
import { BackgroundCheckpoint } from './background-checkpoint.js';
import { type Backend, type DialectFlags, dialectFlags } from './dialect.js';
import { PROCESS_OWNER_ID } from './jobs/process-owner.js';
import { recoverInterruptedRuns } from './jobs/recover-interrupted-runs.js';
import { MIGRATIONS } from './migrations/index.js';
import { forgetCopyClient, registerCopyClient } from './postgres-copy.js';
import type { Database } from './schema.js';
import { profileStatement } from './sql-profile.js';

// PostgreSQL returns BIGINT (and COUNT(*)) as strings to protect precision; catalog counts and sizes fit in a
// double, and one numeric type on both backends keeps callers simple.
pg.types.setTypeParser(20, (value) => Number(value));

export interface Store {
  db: Kysely<Database>;
  flags: DialectFlags;
  backend: Backend;
  /** Where the data lives, for logs (a file path or a URL without its password). */
  location: string;
  /**
   * After a sync: move the WAL into the database file in the background, then turn the connection's automatic
   * checkpoint (which the sync turned off) back on (SQLite; nothing on PostgreSQL). See
   * store/background-checkpoint.ts.
   */
  checkpointSoon(): void;
  /** When cached API keys must be verified again (store/accounts/credentials-watch.ts). */
  credentials: CredentialsWatch;
  /** The connection pool's counts (PostgreSQL; undefined on SQLite, which has one connection per process). */
  poolStats?: () => PoolStats;
  close(): Promise<void>;
}

export interface PoolStats {
  /** Connections open. */
  total: number;
  /** Open connections not in use. */
  idle: number;
  /** Queries waiting for a connection. */
  waiting: number;
}

export interface OpenStoreOptions {
  /** `postgres://...`; when unset, `sqliteFile` is used. */
  databaseUrl?: string | undefined;
  sqliteFile?: string;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
  /**
   * After migrating, mark failed the syncs whose process is gone (default true; needs `migrate`): a sync of an
   * exited process of this host, or one whose heartbeat is older than `syncLeaseMs`.
   */
  recoverInterruptedSyncs?: boolean;
  /** A sync's heartbeat older than this means its process is gone (default `SEXTANT_JOB_LEASE_SECONDS`, 30 s). */
  syncLeaseMs?: number;
}

/**
 * The error of a sync found interrupted (its process gone): the same words whoever finds it, the job loop or a
 * process opening the store (jobs/run-job.ts re-exports it as INTERRUPTED).
 */
export const INTERRUPTED_SYNC = {
  code: 'sync_failed',
  message: 'interrupted: the server stopped during the run',
  details: { reason: 'interrupted' },
};

/** Opens the catalog's database (SQLite file or PostgreSQL) and brings its schema up to date. */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const store = options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 10)
    : openSqlite(options);
  if (options.migrate !== false) {
    try {
      await migrateToLatest(store.db);
    } catch (error) {
      await store.close();
      throw error;
    }
    if (options.recoverInterruptedSyncs !== false) await recoverAtOpen(store, options.syncLeaseMs);
  }
  return store;
}

/**
 * Any process that opens the store (a server, every CLI command) marks failed the syncs whose process is gone, so
 * a killed `sextant import` does not stay `running` until a server starts (issue 16). A live sync of another
 * process is left: its owner is alive on this host, or its heartbeat is fresh. Best effort: a database busy with
 * another process's sync (SQLite) is not a reason to fail opening it; the next open or the job loop retries.
 */
async function recoverAtOpen(store: Store, leaseMs = defaultLeaseMs()): Promise<void> {
  const now = new Date();
  await recoverInterruptedRuns(store.db, {
    ownerId: PROCESS_OWNER_ID,
    staleBefore: new Date(now.getTime() - leaseMs).toISOString(),
    now: now.toISOString(),
    error: INTERRUPTED_SYNC,
  }).catch(() => {});
}

function defaultLeaseMs(): number {
  const seconds = Number(process.env.SEXTANT_JOB_LEASE_SECONDS);
  return 1000 * (Number.isFinite(seconds) && seconds >= 5 ? seconds : 30);
}

function openSqlite(options: OpenStoreOptions): Store {
  const file = options.sqliteFile ?? 'data/sextant.db';
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  // WAL lets readers run while a sync writes; NORMAL sync is durable across process crashes in WAL mode.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 10000');
  sqlite.pragma('cache_size = -65536');
  // DialectFlags.newIdSql: ids made inside statements are the application's own (time-ordered UUIDs).
  sqlite.function('sextant_new_id', { deterministic: false }, () => newId());
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  const automaticCheckpointsOn = () => {
    if (sqlite.open) sqlite.pragma('wal_autocheckpoint = 1000');
  };
  const checkpoint = file === ':memory:' ? undefined : new BackgroundCheckpoint(file, automaticCheckpointsOn);
  return {
    db,
    flags: dialectFlags('sqlite'),
    backend: 'sqlite',
    location: file,
    checkpointSoon: () => (checkpoint ? checkpoint.request() : automaticCheckpointsOn()),
    credentials: sqliteCredentialsWatch(db),
    close: async () => {
      await checkpoint?.settle();
      await db.destroy();
    },
  };
}

/**
 * Kysely's SQLite driver prepares every query anew; preparing costs about as much as running a point lookup.
 * Statements are reusable (Kysely serialises use of the one connection), so keep the most recent ones by SQL text.
 */
function withStatementCache(sqlite: SQLite.Database, size = 500): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      // Kysely opens transactions with a plain `begin`, which takes the write lock only at the first write; in WAL
      // mode a transaction that read first then cannot wait for another process's writer and fails at once with
      // SQLITE_BUSY (busy_timeout does not apply to that upgrade). `begin immediate` waits for the lock up front.
      const sql = text === 'begin' ? 'begin immediate' : text;
      let statement = statements.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        if (process.env.SEXTANT_SQL_PROFILE) statement = profileStatement(statement, sql);
        if (statements.size >= size) statements.delete(statements.keys().next().value!);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

function openPostgres(url: string, poolSize: number): Store {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client that loses its server must not crash the process; the next query reports the error.
  pool.on('error', () => {});
  // A sync stages up to millions of rows in temporary tables, which live in the session's temp_buffers (8 MB by
  // default: a 1M-row stage was written out and read back constantly). Memory is taken only as a session uses
  // it, and the setting must be made before the session's first temporary table.
  // Serving queries run without parallel workers: a search or a GET reads a few hundred rows, and starting workers
  // for it cost more than the query (over 100 ms on a busy two-core host) while taking cores from other requests.
  // A sync turns them back on for its own transaction (DialectFlags.syncSessionSettings).
  // JIT compilation is off for the same reason: PostgreSQL compiles a statement whose estimated cost passes
  // jit_above_cost, and the search's candidate statement (with the one-entity-per-table subquery, estimated at
  // thousands per row) passed it: at 1M resources each search spent 4.6–12.4 s compiling 88–289 functions for
  // 2–45 ms of execution (`npm run bench -- search --explain`). A sync turns it back on for its own transaction.
  pool.on('connect', (client) => {
    client
      .query("set temp_buffers = '256MB'; set max_parallel_workers_per_gather = 0; set jit = off")
      .catch(() => {});
    registerCopyClient(client);
    // A client checked out (a transaction between two statements) that loses its server emits `error` with no
    // pool listener attached, which would end the process; its next statement reports the error instead.
    client.on('error', () => {});
  });
  pool.on('remove', forgetCopyClient);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const credentials = postgresCredentialsWatch(url);
  return {
    db,
    flags: dialectFlags('postgres'),
    backend: 'postgres',
    location: url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@'),
    checkpointSoon: () => {},
    credentials,
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: async () => {
      await credentials.close();
      await db.destroy();
    },
  };
}

/** Applies every pending migration in order; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    migrationTableName: 'sextant_migrations',
    migrationLockTableName: 'sextant_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const where = failed ? ` (migration ${failed.migrationName})` : '';
    throw new Error(`database migration failed${where}: ${(error as Error).message ?? error}`, {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
