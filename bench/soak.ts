// `npm run bench -- soak [--clients 100] [--seconds 60] [--backend sqlite|postgres] [--workers N] [--no-build]`
// (issue #16): the built server under mixed load. CLIENTS concurrent clients loop over reads (resource GET, search,
// catalog filter, lineage graph) and writes (PATCH description, tagging, manual lineage) while a CSV import re-syncs
// another integration back to back. It prints requests/s, p50/p99 per kind, 5xx, other errors and timeouts (10 s),
// then reads back every acknowledged write (0 lost is the pass). On PostgreSQL it also samples pg_stat_activity
// every second and prints what the server's connections were waiting on.
import { execSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { ROOT, startServerProcess } from './lib/server-process.js';
import { Api, loadSoakCatalog, type SoakCatalog, soakCsv } from './lib/soak-catalog.js';

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '60' },
    backend: { type: 'string', default: 'sqlite' },
    workers: { type: 'string', default: '1' },
    'csv-tables': { type: 'string', default: '1000' },
    'no-build': { type: 'boolean', default: false },
    /** Keep the PostgreSQL database afterwards (its URL is printed), to look at plans. */
    keep: { type: 'boolean', default: false },
  },
});
const CLIENTS = Number(args.clients);
const SECONDS = Number(args.seconds);
const BACKEND = args.backend === 'postgres' ? 'postgres' : 'sqlite';
const WORKERS = Number(args.workers);
const CSV_TABLES = Number(args['csv-tables']);
const PG_ADMIN_URL = process.env.SEXTANT_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

type Kind = 'get' | 'search' | 'catalog' | 'graph' | 'describe' | 'tag' | 'lineage' | 'import';
const MIX: Array<[Kind, number]> = [
  ['get', 30],
  ['search', 12],
  ['catalog', 12],
  ['graph', 12],
  ['describe', 14],
  ['tag', 10],
  ['lineage', 10],
];

interface KindStats {
  latencies: number[];
  ok: number;
  status5xx: number;
  /** 4xx answers that the workload does not expect (a 409 for a duplicate edge is expected, and counted apart). */
  status4xx: number;
  expected4xx: number;
  timeouts: number;
  errors: number;
}

const stats = new Map<Kind, KindStats>();
/** 5xx answers by status (503 = SQLite busy, retryable; 500 = a bug). */
const fivexx = new Map<number, number>();
const statsOf = (kind: Kind) => {
  let s = stats.get(kind);
  if (!s) {
    s = { latencies: [], ok: 0, status5xx: 0, status4xx: 0, expected4xx: 0, timeouts: 0, errors: 0 };
    stats.set(kind, s);
  }
  return s;
};

/** Acknowledged writes: the last description and tag per resource (each resource has one writer), and edges. */
const acked = {
  descriptions: new Map<string, string>(),
  tags: new Map<string, string>(),
  edges: new Set<string>(),
};

if (!args['no-build']) execSync('npm run build --silent', { cwd: ROOT, stdio: 'inherit' });
const database = BACKEND === 'postgres' ? await createDatabase() : undefined;
const server = await startServerProcess({
  dataDir: mkdtempSync(join(tmpdir(), 'sextant-soak-')),
  env: {
    SEXTANT_ADMIN_PASSWORD: 'soak-password',
    ...(database ? { DATABASE_URL: database.url } : {}),
  },
  args: ['--workers', String(WORKERS)],
});
try {
  if (!server.apiKey) throw new Error('the server printed no admin key');
  const api = new Api(server.url, server.apiKey);
  const catalog = await loadSoakCatalog(api);
  console.log(
    `soak: ${BACKEND}, ${WORKERS} worker(s), ${CLIENTS} clients, ${SECONDS} s, ${catalog.tableIds.length} tables with lineage, CSV import of ${CSV_TABLES * 5} rows looping`,
  );
  const loadBefore = loadavg();
  const deadline = Date.now() + SECONDS * 1000;
  const sampler = database ? sampleWaits(database.url, deadline) : undefined;
  const started = performance.now();
  const imports = runImports(api, catalog, deadline);
  await Promise.all(
    Array.from({ length: CLIENTS }, (_, client) => runClient(api, catalog, client, deadline)),
  );
  const elapsed = (performance.now() - started) / 1000;
  const importRounds = await imports;
  const waits = await sampler;
  const loadAfter = loadavg();
  report(elapsed, importRounds, loadBefore, loadAfter);
  if (fivexx.size > 0)
    console.log(`5xx by status: ${[...fivexx].map(([status, n]) => `${status} × ${n}`).join(', ')}`);
  if (waits) printWaits(waits);
  const lost = await verify(api, catalog);
  console.log(`verify: ${lost.checked} acknowledged writes read back, ${lost.missing.length} lost`);
  for (const m of lost.missing.slice(0, 10)) console.log(`  lost: ${m}`);
  const any5xx = [...stats.values()].some((s) => s.status5xx > 0);
  if (lost.missing.length > 0 || any5xx) process.exitCode = 1;
} finally {
  await server.stop();
  if (database && args.keep) console.log(`kept database ${database.url}`);
  else await database?.drop();
}

async function runClient(api: Api, catalog: SoakCatalog, client: number, deadline: number): Promise<void> {
  // Writes go to this client's own tables only, so the last acknowledged value of each is well defined.
  const own = catalog.tableIds.filter((_, i) => i % CLIENTS === client);
  let round = 0;
  while (Date.now() < deadline) {
    round += 1;
    const kind = pickKind(own.length > 0);
    const random = (ids: string[]) => ids[Math.floor(Math.random() * ids.length)]!;
    const table = random(catalog.tableIds);
    switch (kind) {
      case 'get':
        await timed(kind, () => api.call('GET', `/api/v1/resource/all/${table}`));
        break;
      case 'search':
        await timed(kind, () => api.call('GET', `/api/v1/search?q=orders_${Math.floor(Math.random() * 40)}`));
        break;
      case 'catalog': {
        const filter = { operator: 'contains', field: 'title', value: `_${Math.floor(Math.random() * 100)}` };
        await timed(kind, () =>
          api.call(
            'GET',
            `/api/v1/resource/catalog?filter=${encodeURIComponent(JSON.stringify(filter))}&page_size=20`,
          ),
        );
        break;
      }
      case 'graph':
        await timed(kind, () => api.call('GET', `/api/v1/lineage/graph?resource_id=${table}&depth=3`));
        break;
      case 'describe': {
        const target = random(own);
        const description = `client ${client} round ${round}`;
        if (await timed(kind, () => api.call('PATCH', `/api/v1/resource/all/${target}`, { description })))
          acked.descriptions.set(target, description);
        break;
      }
      case 'tag': {
        const target = random(own);
        const tag = random(catalog.tagIds);
        if (await timed(kind, () => api.call('PATCH', `/api/v1/resource/all/${target}`, { tags: [tag] })))
          acked.tags.set(target, tag);
        break;
      }
      case 'lineage': {
        const from = random(own);
        const to = random(catalog.tableIds);
        if (from === to) break;
        const body = { from_entity: from, to_entity: to, direction: 'DOWNSTREAM' };
        await timed(
          kind,
          () => api.call('POST', '/api/v1/lineage/manual', body),
          async (res) => {
            if (res.status === 201) acked.edges.add(((await res.json()) as { id: string }).id);
          },
        );
        break;
      }
    }
  }
}

function pickKind(canWrite: boolean): Kind {
  const mix = canWrite ? MIX : MIX.filter(([k]) => !['describe', 'tag', 'lineage'].includes(k));
  let roll = Math.random() * mix.reduce((sum, [, w]) => sum + w, 0);
  for (const [kind, weight] of mix) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return 'get';
}

/** Runs one request and records it; answers true when it was acknowledged (2xx). */
async function timed(
  kind: Kind,
  send: () => Promise<Response>,
  onAnswer?: (res: Response) => Promise<void>,
): Promise<boolean> {
  const s = statsOf(kind);
  const started = performance.now();
  try {
    const res = await send();
    if (onAnswer) await onAnswer(res);
    else await res.arrayBuffer();
    s.latencies.push(performance.now() - started);
    if (res.status >= 500) {
      s.status5xx += 1;
      fivexx.set(res.status, (fivexx.get(res.status) ?? 0) + 1);
    } else if (res.status === 409 && kind === 'lineage') s.expected4xx += 1;
    else if (res.status >= 400) s.status4xx += 1;
    else s.ok += 1;
    return res.ok;
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') s.timeouts += 1;
    else s.errors += 1;
    return false;
  }
}

/** Re-syncs the CSV integration back to back until the deadline; answers the number of completed imports. */
async function runImports(api: Api, catalog: SoakCatalog, deadline: number): Promise<number> {
  let rounds = 0;
  while (Date.now() < deadline) {
    const form = new FormData();
    form.append('file', new Blob([soakCsv(CSV_TABLES, rounds)]), 'soak.csv');
    const ok = await timed('import', () =>
      api.call(
        'POST',
        `/api/v1/integration/integrations/${catalog.csvIntegrationId}/import_metadata`,
        form,
        120_000,
      ),
    );
    if (ok) rounds += 1;
  }
  return rounds;
}

async function verify(api: Api, catalog: SoakCatalog): Promise<{ checked: number; missing: string[] }> {
  const missing: string[] = [];
  let checked = 0;
  const written = new Set([...acked.descriptions.keys(), ...acked.tags.keys()]);
  for (const id of written) {
    const resource = await api.json<{ description: string; tags: string[] }>(
      'GET',
      `/api/v1/resource/all/${id}`,
    );
    const description = acked.descriptions.get(id);
    if (description !== undefined) {
      checked += 1;
      if (resource.description !== description)
        missing.push(`${id} description ${JSON.stringify(resource.description)} ≠ ${description}`);
    }
    const tag = acked.tags.get(id);
    if (tag !== undefined) {
      checked += 1;
      if (!resource.tags.includes(tag)) missing.push(`${id} tags ${resource.tags.join(',')} lack ${tag}`);
    }
  }
  for (const edge of acked.edges) {
    checked += 1;
    const res = await api.call('GET', `/api/v1/lineage/manual/${edge}`);
    if (res.status !== 200) missing.push(`manual lineage ${edge}: ${res.status}`);
    await res.arrayBuffer();
  }
  void catalog;
  return { checked, missing };
}

function report(elapsed: number, importRounds: number, before: number[], after: number[]): void {
  const total = [...stats.values()].reduce((sum, s) => sum + s.latencies.length + s.timeouts + s.errors, 0);
  console.log(
    `${total} requests in ${elapsed.toFixed(1)} s: ${Math.round(total / elapsed)} req/s; ${importRounds} CSV imports completed; load average ${before.map((l) => l.toFixed(2)).join(' ')} before, ${after.map((l) => l.toFixed(2)).join(' ')} after`,
  );
  console.log('kind        count   p50 ms   p99 ms   max ms   2xx   4xx  409  5xx  timeouts  errors');
  for (const [kind] of [...MIX, ['import', 0] as [Kind, number]]) {
    const s = stats.get(kind);
    if (!s) continue;
    const sorted = [...s.latencies].sort((a, b) => a - b);
    const q = (p: number) =>
      sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! : 0;
    console.log(
      `${kind.padEnd(10)} ${String(sorted.length + s.timeouts + s.errors).padStart(6)} ${q(0.5).toFixed(1).padStart(8)} ${q(0.99).toFixed(1).padStart(8)} ${(sorted.at(-1) ?? 0).toFixed(0).padStart(8)} ${String(s.ok).padStart(5)} ${String(s.status4xx).padStart(5)} ${String(s.expected4xx).padStart(4)} ${String(s.status5xx).padStart(4)} ${String(s.timeouts).padStart(9)} ${String(s.errors).padStart(7)}`,
    );
  }
}

async function createDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `sextant_soak_${process.pid}_${Date.now().toString(36)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: PG_ADMIN_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/** Once a second until the deadline: what each active server connection waits on, with its query's start. */
async function sampleWaits(url: string, deadline: number): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    while (Date.now() < deadline) {
      const { rows } = await client.query<{ wait: string; query: string }>(
        `select coalesce(wait_event_type || ':' || wait_event, 'cpu') as wait, left(regexp_replace(query, '\\s+', ' ', 'g'), 70) as query
         from pg_stat_activity
         where datname = current_database() and pid <> pg_backend_pid() and state = 'active'`,
      );
      for (const row of rows) {
        const key = `${row.wait.padEnd(28)} ${row.query}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
  } finally {
    await client.end();
  }
  return counts;
}

function printWaits(counts: Map<string, number>): void {
  console.log('pg_stat_activity samples (active server connections, once a second): count, wait, query');
  for (const [key, count] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
    console.log(`${String(count).padStart(5)}  ${key}`);
  }
}
