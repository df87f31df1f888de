import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openStore, type Store } from '../store/database.js';
import type { Backend } from '../store/dialect.js';

declare module 'vitest' {
  /** Set by test/global-setup.ts: the admin URL of the PostgreSQL server, or '' when none is reachable. */
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

/** The backends this test run covers: SQLite always, PostgreSQL when the global setup found a server. */
export function testBackends(): Backend[] {
  return inject('pgAdminUrl') ? ['sqlite', 'postgres'] : ['sqlite'];
}

export interface TestStore extends Store {
  /** Connection settings to open the same database again (e.g. from a child process). */
  databaseUrl: string | undefined;
  sqliteFile: string | undefined;
  /** Closes and deletes the database. */
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated, empty store on the given backend: a temporary SQLite file, or a new PostgreSQL database
 * (created from the admin URL the global setup provided, dropped on dispose). `migrate: false` leaves it without
 * tables, for tests of a migration on data written by an older schema.
 */
export async function createTestStore(
  backend: Backend,
  options: { migrate?: boolean } = {},
): Promise<TestStore> {
  const migrate = options.migrate !== false;
  if (backend === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'sextant-test-'));
    const sqliteFile = join(dir, 'catalog.db');
    const store = await openStore({ sqliteFile, migrate });
    return {
      ...store,
      databaseUrl: undefined,
      sqliteFile,
      dispose: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = inject('pgAdminUrl');
  if (!adminUrl) throw new Error('PostgreSQL is not available for this test run');
  const name = `sextant_t_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const store = await openStore({ databaseUrl, poolSize: 5, migrate });
  return {
    ...store,
    databaseUrl,
    sqliteFile: undefined,
    dispose: async () => {
      await store.close();
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
