import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, type SqliteDatabase, SqliteDialect } from 'kysely';
import pg from 'pg';
import { newId } from '../lib/ids.js';
import { BackgroundCheckpoint } from './background-checkpoint.js';
import { type Backend, type DialectFlags, dialectFlags } from './dialect.js';
import { MIGRATIONS } from './migrations/index.js';
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
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** `postgres://...`; when unset, `sqliteFile` is used. */
  databaseUrl?: string | undefined;
  sqliteFile?: string;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
}

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
  }
  return store;
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
    prepare(sql: string) {
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
  pool.on('connect', (client) => {
    client.query("set temp_buffers = '256MB'").catch(() => {});
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    flags: dialectFlags('postgres'),
    backend: 'postgres',
    location: url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@'),
    checkpointSoon: () => {},
    close: () => db.destroy(),
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
