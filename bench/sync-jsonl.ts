// `npm run bench -- sync-jsonl [--resources N] [--lineages N]`: generates a warehouse-shaped JSONL upload
// (databases → schemas → tables → columns, column-to-column lineage plus some external references) and syncs it
// twice through the sync engine on SQLite (and on PostgreSQL when DATABASE_URL is set), printing time and peak RSS.
// `--data DIR` keeps the generated files there for the next run; PASSES=1 runs the first sync only;
// BENCH_VERBOSE=1 prints each step's time, SEXTANT_SQL_PROFILE=1 the slowest statements (SQLite); SEXTANT_COPY_MIN_ROWS=Infinity
// runs PostgreSQL's row-by-row path instead of COPY (to compare both in one window).
// Targets (DESIGN §7): 1M resources + 1M lineage lines on SQLite in ≤ 60 s with peak RSS ≤ 1.5 GB; the second,
// identical sync ≤ 30 s.

import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { importJsonlFiles } from '../packages/server/src/imports/index.js';
import { openStore, type Store } from '../packages/server/src/store/database.js';
import { takeSqlProfile } from '../packages/server/src/store/sql-profile.js';
import { createSyncTarget } from '../packages/server/src/sync/sync-test-support.js';

const { values } = parseArgs({
  options: {
    resources: { type: 'string', default: '1000000' },
    lineages: { type: 'string', default: '1000000' },
    // Keep the generated files in DIR and reuse them on the next run with the same sizes (iterating on the engine).
    data: { type: 'string' },
    // `postgres` alone needs DATABASE_URL; the default runs SQLite, then PostgreSQL when DATABASE_URL is set.
    backends: { type: 'string', default: 'sqlite,postgres' },
  },
});
const RESOURCES = Number(values.resources);
const LINEAGES = Number(values.lineages);
const COLUMNS_PER_TABLE = 19;
const SCHEMAS = 20;

async function writeLines(path: string, count: number, line: (i: number) => unknown): Promise<void> {
  const out = createWriteStream(path);
  for (let i = 0; i < count; i++) {
    if (!out.write(`${JSON.stringify(line(i))}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Resource i: 2 databases, 20 schemas, then tables each followed by their columns. */
function tableCount(): number {
  return Math.floor((RESOURCES - 2 - SCHEMAS) / (COLUMNS_PER_TABLE + 1));
}
const schemaOf = (t: number) => `s${t % SCHEMAS}`;
const dbOf = (s: number) => `db${s % 2}`;
const tableId = (t: number) => `${dbOf(t % SCHEMAS)}.${schemaOf(t)}.t${t}`;

function resourceLine(i: number): unknown {
  if (i < 2) return { entity_type: 'database', databuilder_id: `db${i}`, title: `db${i}` };
  if (i < 2 + SCHEMAS) {
    const s = i - 2;
    return {
      entity_type: 'schema',
      databuilder_id: `${dbOf(s)}.s${s}`,
      parent_databuilder_id: dbOf(s),
      title: `s${s}`,
      database: dbOf(s),
    };
  }
  const k = i - 2 - SCHEMAS;
  const t = Math.floor(k / (COLUMNS_PER_TABLE + 1));
  const c = k % (COLUMNS_PER_TABLE + 1);
  if (c === 0) {
    return {
      entity_type: 'table',
      databuilder_id: tableId(t),
      parent_databuilder_id: `${dbOf(t % SCHEMAS)}.${schemaOf(t)}`,
      title: `t${t}`,
      schema: schemaOf(t),
      database: dbOf(t % SCHEMAS),
      description: `Table number ${t}`,
      native_type: 'table',
    };
  }
  return {
    entity_type: 'column',
    databuilder_id: `${tableId(t)}.c${c}`,
    parent_databuilder_id: tableId(t),
    title: `c${c}`,
    type: 'integer',
    sort_order: c,
    description: c % 3 === 0 ? `Column ${c} of t${t}` : null,
  };
}

/** Lineage line i: mostly column → column of the next table; every 10th a table by external name; every 100th unknown. */
function lineageLine(i: number): unknown {
  const tables = tableCount();
  const t = i % tables;
  const c = 1 + (Math.floor(i / tables) % COLUMNS_PER_TABLE);
  const next = (t + 1) % tables;
  if (i % 100 === 0) {
    return {
      from_identifier: { type: 'external_table', table: `elsewhere_${i}` },
      to_identifier: { type: 'internal_resource', databuilder_id: tableId(t) },
    };
  }
  if (i % 10 === 0) {
    return {
      from_identifier: { type: 'external_table', schema: schemaOf(t), table: `t${t}` },
      to_identifier: { type: 'internal_resource', databuilder_id: tableId(next) },
    };
  }
  return {
    from_identifier: { type: 'internal_resource', databuilder_id: `${tableId(t)}.c${c}` },
    to_identifier: { type: 'internal_resource', databuilder_id: `${tableId(next)}.c${c}` },
  };
}

/**
 * CPU seconds of this process's main thread (Linux): the thread that drives SQLite, and so the one a sync waits
 * on; the JSONL reader's worker runs beside it on the other core.
 */
function mainThreadCpuSeconds(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return Number.NaN;
  }
}

/**
 * CPU seconds the PostgreSQL server processes serving this bench's pool spent so far, by process id (Linux, server
 * on this machine): a PostgreSQL sync does its work there, not in the bench process. Parallel workers not included.
 */
async function serverCpuSeconds(store: Store): Promise<Map<number, number>> {
  const cpu = new Map<number, number>();
  if (store.backend !== 'postgres') return cpu;
  const { rows } = await sql<{ pid: number }>`select pid from pg_stat_activity
    where datname = current_database() and application_name = ${BENCH_APPLICATION}`.execute(store.db);
  for (const { pid } of rows) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpu.set(pid, (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // Not on this machine, or gone.
    }
  }
  return cpu;
}

function serverCpuSince(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

const BENCH_APPLICATION = 'sextant-bench-sync';

async function measure(label: string, store: Store, files: { resourcesFile: string; lineagesFile: string }) {
  const { integrationId } = await createSyncTarget(store);
  for (const pass of ['first sync', 'second sync (identical)'].slice(0, Number(process.env.PASSES ?? 2))) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const mainBefore = mainThreadCpuSeconds();
    const serverBefore = await serverCpuSeconds(store);
    const record = await importJsonlFiles(store, files, { integrationId });
    const serverCpu = serverCpuSince(serverBefore, await serverCpuSeconds(store));
    const seconds = (performance.now() - started) / 1000;
    // CPU seconds of this process (SQLite runs in it, PostgreSQL does not): on a shared machine they move far
    // less with the load than the wall clock does.
    const cpu = process.cpuUsage(cpuBefore);
    const main = mainThreadCpuSeconds() - mainBefore;
    console.log(
      `${label} ${pass}: ${seconds.toFixed(1)} s (${((cpu.user + cpu.system) / 1e6).toFixed(1)} CPU s, ${main.toFixed(1)} on the main thread${store.backend === 'postgres' ? `; PostgreSQL server ${serverCpu.toFixed(1)} CPU s` : ''}), peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB, load ${loadavg()[0]!.toFixed(1)}, counts ${JSON.stringify(record.counts)}`,
    );
    if (process.env.SEXTANT_SQL_PROFILE) console.log(takeSqlProfile().join('\n'));
    if (process.env.BENCH_VERBOSE) {
      const row = await store.db
        .selectFrom('syncs')
        .select('logs')
        .where('id', '=', record.id)
        .executeTakeFirstOrThrow();
      const steps = JSON.parse(row.logs) as Array<{ message: string; ms?: number; cpu_ms?: number }>;
      console.log(
        steps
          .filter((step) => step.ms !== undefined)
          .map(
            (step) =>
              `  ${step.message}: ${(step.ms! / 1000).toFixed(1)} s (${((step.cpu_ms ?? 0) / 1000).toFixed(1)} CPU s)`,
          )
          .join('\n'),
      );
    }
  }
}

const dir = mkdtempSync(join(tmpdir(), 'sextant-bench-'));
const dataDir = values.data ? join(values.data, `${RESOURCES}-${LINEAGES}`) : dir;
try {
  const files = {
    resourcesFile: join(dataDir, 'resources.jsonl'),
    lineagesFile: join(dataDir, 'lineages.jsonl'),
  };
  if (!existsSync(files.lineagesFile)) {
    mkdirSync(dataDir, { recursive: true });
    await writeLines(files.resourcesFile, RESOURCES, resourceLine);
    await writeLines(files.lineagesFile, LINEAGES, lineageLine);
  }
  console.log(`generated ${RESOURCES} resources (${tableCount()} tables) and ${LINEAGES} lineage lines`);
  const backends = values.backends.split(',');
  if (backends.includes('sqlite')) {
    const sqlite = await openStore({ sqliteFile: process.env.BENCH_DB ?? join(dir, 'catalog.db') });
    await measure('sqlite', sqlite, files);
    await sqlite.close();
  }
  if (backends.includes('postgres') && process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.searchParams.set('application_name', BENCH_APPLICATION);
    const pg = await openStore({ databaseUrl: url.toString() });
    await measure('postgres', pg, files);
    await pg.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
