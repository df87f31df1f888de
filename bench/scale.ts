// `npm run bench -- scale [--resources N] [--edges N] [--duration S]`: SQLite and PostgreSQL side by side in one
// run (issue 17), so that every figure is a ratio measured in the same window of a shared machine. Runs the
// benchmarks that measure each part, on both backends, one after the other, and prints one table:
//
//   first sync and identical re-sync of N resources + N lineage lines      bench/sync-jsonl.ts
//   search p50/p95 over the query mix, at N resources                      bench/search.ts
//   GET /resource/all/{id} req/s and p99 with 1 and 2 serving processes    bench/api-get.ts (WORKERS=1, 2)
//   lineage graph answer, depth-5 p95, on a graph of --edges edges         bench/lineage-graph.ts
//
// PostgreSQL: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres); each benchmark makes a database
// of its own and drops it. The load average is printed beside each part: read ratios, not absolute figures, on a
// busy machine.
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values } = parseArgs({
  options: {
    resources: { type: 'string', default: '200000' },
    edges: { type: 'string', default: '200000' },
    duration: { type: 'string', default: '10' },
  },
});
const DATABASE_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const RUN = join(dirname(fileURLToPath(import.meta.url)), 'run.mjs');
const load = () => loadavg()[0]!.toFixed(1);

/** Runs one benchmark, echoing its output indented, and returns that output. */
function bench(name: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  console.log(
    `\n── ${name} ${args.join(' ')} ${Object.entries(env)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [RUN, name, ...args], {
      env: { ...process.env, DATABASE_URL, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk.toString().replace(/^/gm, '   '));
    });
    child.once('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${name} exited with ${code}`)),
    );
  });
}

type Row = { what: string; sqlite: string; postgres: string; load: string };
const rows: Row[] = [];
const num = (text: string | undefined) => (text === undefined ? Number.NaN : Number(text));
const ratio = (row: { sqlite: number; postgres: number }) => row.postgres / row.sqlite;
function add(what: string, sqlite: number, postgres: number, unit: string, loadAverage: string) {
  const f = (v: number) => (Number.isNaN(v) ? '—' : `${v.toFixed(v >= 100 ? 0 : 1)} ${unit}`);
  rows.push({
    what,
    sqlite: f(sqlite),
    postgres: `${f(postgres)} (×${ratio({ sqlite, postgres }).toFixed(2)})`,
    load: loadAverage,
  });
}

const N = values.resources;
// sync-jsonl writes into the database DATABASE_URL names: give it one of its own.
const syncDatabase = `sextant_bench_scale_sync_${process.pid}`;
const admin = new pg.Client({ connectionString: DATABASE_URL });
await admin.connect();
await admin.query(`create database ${syncDatabase}`);
const syncUrl = new URL(DATABASE_URL);
syncUrl.pathname = `/${syncDatabase}`;
const sync = await bench('sync-jsonl', ['--resources', N, '--lineages', N], {
  DATABASE_URL: syncUrl.toString(),
}).finally(async () => {
  await admin.query(`drop database if exists ${syncDatabase} with (force)`);
  await admin.end();
});
for (const pass of ['first sync', 'second sync (identical)']) {
  const seconds = (backend: string) =>
    num(new RegExp(`^${backend} ${pass.replace(/[()]/g, '\\$&')}: ([\\d.]+) s`, 'm').exec(sync)?.[1]);
  add(`${pass}, ${N} + ${N} lines`, seconds('sqlite'), seconds('postgres'), 's', load());
}

const search = await bench('search', ['--resources', N, '--runs', '3']);
for (const [label, index] of [
  ['p50', 1],
  ['p95', 2],
] as const) {
  const ms = (backend: string) =>
    num(
      new RegExp(`^${backend} all\\s*: \\d+ searches, p50 ([\\d.]+) ms, p95 ([\\d.]+) ms`, 'm').exec(
        search,
      )?.[index],
    );
  add(`search ${label}, ${N} resources`, ms('sqlite'), ms('postgres'), 'ms', load());
}

for (const workers of ['1', '2']) {
  const out = await bench('api-get', [], { WORKERS: workers, DURATION: values.duration });
  const part = (backend: string) => out.slice(out.indexOf(`, ${backend}, `));
  const rps = (backend: string) => num(/autocannon: (\d+) req\/s mean/.exec(part(backend))?.[1]);
  const p99 = (backend: string) => num(/p99 (\d+(?:\.\d+)?)/.exec(part(backend))?.[1]);
  add(`GET resource req/s, ${workers} process(es)`, rps('sqlite'), rps('postgres'), 'req/s', load());
  add(`GET resource p99, ${workers} process(es)`, p99('sqlite'), p99('postgres'), 'ms', load());
}

const edges = Number(values.edges);
const graph = await bench('lineage-graph', [], {
  EDGES: String(edges),
  TABLES: String(Math.max(1000, Math.round(edges * 0.3))),
  SAMPLES: '200',
});
const graphP95 = (backend: string) => {
  const section = graph.slice(graph.indexOf(`${backend}: seeded`));
  return num(/GET graph answer \(index fresh\)\s+p50\s+[\d.]+ ms\s+p95\s+([\d.]+) ms/.exec(section)?.[1]);
};
add(`graph answer depth-5 p95, ${edges} edges`, graphP95('SQLite'), graphP95('PostgreSQL'), 'ms', load());

console.log('\nSQLite and PostgreSQL, one run (PostgreSQL ×ratio to SQLite; load average after each part)');
const width = Math.max(...rows.map((r) => r.what.length));
for (const row of rows) {
  console.log(
    `  ${row.what.padEnd(width)}  ${row.sqlite.padStart(12)}  ${row.postgres.padStart(22)}  load ${row.load}`,
  );
}
