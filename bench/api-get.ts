// GET /api/v1/resource/all/{id} over HTTP (issue 2 / DESIGN.md §7: ≥ 5,000 req/s and p99 ≤ 25 ms with 64
// connections on SQLite). The server runs as its own process (built CLI, log level warn); this process seeds
// 10,000 resources into its SQLite file (and PostgreSQL database when DATABASE_URL is set) first and then drives the load for DURATION seconds from a separate
// process: wrk (Debian package; one thread, so the server keeps a core of the two) when installed, and
// autocannon (Node, needs about a core of its own) in the same run, so the two can be compared.
import { execSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootstrapIfEmpty, openStore } from '@sextant/server';
import autocannon from 'autocannon';
import pg from 'pg';
import { newId } from '../packages/server/src/lib/ids.js';
import { ROOT, startServerProcess } from './lib/server-process.js';

const RESOURCES = Number(process.env.RESOURCES ?? 10_000);
const DURATION = Number(process.env.DURATION ?? 20);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 64);
// `sextant serve --workers N` (default 1: one process, as `npm start` runs it).
const WORKERS = Number(process.env.WORKERS ?? 1);

execSync('npm run build --silent', { cwd: ROOT, stdio: 'inherit' });
// Node flags for the serving processes only (workers inherit them), e.g. SERVER_NODE_OPTIONS=--max-semi-space-size=32.
const SERVER_NODE_OPTIONS = process.env.SERVER_NODE_OPTIONS ?? '';
// SQLite, then PostgreSQL in the same run when DATABASE_URL names a server (a database of its own, dropped after).
for (const backend of process.env.DATABASE_URL ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const)) {
  const database = backend === 'postgres' ? await createDatabase(process.env.DATABASE_URL!) : undefined;
  try {
    await measure(backend, database?.url ?? '');
  } finally {
    await database?.drop();
  }
}

async function measure(backend: 'sqlite' | 'postgres', databaseUrl: string): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sextant-api-get-'));
  const ids = await seed(dataDir, databaseUrl);
  const loadBefore = loadavg()[0]!;
  const server = await startServerProcess({
    dataDir,
    env: {
      SEXTANT_ADMIN_PASSWORD: 'bench-password',
      NODE_OPTIONS: SERVER_NODE_OPTIONS,
      DATABASE_URL: databaseUrl,
    },
    args: ['--workers', String(WORKERS)],
  });
  const key = await createKey(dataDir, databaseUrl);

  const probe = await fetch(`${server.url}/api/v1/resource/all/${ids[0]}`, {
    headers: { authorization: `Bearer ${key}` },
  });
  if (!probe.ok) throw new Error(`GET resource answered ${probe.status}: ${await probe.text()}`);

  const wrk = runWrk({ dataDir, ids, key, url: server.url });
  const result = await autocannon({
    url: server.url,
    connections: CONNECTIONS,
    duration: DURATION,
    headers: { authorization: `Bearer ${key}` },
    requests: [
      {
        method: 'GET',
        setupRequest: (request: { path: string }) => {
          request.path = `/api/v1/resource/all/${ids[Math.floor(Math.random() * ids.length)]}`;
          return request;
        },
      },
    ],
  });
  await server.stop();

  console.log(
    `GET /api/v1/resource/all/{id}: ${RESOURCES} resources, ${backend}, ${WORKERS} worker(s), ${CONNECTIONS} connections, ${DURATION} s${SERVER_NODE_OPTIONS ? `, server NODE_OPTIONS ${SERVER_NODE_OPTIONS}` : ''}; load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`,
  );
  if (wrk) {
    console.log(`wrk (1 thread): ${Math.round(wrk.rps)} req/s (target ≥ 5000)`);
    console.log(
      `  latency ms  p50 ${wrk.p50.toFixed(1)}  p99 ${wrk.p99.toFixed(1)} (target ≤ 25)  errors ${wrk.errors}  non-2xx ${wrk.non2xx}`,
    );
  } else {
    console.log('wrk: not installed (apt-get install wrk); autocannon only');
  }
  const { requests, latency } = result;
  console.log(
    `autocannon: ${Math.round(requests.average)} req/s mean, ${Math.round(requests.p50)} median (target ≥ 5000)`,
  );
  console.log(`  latency ms  p50 ${latency.p50}  p97.5 ${latency.p97_5}  p99 ${latency.p99} (target ≤ 25)`);
  console.log(
    `  total ${requests.total}  non-2xx ${result.non2xx}  errors ${result.errors}  timeouts ${result.timeouts}`,
  );
}

/** A fresh PostgreSQL database on the server `adminUrl` names. */
async function createDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `sextant_bench_api_get_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Drives the same load with wrk first, when it is installed; its Lua script picks a random id per request. */
function runWrk(target: {
  dataDir: string;
  ids: string[];
  key: string;
  url: string;
}): { rps: number; p50: number; p99: number; errors: number; non2xx: number } | undefined {
  const { dataDir, ids, key } = target;
  try {
    execSync('command -v wrk', { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  const script = join(dataDir, 'get-resource.lua');
  writeFileSync(
    script,
    `local ids = {${ids.map((id) => `"${id}"`).join(',')}}
local headers = { ["Authorization"] = "Bearer ${key}" }
request = function()
  return wrk.format("GET", "/api/v1/resource/all/" .. ids[math.random(#ids)], headers)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %f %f %d %d\\n", summary.requests, summary.duration, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, e.connect + e.read + e.write + e.timeout, e.status))
end
`,
  );
  const output = execSync(`wrk -t1 -c${CONNECTIONS} -d${DURATION}s --latency -s ${script} ${target.url}`, {
    encoding: 'utf8',
  });
  const match = /RESULT (.+)/.exec(output);
  if (!match?.[1]) throw new Error(`wrk printed no result:\n${output}`);
  const [requests, durationUs, p50, p99, errors, non2xx] = match[1].split(' ').map(Number);
  return { rps: requests! / (durationUs! / 1e6), p50: p50!, p99: p99!, errors: errors!, non2xx: non2xx! };
}

/** Bootstraps the store and writes one integration with RESOURCES table resources; returns their ids. */
async function seed(dir: string, databaseUrl: string): Promise<string[]> {
  const store = await openStore({ databaseUrl, sqliteFile: join(dir, 'sextant.db') });
  await bootstrapIfEmpty(store.db, { dataDir: dir, adminPassword: 'bench-password' });
  const ws = await store.db.selectFrom('workspaces').select('id').executeTakeFirstOrThrow();
  const now = new Date().toISOString();
  const integrationId = newId();
  await store.db
    .insertInto('integrations')
    .values({
      id: integrationId,
      workspace_id: ws.id,
      name: 'bench',
      type: 'custom',
      created_at: now,
      updated_at: now,
    })
    .execute();
  const ids: string[] = [];
  const rows = [];
  for (let i = 0; i < RESOURCES; i++) {
    const id = newId();
    ids.push(id);
    rows.push({
      id,
      workspace_id: ws.id,
      integration_id: integrationId,
      databuilder_id: `table-${i}`,
      entity_type: 'table',
      native_type: 'table',
      title: `orders_${i}`,
      title_lower: `orders_${i}`,
      title_full: `analytics.public.orders_${i}`,
      description: `Orders table number ${i}, one row per order line.`,
      schema_name: 'public',
      database_name: 'analytics',
      created_at: now,
      updated_at: now,
    });
  }
  await store.db.transaction().execute(async (tx) => {
    for (let i = 0; i < rows.length; i += 500)
      await tx
        .insertInto('resources')
        .values(rows.slice(i, i + 500))
        .execute();
  });
  await store.close();
  return ids;
}

/** A viewer key made through the CLI, as an operator would. */
async function createKey(dir: string, databaseUrl: string): Promise<string> {
  return execSync(
    `node ${join(ROOT, 'packages/cli/dist/bundle/main.js')} token create --name bench --role viewer --data-dir ${dir}`,
    {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: databaseUrl },
    },
  ).trim();
}
