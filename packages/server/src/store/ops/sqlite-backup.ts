import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { MIGRATIONS } from '../migrations/index.js';

/** A backup or restore that must not go ahead (the user's to fix: wrong file, server running, file exists). */
export class BackupRefusedError extends Error {
  override name = 'BackupRefusedError';
}

/** What a catalog database file holds, read without changing it. */
export interface CatalogFileInfo {
  /** Migrations the file has applied, in order; the last is its schema version. */
  applied: string[];
  /** Migrations of this build the file has not applied (`sextant serve` or `migrate` applies them). */
  pending: string[];
}

// One step copies every page while holding one read transaction: a consistent snapshot even while a server
// writes (WAL lets it write meanwhile). Smaller steps would restart each time another connection writes between
// them, and might never finish under steady writes.
const ALL_PAGES = 0x7fffffff;

/**
 * Copies a live SQLite catalog to `to` with SQLite's online backup (better-sqlite3 `.backup()`): safe while a
 * server runs on `from`. Written beside `to` and renamed at the end, so `to` is never half a database; the copy is
 * a single self-contained file (rollback journal, not WAL).
 */
export async function backupSqliteDatabase(options: {
  from: string;
  to: string;
  overwrite?: boolean;
}): Promise<CatalogFileInfo & { bytes: number }> {
  const { from, to } = options;
  if (!existsSync(from)) throw new BackupRefusedError(`no catalog database at ${from}`);
  if (existsSync(to) && !options.overwrite)
    throw new BackupRefusedError(`${to} already exists; pick another file or pass --force to replace it`);
  const info = inspectCatalogFile(from);
  const partial = `${to}.partial-${process.pid}`;
  mkdirSync(dirname(to), { recursive: true });
  const source = new SQLite(from, { fileMustExist: true, timeout: 10_000 });
  try {
    await source.backup(partial, { progress: () => ALL_PAGES });
    const copy = new SQLite(partial);
    try {
      copy.pragma('journal_mode = DELETE');
      assertIntact(copy, partial);
    } finally {
      copy.close();
    }
    renameSync(partial, to);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }
  return { ...info, bytes: statSync(to).size };
}

/**
 * Replaces the catalog database `to` with the backup `from` (SQLite's backup API, page by page into `to`). Refuses
 * a file that is not a Sextant catalog or was made by a newer Sextant, and a `to` that a running server has open
 * unless `force` (then that server must be restarted: its caches describe the old data).
 */
export async function restoreSqliteDatabase(options: {
  from: string;
  to: string;
  force?: boolean;
}): Promise<CatalogFileInfo> {
  const { from, to } = options;
  const info = inspectCatalogFile(from);
  if (existsSync(to) && !options.force && isSqliteFileInUse(to))
    throw new BackupRefusedError(
      `${to} is open in another process (a running sextant server?); stop it first, or pass --force to ` +
        'restore into it anyway and restart it afterwards',
    );
  mkdirSync(dirname(to), { recursive: true });
  const source = new SQLite(from, { readonly: true, fileMustExist: true });
  try {
    await source.backup(to, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  return info;
}

/** Reads a file's migration history; throws `BackupRefusedError` unless it is a catalog this build can open. */
export function inspectCatalogFile(file: string): CatalogFileInfo {
  if (!existsSync(file)) throw new BackupRefusedError(`no such file: ${file}`);
  let db: SQLite.Database;
  let applied: string[];
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true, timeout: 10_000 });
  } catch (error) {
    throw new BackupRefusedError(
      `${file} cannot be opened as a SQLite database: ${(error as Error).message}`,
    );
  }
  try {
    assertIntact(db, file);
    const table = db
      .prepare("select name from sqlite_master where type = 'table' and name = 'sextant_migrations'")
      .get();
    if (!table)
      throw new BackupRefusedError(`${file} is not a Sextant catalog (no sextant_migrations table)`);
    applied = db.prepare('select name from sextant_migrations order by name').pluck().all() as string[];
  } finally {
    db.close();
  }
  const unknown = applied.filter((name) => !Object.hasOwn(MIGRATIONS, name));
  if (unknown.length > 0)
    throw new BackupRefusedError(
      `${file} was made by a newer Sextant (unknown migration ${unknown.join(', ')}); restore it with that version`,
    );
  if (applied.length === 0)
    throw new BackupRefusedError(`${file} is not a Sextant catalog (no migrations applied)`);
  return { applied, pending: Object.keys(MIGRATIONS).filter((name) => !applied.includes(name)) };
}

/**
 * Whether another connection has the SQLite file open. A Sextant server keeps its database in WAL mode, where an
 * exclusive lock cannot be taken while any other connection holds the shared-memory index: try, never wait.
 */
export function isSqliteFileInUse(file: string): boolean {
  const db = new SQLite(file, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = exclusive');
    db.exec('begin exclusive');
    db.exec('commit');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) return true;
    throw error;
  } finally {
    db.close();
  }
}

function assertIntact(db: SQLite.Database, file: string): void {
  let result: unknown;
  try {
    result = db.pragma('quick_check', { simple: true });
  } catch (error) {
    throw new BackupRefusedError(`${file} is not a SQLite database: ${(error as Error).message}`);
  }
  if (result !== 'ok')
    throw new BackupRefusedError(`${file} fails SQLite's integrity check: ${String(result)}`);
}
