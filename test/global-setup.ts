import pg from 'pg';
import type { TestProject } from 'vitest/node';

/**
 * Finds the PostgreSQL server the store tests run against. Every store test runs on SQLite and on PostgreSQL;
 * without a reachable server the PostgreSQL half is skipped with a message, except under CI=true where a missing
 * server fails the run (the brief: "a test that needs an absent server fails under CI=true").
 */
export default async function setup(project: TestProject): Promise<void> {
  const url = process.env.SEXTANT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    project.provide('pgAdminUrl', url);
  } catch (error) {
    const message = `PostgreSQL not reachable at ${url.replace(/:[^:@/]+@/, ':***@')}: ${(error as Error).message}`;
    if (process.env.CI === 'true') throw new Error(`${message} (required under CI=true)`);
    console.warn(`\n[sextant tests] ${message}; PostgreSQL store tests are SKIPPED.\n`);
    project.provide('pgAdminUrl', '');
  } finally {
    await client.end().catch(() => {});
  }
}

// The `pgAdminUrl` provided here is declared (ProvidedContext) beside its reader,
// packages/server/src/testing/test-stores.ts.
