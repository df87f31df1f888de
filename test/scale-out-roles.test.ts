import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';

/*
 * Many processes on one PostgreSQL database (docs/deploy.md, "Scaling out"): two `serve --role api` processes and
 * one `serve --role worker`, from the built CLI. A due schedule runs exactly once (only the worker runs jobs), a
 * write through one API process is read through the other at once, and the lineage graph of the other answers a
 * new edge (its cache versions by trigger, across processes).
 */

const CLI = new URL('../packages/cli/dist/bundle/main.js', import.meta.url).pathname;
const adminUrl = inject('pgAdminUrl');
const children: ChildProcess[] = [];

/** Starts `sextant serve` with extra arguments; resolves once it prints the line that says it is ready. */
function start(args: string[], env: Record<string, string>, ready: RegExp): Promise<string> {
  const child = spawn(process.execPath, [CLI, 'serve', ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', SEXTANT_ADMIN_PASSWORD: 'roles-test-password', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    let quiet: NodeJS.Timeout | undefined;
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      clearTimeout(quiet);
      // On a first start the key block follows the URL line, possibly in a later chunk.
      quiet = setTimeout(() => ready.test(output) && resolve(output), 300);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`serve ${args.join(' ')} exited with ${code}: ${output}`)));
  });
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

if (adminUrl) {
  describe('serve --role: two API processes and one worker on one PostgreSQL', () => {
    const suffix = `${process.pid}_${Date.now().toString(36)}`;
    const catalogDb = `sextant_t_roles_${suffix}`;
    const sourceDb = `sextant_t_roles_src_${suffix}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    let catalog: pg.Client;
    let urls: [string, string];
    let key: string;
    const call = async (url: string, path: string, init: { method?: string; body?: unknown } = {}) => {
      const res = await fetch(`${url}${path}`, {
        method: init.method ?? 'GET',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };

    beforeAll(async () => {
      expect(existsSync(CLI), 'run `npm run build` first (npm test does)').toBe(true);
      await admin.connect();
      await admin.query(`create database ${catalogDb}`);
      await admin.query(`create database ${sourceDb}`);
      const withDatabase = (name: string) => {
        const url = new URL(adminUrl);
        url.pathname = `/${name}`;
        return url.toString();
      };
      const source = new pg.Client({ connectionString: withDatabase(sourceDb) });
      await source.connect();
      await source.query('create table orders (id int primary key, amount numeric)');
      await source.query('create table revenue (day date primary key, total numeric)');
      await source.end();
      // One data folder for the three (its secret.key encrypts connector credentials: every process needs it).
      const dataDir = mkdtempSync(join(tmpdir(), 'sextant-roles-'));
      const env = { DATABASE_URL: withDatabase(catalogDb), SEXTANT_SCHEDULER_TICK_SECONDS: '1' };
      const common = ['--port', '0', '--data-dir', dataDir];
      const first = await start([...common, '--role', 'api'], env, /serving http/);
      key = /(sxt_[A-Za-z0-9_-]+)/.exec(first)![1]!;
      const second = await start([...common, '--role', 'api'], env, /serving http/);
      await start([...common, '--role', 'worker'], env, /worker running/);
      urls = [/serving (http:\/\/\S+)/.exec(first)![1]!, /serving (http:\/\/\S+)/.exec(second)![1]!];
      catalog = new pg.Client({ connectionString: withDatabase(catalogDb) });
      await catalog.connect();
    }, 120_000);

    afterAll(async () => {
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null) return resolve();
              child.once('exit', () => resolve());
              child.kill('SIGTERM');
            }),
        ),
      );
      await catalog?.end();
      for (const name of [catalogDb, sourceDb])
        await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }, 60_000);

    test('a due schedule runs once; writes and new edges through one API process show through the other', async () => {
      const [a, b] = urls;
      const created = await call(a, '/api/v1/integration/integrations', {
        method: 'POST',
        body: {
          name: 'source',
          type: 'postgres',
          credentials: { host: '127.0.0.1', port: 5432, user: 'postgres', database: [sourceDb] },
        },
      });
      expect(created.status).toBe(201);
      const integrationId = created.body.id as string;
      // Due a minute ago: the worker's next tick (every second here) claims it; API processes run no jobs.
      await catalog.query(
        'update integrations set schedule_enabled = 1, scheduled_extractions_next_run = $1 where id = $2',
        [new Date(Date.now() - 60_000).toISOString(), integrationId],
      );
      const syncs = async () =>
        (await call(b, `/api/v1/integration/integrations/${integrationId}/syncs`)).body.results as {
          status: string;
        }[];
      const finished = await until('the scheduled run', async () => {
        const list = await syncs();
        return list.some((run) => !['queued', 'running'].includes(run.status)) ? list : undefined;
      });
      expect(finished.map((run) => run.status)).toEqual(['succeeded']);
      // Several more ticks: the schedule moved on, nothing runs it again.
      await new Promise((r) => setTimeout(r, 3000));
      expect((await syncs()).length).toBe(1);

      const tableId = async (url: string, title: string) =>
        (
          (await call(url, `/api/v1/table/tables?integration_id=${integrationId}&title=${title}`)).body
            .results as { id: string }[]
        )[0]!.id;
      const orders = await tableId(a, 'orders');
      const revenue = await tableId(b, 'revenue');
      const patched = await call(a, `/api/v1/resource/all/${orders}`, {
        method: 'PATCH',
        body: { description: 'One row per order' },
      });
      expect(patched.status).toBe(200);
      expect((await call(b, `/api/v1/resource/all/${orders}`)).body.description).toBe('One row per order');

      const graph = async () =>
        (await call(b, `/api/v1/lineage/graph?resource_id=${orders}&direction=downstream&depth=5`)).body
          .edges as { from: string; to: string }[];
      expect(await graph()).toEqual([]);
      const edge = await call(a, '/api/v1/lineage/manual', {
        method: 'POST',
        body: { from_entity: orders, to_entity: revenue, direction: 'DOWNSTREAM' },
      });
      expect(edge.status).toBe(201);
      expect((await graph()).map((e) => [e.from, e.to])).toEqual([[orders, revenue]]);
    }, 120_000);
  });
}
