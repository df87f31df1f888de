// 1,000 monitors due at once (issue 23): they run through the job service's scheduler pass within their schedule
// window without blocking the API. Creates a small PostgreSQL table (SEXTANT_TEST_PG_URL), catalogues it with the
// built-in connector through a real server on a temporary SQLite file (scheduler tick 1 s), creates MONITORS
// row_count / null_percentage monitors over HTTP, makes them all due now, and while the scheduler runs them keeps
// CLIENTS concurrent `GET /api/v1/resource/all/{id}` loops going: reports the time until every monitor has a
// measurement and the GET latencies (p50/p99) during that time.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, startServer } from '@sextant/server';
import pg from 'pg';

const MONITORS = Number(process.env.MONITORS ?? 1000);
const CLIENTS = Number(process.env.CLIENTS ?? 4);
const ADMIN_URL = process.env.SEXTANT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const database = `sx_quality_monitors_${process.pid}`;

async function admin(sql: string, db?: string): Promise<void> {
  const url = new URL(ADMIN_URL);
  if (db) url.pathname = `/${db}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

await admin(`create database ${database}`);
await admin(
  `create table public.orders as select id, case when id % 10 = 0 then null else id * 2 end as amount
   from generate_series(1, 10000) as id`,
  database,
);
const dataDir = mkdtempSync(join(tmpdir(), 'sextant-bench-monitors-'));
const server = await startServer(
  loadConfig(
    { SEXTANT_SCHEDULER_TICK_SECONDS: '1', SEXTANT_JOB_POLL_MS: '200' },
    { dataDir, sqliteFile: join(dataDir, 'sextant.db'), port: 0 },
  ),
  { logger: false, adminPassword: 'bench-monitors-password' },
);
const headers = { authorization: `Bearer ${server.bootstrap!.apiKey}`, 'content-type': 'application/json' };
const call = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers,
    body: JSON.stringify(body ?? {}),
    ...(method === 'GET' && { body: undefined }),
  });
  return (await res.json()) as Record<string, any>;
};
try {
  const url = new URL(ADMIN_URL);
  const integration = await call('POST', '/api/v1/integration/integrations', {
    name: 'Bench',
    type: 'postgres',
    credentials: {
      host: url.hostname,
      port: Number(url.port || 5432),
      user: url.username || 'postgres',
      database: [database],
    },
  });
  const run = await call('POST', `/api/v1/integration/integrations/${integration.id}/run`, {});
  let sync = await call('GET', `/api/v1/integration/integrations/${integration.id}/syncs/${run.sync_id}`);
  while (['queued', 'running'].includes(sync.status)) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    sync = await call('GET', `/api/v1/integration/integrations/${integration.id}/syncs/${run.sync_id}`);
  }
  const idOf = async (suffix: string) =>
    (
      await server.store.db
        .selectFrom('resources')
        .select('id')
        .where('databuilder_id', '=', `${database}.public.${suffix}`)
        .executeTakeFirstOrThrow()
    ).id;
  const tableId = await idOf('orders');
  const columnId = await idOf('orders.amount');
  const created = performance.now();
  for (let i = 0; i < MONITORS; i++) {
    const monitor = await call('POST', '/api/v1/monitor/monitors', {
      target: i % 2 === 0 ? tableId : columnId,
      metric_type: i % 2 === 0 ? 'row_count' : 'null_percentage',
      schedule: { cadence: 'hourly' },
    });
    if (!monitor.id) throw new Error(`monitor not created: ${JSON.stringify(monitor)}`);
  }
  console.log(`created ${MONITORS} monitors in ${((performance.now() - created) / 1000).toFixed(1)} s`);

  const latencies: number[] = [];
  let isRunning = true;
  const clients = Array.from({ length: CLIENTS }, async () => {
    while (isRunning) {
      const started = performance.now();
      await fetch(`${server.url}/api/v1/resource/all/${tableId}`, { headers }).then((r) => r.arrayBuffer());
      latencies.push(performance.now() - started);
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const baseline = latencies.splice(0).sort((a, b) => a - b);
  const dueAt = new Date().toISOString();
  const started = performance.now();
  // biome-ignore lint/suspicious/noExplicitAny: the quality tables are typed in their own folder
  await (server.store.db as any).updateTable('monitors').set({ next_run_at: dueAt }).execute();
  let measured = 0;
  while (measured < MONITORS && performance.now() - started < 3_600_000) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    // biome-ignore lint/suspicious/noExplicitAny: as above
    const row = await (server.store.db as any)
      .selectFrom('monitor_measurements')
      .select((eb: any) => eb.fn.count('monitor_id').distinct().as('n'))
      .executeTakeFirstOrThrow();
    measured = Number(row.n);
  }
  const seconds = (performance.now() - started) / 1000;
  isRunning = false;
  await Promise.all(clients);
  const during = latencies.sort((a, b) => a - b);
  const pct = (list: number[], p: number) =>
    list[Math.min(list.length - 1, Math.floor((p / 100) * list.length))]?.toFixed(1);
  console.log(`${measured}/${MONITORS} monitors measured in ${seconds.toFixed(1)} s (window: 1 h)`);
  console.log(
    `GET resource, ${CLIENTS} clients: before p50 ${pct(baseline, 50)} ms p99 ${pct(baseline, 99)} ms; during p50 ${pct(during, 50)} ms p99 ${pct(during, 99)} ms over ${during.length} requests (target p99 ≤ 50 ms)`,
  );
} finally {
  await server.close();
  await admin(`drop database if exists ${database} with (force)`);
}
