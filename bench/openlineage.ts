// OpenLineage ingest (issue 19, DESIGN §7: ≥ 2,000 events/s applied). A real server on a temporary SQLite file
// (then on a new PostgreSQL database when DATABASE_URL or SEXTANT_TEST_PG_URL is set) receives Spark-shaped
// RunEvents over HTTP: each run a START and a COMPLETE of one of JOBS jobs, each event with 10 input and 2 output
// datasets (schema facets) and a columnLineage facet of 50 fields per output. Batches of BATCH events are posted by
// CONCURRENCY clients. Prints events/s accepted (all 201s back) and applied (no event pending), and the load.
// The server's job worker is off while the events are posted, then the worker's drain runs alone: the two figures
// are measured apart (with the worker on, both share one event loop and the slower one paces both). Each figure is
// also given per CPU-second of this process (the posting clients run in it too), steadier than wall time when the
// machine is loaded.
//   EVENTS=20000 JOBS=50 npm run bench -- openlineage
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, startServer } from '@sextant/server';
import pg from 'pg';
import { applyPendingOpenLineageEvents } from '../packages/server/src/openlineage/index.js';
import { countPendingOpenLineageEvents } from '../packages/server/src/store/openlineage/index.js';

const EVENTS = Number(process.env.EVENTS ?? 20_000);
const JOBS = Number(process.env.JOBS ?? 50);
const BATCH = Number(process.env.BATCH ?? 100);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 4);
const FIELDS = 50;
const PRODUCER = 'https://github.com/OpenLineage/OpenLineage/tree/1.9.0/integration/spark';
const facet = (url: string) => ({ _producer: PRODUCER, _schemaURL: url });
const SCHEMA_URL = 'https://openlineage.io/spec/facets/1-1-0/SchemaDatasetFacet.json';
const CLL_URL = 'https://openlineage.io/spec/facets/1-2-0/ColumnLineageDatasetFacet.json';
const fields = Array.from({ length: FIELDS }, (_, i) => ({
  name: `col_${i}`,
  type: i % 3 ? 'string' : 'bigint',
}));

function dataset(name: string, withLineage: string[] = []) {
  const facets: Record<string, unknown> = { schema: { ...facet(SCHEMA_URL), fields } };
  if (withLineage.length > 0) {
    facets.columnLineage = {
      ...facet(CLL_URL),
      fields: Object.fromEntries(
        fields.map((f, i) => [
          f.name,
          {
            inputFields: [
              {
                namespace: 'hive://metastore:9083',
                name: withLineage[i % withLineage.length],
                field: f.name,
                transformations: [
                  { type: i % 5 ? 'DIRECT' : 'INDIRECT', subtype: i % 5 ? 'IDENTITY' : 'FILTER' },
                ],
              },
            ],
          },
        ]),
      ),
    };
  }
  return { namespace: 'hive://metastore:9083', name, facets };
}

/** The events of one run: START then COMPLETE, Spark-shaped. */
function runEvents(run: number) {
  const job = run % JOBS;
  const inputs = Array.from({ length: 10 }, (_, i) => `raw.source_${(job + i) % 40}`);
  const outputs = [`mart.job_${job}_a`, `mart.job_${job}_b`];
  const runId = randomUUID();
  return ['START', 'COMPLETE'].map((eventType, i) => ({
    eventType,
    eventTime: new Date(Date.UTC(2024, 0, 1) + run * 60_000 + i * 30_000).toISOString(),
    producer: PRODUCER,
    schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
    run: { runId },
    job: { namespace: 'spark-bench', name: `spark_app.job_${job}` },
    inputs: inputs.map((name) => dataset(name)),
    outputs: outputs.map((name) => dataset(name, inputs)),
  }));
}

const cpuSeconds = (used: NodeJS.CpuUsage) => (used.user + used.system) / 1e6;

async function benchBackend(label: string, config: { sqliteFile?: string; databaseUrl?: string }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'sextant-ol-bench-'));
  const server = await startServer(
    loadConfig({}, { dataDir, port: 0, bodyLimitBytes: 64 * 1024 * 1024, runJobs: false, ...config }),
    { logger: false, adminPassword: 'bench-password' },
  );
  try {
    const headers = {
      authorization: `Bearer ${server.bootstrap!.apiKey}`,
      'content-type': 'application/json',
    };
    // Encoded once here: the clients' work is not the server's (undici re-encoded each string body per request).
    const bodies: Buffer[] = [];
    let total = 0;
    let batch: unknown[] = [];
    for (let run = 0; bodies.length * BATCH + batch.length < EVENTS; run++) {
      batch.push(...runEvents(run));
      if (batch.length >= BATCH) {
        bodies.push(Buffer.from(JSON.stringify(batch)));
        total += batch.length;
        batch = [];
      }
    }
    if (batch.length > 0) {
      bodies.push(Buffer.from(JSON.stringify(batch)));
      total += batch.length;
    }
    const bytes = bodies.reduce((n, b) => n + b.length, 0);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < bodies.length) {
          const body = bodies[next++]!;
          const res = await fetch(`${server.url}/api/v1/lineage/batch`, { method: 'POST', headers, body });
          if (res.status !== 201) throw new Error(`batch answered ${res.status}: ${await res.text()}`);
        }
      }),
    );
    const accepted = performance.now() - t0;
    const acceptedCpu = cpuSeconds(process.cpuUsage(cpu0));
    const cpu1 = process.cpuUsage();
    const t1 = performance.now();
    let syncs = 0;
    while ((await countPendingOpenLineageEvents(server.store.db)) > 0) {
      syncs += (await applyPendingOpenLineageEvents(server.store, { batchSize: 1000 })).syncs;
    }
    const applied = performance.now() - t1;
    const appliedCpu = cpuSeconds(process.cpuUsage(cpu1));
    const edges = await server.store.db
      .selectFrom('lineage')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    console.log(
      `${label}: ${total} events (${(bytes / 1e6).toFixed(1)} MB JSON, ${JOBS} jobs, 10 in / 2 out, ${FIELDS}-field column lineage), batches of ${BATCH}, ${CONCURRENCY} clients`,
    );
    console.log(
      `  accepted ${Math.round(total / (accepted / 1000))} events/s (${(accepted / 1000).toFixed(2)} s; ${Math.round(total / acceptedCpu)} per CPU-second)   applied ${Math.round(total / (applied / 1000))} events/s (${(applied / 1000).toFixed(2)} s; ${Math.round(total / appliedCpu)} per CPU-second; ${syncs} syncs)   target ≥ 2,000/s   lineage edges ${Number(edges?.n)}`,
    );
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

console.log(
  `load before: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
const sqliteDir = mkdtempSync(join(tmpdir(), 'sextant-ol-sqlite-'));
await benchBackend('SQLite', { sqliteFile: join(sqliteDir, 'sextant.db') });
rmSync(sqliteDir, { recursive: true, force: true });

const pgUrl = process.env.DATABASE_URL ?? process.env.SEXTANT_TEST_PG_URL;
if (pgUrl) {
  const name = `sextant_bench_ol_${Date.now().toString(36)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`create database ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  try {
    await benchBackend('PostgreSQL', { databaseUrl: url.toString() });
  } finally {
    await admin(`drop database if exists ${name} with (force)`);
  }
} else {
  console.log('PostgreSQL: skipped (set DATABASE_URL or SEXTANT_TEST_PG_URL)');
}
console.log(
  `load after: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
