import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningServer } from '@sextant/server';
import { startTestServer } from '@sextant/server/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSextant } from '../testing/run-sextant.js';

/*
 * `sextant run postgres` behaves like `sextant run FILE.ts`: records on stdout, `--out DIR`, `--push` and
 * `--dry-run` to a server; `--url` may replace the credentials file. Against the real PostgreSQL.
 */

const ADMIN_URL = process.env.SEXTANT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const database = `sx_pgconn_cli_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const dbUrl = (() => {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
})();

async function admin(sql: string, url = ADMIN_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query(sql);
    return true;
  } catch (error) {
    if (process.env.CI === 'true') throw error;
    console.warn(`[sextant run postgres] PostgreSQL unavailable, SKIPPED: ${(error as Error).message}`);
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const isReady = await admin('select 1');

const sextant = runSextant;

let server: RunningServer;

describe.skipIf(!isReady)('sextant run postgres', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    await admin(`create database ${database}`);
    await admin(
      `create table public.orders (id int primary key, amount numeric(10,2));
       comment on table public.orders is 'one row per order';
       create view public.big_orders as select id, amount from public.orders where amount > 100;`,
      dbUrl,
    );
    server = await startTestServer({ adminPassword: 'cli-connector-password', label: 'cli-connector' });
  });
  afterAll(async () => {
    await server?.close();
    await admin(`drop database if exists ${database} with (force)`);
  });

  it('--url prints the records on stdout, one JSON object a line', async () => {
    const run = await sextant(['run', 'postgres', '--url', dbUrl]);
    expect(run.code, run.stderr).toBe(0);
    const records = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records).toContainEqual(
      expect.objectContaining({ entity_type: 'table', title: 'orders', description: 'one row per order' }),
    );
    expect(records).toContainEqual({
      from_identifier: { type: 'internal_resource', databuilder_id: `${database}.public.orders.amount` },
      to_identifier: { type: 'internal_resource', databuilder_id: `${database}.public.big_orders.amount` },
    });
  });

  it('--credentials FILE --out DIR writes resources.jsonl and lineages.jsonl', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sextant-run-pg-'));
    const url = new URL(dbUrl);
    writeFileSync(
      join(dir, 'c.json'),
      JSON.stringify({ host: url.hostname, port: Number(url.port || 5432), user: url.username, database }),
    );
    const run = await sextant(['run', 'postgresql', '--credentials', join(dir, 'c.json'), '--out', dir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    const resources = readFileSync(join(dir, 'resources.jsonl'), 'utf8').trim().split('\n');
    expect(resources).toHaveLength(1 + 1 + 2 + 4); // database, schema, table and view, their columns
    expect(readFileSync(join(dir, 'lineages.jsonl'), 'utf8').trim().split('\n').length).toBe(3);
  });

  it('--push and --dry-run sync into a server integration', async () => {
    const key = server.bootstrap!.apiKey;
    const created = await fetch(`${server.url}/api/v1/integration/integrations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'warehouse', type: 'custom' }),
    });
    const id = ((await created.json()) as { id: string }).id;
    const env = { SEXTANT_API_KEY: key };
    const dry = await sextant(
      ['run', 'postgres', '--url', dbUrl, '--dry-run', '--server', server.url, '--integration', id],
      env,
    );
    expect(dry.code, dry.stderr).toBe(0);
    const push = await sextant(
      ['run', 'postgres', '--url', dbUrl, '--push', '--server', server.url, '--integration', id],
      env,
    );
    expect(push.code, push.stderr).toBe(0);
    const tables = await fetch(`${server.url}/api/v1/table/tables?integration_id=${id}`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(((await tables.json()) as { count: number }).count).toBe(2);
  });

  it('a connection failure exits 1 naming host, port and reason; bad credentials exit 2 naming the field', async () => {
    const refused = await sextant([
      'run',
      'postgres',
      '--url',
      'postgres://someone:pw-secret-42@127.0.0.1:1/db',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('127.0.0.1:1: refused');
    expect(refused.stderr).not.toContain('pw-secret-42');
    const bad = await sextant(['run', 'postgres', '--url', 'postgres://127.0.0.1/db']);
    expect(bad.code).toBe(2); // a user error, as for any bad flag
    expect(bad.stderr).toContain('credentials.user is required');
  });
});
