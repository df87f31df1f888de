import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pg from 'pg';
import type { ConnectorSink, ConnectorWarning } from '../../connector.js';
import { parseSqlCredentials, type SqlCredentials } from '../../sql-credentials.js';

/** The shared fixtures (never copied into the repo); `SEXTANT_FIXTURES` points elsewhere. */
export const FIXTURES =
  process.env.SEXTANT_FIXTURES ?? join(import.meta.dirname, '../../../../../../../shared/fixtures');

export const PG_FIXTURES = {
  pagila: join(FIXTURES, 'schemas/postgres/pagila/pagila-schema.sql'),
  sakila: join(FIXTURES, 'schemas/postgres/sakila-jooq/postgres-sakila-schema.sql'),
  adventureworks: join(FIXTURES, 'schemas/postgres/adventureworks/install.sql'),
} as const;

/** The test server: `SEXTANT_TEST_PG_URL` or the local one (trust auth, user postgres). */
export const PG_ADMIN_URL = process.env.SEXTANT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Whether PostgreSQL, psql (to load pg_dump files) and the fixtures are here. Absent: the suite skips with a
 * message, except under CI=true where absence is a failure.
 */
export async function postgresTestsReady(): Promise<boolean> {
  const problems: string[] = [];
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
  } catch (error) {
    problems.push(`PostgreSQL unreachable at ${PG_ADMIN_URL}: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => {});
  }
  if (spawnSync('psql', ['--version']).status !== 0) problems.push('psql is not installed');
  for (const file of Object.values(PG_FIXTURES))
    if (!existsSync(file)) problems.push(`fixture absent: ${file}`);
  if (problems.length === 0) return true;
  if (process.env.CI === 'true')
    throw new Error(`PostgreSQL connector tests cannot run: ${problems.join('; ')}`);
  console.warn(`[postgres connector tests] SKIPPED: ${problems.join('; ')}`);
  return false;
}

export function uniqueDatabaseName(label: string): string {
  return `sx_pgconn_${label}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
}

export async function adminQuery<R extends pg.QueryResultRow = pg.QueryResultRow>(
  sql: string,
  values: unknown[] = [],
  database?: string,
): Promise<R[]> {
  const url = new URL(PG_ADMIN_URL);
  if (database) url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query<R>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

export async function createDatabase(name: string): Promise<void> {
  await adminQuery(`create database ${name}`);
}

export async function dropDatabase(name: string): Promise<void> {
  await adminQuery(`drop database if exists ${name} with (force)`);
}

/**
 * Loads a fixture with psql, statement by statement, from the fixture's folder (AdventureWorks' `\copy` of
 * absent CSV files fails and is skipped: the schema is what the tests need). Statements this server cannot run
 * (Pagila's PostgreSQL 18 functions) fail alone; the tests compare with what the database then holds.
 */
export function loadFixture(database: string, file: string): void {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${database}`;
  const result = spawnSync('psql', ['-q', '-X', '-d', url.toString(), '-f', file], {
    cwd: dirname(file),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`psql failed on ${file}: ${result.stderr.slice(0, 2000)}`);
}

/** Credentials of the test server for one database (extra fields override). */
export function credentialsFor(database: string, extra: Record<string, unknown> = {}): SqlCredentials {
  const url = new URL(PG_ADMIN_URL);
  return parseSqlCredentials(
    {
      host: url.hostname,
      port: url.port === '' ? 5432 : Number(url.port),
      user: decodeURIComponent(url.username) || 'postgres',
      password: decodeURIComponent(url.password),
      database: [database],
      ...extra,
    },
    { defaultPort: 5432 },
  );
}

/** A sink that keeps everything (tests only: real runs stream). */
export class CollectSink implements ConnectorSink {
  readonly records: unknown[] = [];
  readonly warnings: ConnectorWarning[] = [];
  emit(record: unknown): void {
    this.records.push(record);
  }
  warn(warning: ConnectorWarning): void {
    this.warnings.push(warning);
  }
  // biome-ignore lint/suspicious/noExplicitAny: test records are inspected loosely
  resources(entityType: string): any[] {
    return this.records.filter((record) => (record as { entity_type?: string }).entity_type === entityType);
  }
  // biome-ignore lint/suspicious/noExplicitAny: test records are inspected loosely
  lineages(): any[] {
    return this.records.filter((record) => 'from_identifier' in (record as object));
  }
}
