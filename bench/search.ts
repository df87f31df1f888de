// `npm run bench -- search [--resources N] [--runs N]`: loads a warehouse-shaped catalog (databases → schemas →
// tables → columns, as in sync-jsonl, but with real-looking names and descriptions so that words repeat as they do
// in a real catalog) through the sync engine, then times `searchResources` (the whole server-side search: candidates,
// ranking, facets, one page of API views) over a query mix: prefixes while typing, whole words, with facets.
// Runs on SQLite, and on PostgreSQL when DATABASE_URL is set. Target (DESIGN §7): p95 ≤ 50 ms at 1M resources.

import { once } from 'node:events';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { importJsonlFiles } from '../packages/server/src/imports/index.js';
import { newId } from '../packages/server/src/lib/ids.js';
import { type SearchRequest, searchResources } from '../packages/server/src/search/index.js';
import { openStore, type Store } from '../packages/server/src/store/database.js';
import { rebuildSearchIndex } from '../packages/server/src/store/search/index.js';
import { createSyncTarget } from '../packages/server/src/sync/sync-test-support.js';

const { values } = parseArgs({
  options: {
    resources: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '3' },
    /** Keep the SQLite file here (and reuse it when it exists) instead of a throw-away one. */
    keep: { type: 'string' },
    /** PostgreSQL: keep the catalog in this database (and reuse it when it exists) instead of a throw-away one. */
    'keep-pg': { type: 'string' },
    /** Skip SQLite (with DATABASE_URL: PostgreSQL only). */
    'postgres-only': { type: 'boolean', default: false },
    /** PostgreSQL: print `EXPLAIN (ANALYZE, BUFFERS)` of each query's candidate statement instead of timing. */
    explain: { type: 'boolean', default: false },
  },
});
const RESOURCES = Number(values.resources);
const RUNS = Number(values.runs);
const COLUMNS_PER_TABLE = 19;
const SCHEMAS = 20;

const NOUNS = (
  'customer order payment invoice product inventory shipment account user session event campaign refund ' +
  'subscription revenue supplier warehouse employee ticket review store region currency discount cart ' +
  'checkout address delivery return promotion channel device visit click impression lead opportunity contract ' +
  'vendor budget forecast ledger journal transaction balance fee tax price catalog category brand'
).split(' ');
const LAYERS = ['raw', 'stg', 'int', 'fct', 'dim', 'mart', 'snap', 'agg'];
const SUFFIXES = ['', '', '', '_daily', '_history', '_snapshot', '_v2', '_monthly', '_latest'];
const COLUMN_NAMES = (
  'id created_at updated_at deleted_at status amount currency name email country city state zip phone ' +
  'type category quantity price total discount tax notes source channel score rank flag version'
).split(' ');
const SOURCES = ['Shopify', 'Stripe', 'Salesforce', 'Zendesk', 'Segment', 'HubSpot', 'NetSuite'];
const OWNERS = Array.from({ length: 12 }, (_, i) => `owner${i}@shop.example`);

/** Deterministic pseudo-random integers (the same catalog every run). */
function pick<T>(list: readonly T[], n: number, salt: number): T {
  const x = Math.imul(n ^ (salt * 0x9e3779b1), 0x85ebca6b) >>> 0;
  return list[((x ^ (x >>> 13)) >>> 0) % list.length]!;
}

const tableCount = () => Math.floor((RESOURCES - 2 - SCHEMAS) / (COLUMNS_PER_TABLE + 1));
const dbOf = (s: number) => `warehouse${s % 2}`;
const schemaOf = (t: number) => `${pick(LAYERS, t % SCHEMAS, 1)}_${t % SCHEMAS}`;
const tableName = (t: number) =>
  `${pick(LAYERS, t % SCHEMAS, 1)}_${pick(NOUNS, t, 2)}_${pick(NOUNS, t, 3)}${pick(SUFFIXES, t, 4)}_${t}`;
const tableId = (t: number) => `${dbOf(t % SCHEMAS)}.${schemaOf(t)}.${t}`;

function resourceLine(i: number): unknown {
  if (i < 2) return { entity_type: 'database', databuilder_id: `db${i}`, title: dbOf(i) };
  if (i < 2 + SCHEMAS) {
    const s = i - 2;
    return {
      entity_type: 'schema',
      databuilder_id: `${dbOf(s)}.${schemaOf(s)}`,
      parent_databuilder_id: `db${s % 2}`,
      title: schemaOf(s),
      database: dbOf(s),
    };
  }
  const k = i - 2 - SCHEMAS;
  const t = Math.floor(k / (COLUMNS_PER_TABLE + 1));
  const c = k % (COLUMNS_PER_TABLE + 1);
  if (c === 0) {
    const [a, b] = [pick(NOUNS, t, 2), pick(NOUNS, t, 3)];
    return {
      entity_type: 'table',
      databuilder_id: tableId(t),
      parent_databuilder_id: `${dbOf(t % SCHEMAS)}.${schemaOf(t)}`,
      title: tableName(t),
      schema: schemaOf(t),
      database: dbOf(t % SCHEMAS),
      description: `${a} ${b} records from ${pick(SOURCES, t, 5)}, one row per ${a}`,
      definition:
        t % 10 === 0 ? `# ${tableName(t)}\nBuilt nightly from the ${pick(NOUNS, t, 6)} feed.` : undefined,
      owners: t % 3 === 0 ? [pick(OWNERS, t, 7)] : undefined,
      native_type: 'table',
    };
  }
  const column = c <= 3 ? `${pick(NOUNS, t * 31 + c, 8)}_id` : pick(COLUMN_NAMES, t * 31 + c, 9);
  return {
    entity_type: 'column',
    databuilder_id: `${tableId(t)}.${c}`,
    parent_databuilder_id: tableId(t),
    title: column,
    type: 'text',
    sort_order: c,
    description: c % 3 === 0 ? `The ${column.replace('_', ' ')} of the ${pick(NOUNS, t, 2)}` : undefined,
  };
}

async function writeLines(path: string, count: number, line: (i: number) => unknown): Promise<void> {
  const out = createWriteStream(path);
  for (let i = 0; i < count; i++) {
    if (!out.write(`${JSON.stringify(line(i))}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** What people type: each keystroke of a word, whole words and pairs, with and without facets. */
function queryMix(integrationId: string): { kind: string; request: Partial<SearchRequest> }[] {
  const typing = ['customer', 'revenue', 'ship', 'created_at', 'dim_pro'].flatMap((word) =>
    Array.from({ length: word.length }, (_, i) => ({ kind: 'typing', request: { q: word.slice(0, i + 1) } })),
  );
  const words = [
    'order',
    'payment id',
    'stripe',
    'fct_order',
    'email',
    'campaign daily',
    'zendesk ticket',
    'nothing_like_this',
  ].map((q) => ({
    kind: 'words',
    request: { q },
  }));
  const facets = [
    { q: 'customer', filters: { entityTypes: ['table'] } },
    { q: 'order', filters: { schemas: [schemaOf(3)] } },
    { q: 'pay', filters: { integrationIds: [integrationId], verified: true } },
    { q: 'refund', filters: { owners: [OWNERS[1]!] } },
    { q: 'amount', filters: { entityTypes: ['column'] } },
    { q: 'customer', filters: { databases: [dbOf(1)], schemas: [schemaOf(5)] } },
    { q: '', filters: { entityTypes: ['table'] } },
  ].map((request) => ({ kind: 'facets', request }));
  return [...typing, ...words, ...facets];
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function load(label: string, store: Store, files: { resourcesFile: string }) {
  const { workspaceId, integrationId } = await createSyncTarget(store);
  const started = performance.now();
  const record = await importJsonlFiles(store, files, { integrationId });
  const { logs } = await store.db
    .selectFrom('syncs')
    .select('logs')
    .where('id', '=', record.id)
    .executeTakeFirstOrThrow();
  const indexing = (JSON.parse(logs) as { message: string; ms?: number }[]).find(
    (entry) => entry.message === 'indexed for search',
  );
  console.log(
    `${label}: loaded ${record.counts.created} resources in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
      `(search index refresh ${((Number(indexing?.ms) || 0) / 1000).toFixed(1)} s of it)`,
  );
  await markSome(store, workspaceId);
  // Users' marks arrive through PATCH, which re-indexes its row; set here in bulk, they are indexed in one pass.
  await rebuildSearchIndex(store.db, store.flags, { workspaceId });
  // What autovacuum does on its own a little later: the re-index's dead rows removed, the GIN indexes' pending
  // lists merged (each search reads them whole until then), planner statistics for the freshly loaded tables.
  if (store.backend === 'postgres') await sql`vacuum analyze`.execute(store.db);
  return { workspaceId, integrationId };
}

async function measure(label: string, store: Store, target: { workspaceId: string; integrationId: string }) {
  const { workspaceId, integrationId } = target;
  const mix = queryMix(integrationId);
  const timings = new Map<string, number[]>();
  const cpuTimes = new Map<string, number[]>();
  const results = new Map<string, number>();
  for (let run = 0; run <= RUNS; run++) {
    for (const { kind, request } of mix) {
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      const result = await searchResources(store, {
        workspaceId,
        filters: {},
        archive: false,
        page: { limit: 50, offset: 0 },
        ...request,
      });
      const ms = performance.now() - t0;
      const used = process.cpuUsage(cpu0);
      // CPU time of this process: on SQLite the whole search (the engine runs in-process), on PostgreSQL only our
      // side. On a shared machine it is what the search costs; the wall time also counts waiting for a core.
      const cpuMs = (used.user + used.system) / 1000;
      if (run === 0) {
        results.set(`${kind} ${request.q}`, result.count);
        continue; // warm-up
      }
      for (const key of [kind, 'all']) {
        timings.set(key, [...(timings.get(key) ?? []), ms]);
        cpuTimes.set(key, [...(cpuTimes.get(key) ?? []), cpuMs]);
      }
    }
  }
  for (const [kind, list] of timings) {
    const sorted = [...list].sort((a, b) => a - b);
    const cpu = [...(cpuTimes.get(kind) ?? [])].sort((a, b) => a - b);
    console.log(
      `${label} ${kind.padEnd(6)}: ${sorted.length} searches, p50 ${percentile(sorted, 0.5).toFixed(1)} ms, ` +
        `p95 ${percentile(sorted, 0.95).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms; CPU p50 ` +
        `${percentile(cpu, 0.5).toFixed(1)} ms, p95 ${percentile(cpu, 0.95).toFixed(1)} ms`,
    );
  }
  console.log(`${label} matches gathered per query (capped): ${JSON.stringify(Object.fromEntries(results))}`);
}

/** Users' marks: 1% of tables verified, usage on some, a few tags (tags come from users, not from syncs). */
async function markSome(store: Store, workspaceId: string) {
  const { db } = store;
  await db
    .updateTable('resources')
    .set({ verified: 1 })
    .where('entity_type', '=', 'table')
    .where('title', 'like', '%0')
    .execute();
  await db
    .updateTable('resources')
    .set({ external_usage: 42 })
    .where('entity_type', '=', 'table')
    .where('title', 'like', '%7')
    .execute();
  const now = new Date().toISOString();
  for (const name of ['gold', 'pii-reviewed', 'deprecated']) {
    const id = newId();
    await db
      .insertInto('tags')
      .values({ id, workspace_id: workspaceId, name, created_at: now, updated_at: now })
      .execute();
    await db
      .insertInto('resource_tags')
      .columns(['resource_id', 'tag_id'])
      .expression((eb) =>
        eb
          .selectFrom('resources')
          .select((s) => ['id', s.val(id).as('tag_id')])
          .where('entity_type', '=', 'table')
          .where('title', 'like', `%${name.length}3`),
      )
      .execute();
  }
}

const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
console.log(`load average ${loadAverage()}`);
const dir = mkdtempSync(join(tmpdir(), 'sextant-bench-'));
try {
  const files = { resourcesFile: join(dir, 'resources.jsonl') };
  const kept = values.keep !== undefined && existsSync(values.keep);
  const generate = async () => {
    if (existsSync(files.resourcesFile)) return;
    await writeLines(files.resourcesFile, RESOURCES, resourceLine);
    console.log(`generated ${RESOURCES} resources (${tableCount()} tables)`);
  };
  if (!values['postgres-only']) {
    if (!kept) await generate();
    const sqlite = await openStore({ sqliteFile: values.keep ?? join(dir, 'catalog.db') });
    const target = kept ? await firstTarget(sqlite) : await load('sqlite', sqlite, files);
    await measure('sqlite', sqlite, target);
    await sqlite.close();
  }
  if (process.env.DATABASE_URL) await onPostgres(process.env.DATABASE_URL, files, generate);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`load average ${loadAverage()}`);

function firstTarget(store: Store) {
  return store.db
    .selectFrom('integrations')
    .select(['workspace_id as workspaceId', 'id as integrationId'])
    .executeTakeFirstOrThrow();
}

/**
 * On a database of its own (DATABASE_URL names the server to use): dropped afterwards, or with `--keep-pg NAME`
 * kept under that name and reused by the next run.
 */
async function onPostgres(adminUrl: string, files: { resourcesFile: string }, generate: () => Promise<void>) {
  const keep = values['keep-pg'];
  const name = keep ?? `sextant_bench_search_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  if (!exists) await admin.query(`create database ${name}`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const store = await openStore({ databaseUrl: url.toString() });
    try {
      if (!exists) await generate();
      const target = exists ? await firstTarget(store) : await load('postgres', store, files);
      if (values.explain) await explain(store, url.toString(), target);
      else await measure('postgres', store, target);
    } finally {
      await store.close();
    }
  } finally {
    if (keep === undefined) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

/**
 * `--explain`: runs each query of the mix once, catching the statements it sends (pg's Client.query), and prints
 * the plan of the one that reads `resource_search` (or the only one) with `EXPLAIN (ANALYZE, BUFFERS)`.
 */
async function explain(store: Store, url: string, target: { workspaceId: string; integrationId: string }) {
  const sent: { text: string; values: unknown[] }[] = [];
  const original = pg.Client.prototype.query;
  // biome-ignore lint/suspicious/noExplicitAny: pg's query has many overloads; the bench only records its arguments.
  (pg.Client.prototype as any).query = function (this: pg.Client, ...args: any[]) {
    const [first, second] = args;
    if (typeof first === 'string') sent.push({ text: first, values: Array.isArray(second) ? second : [] });
    else if (first && typeof first.text === 'string')
      sent.push({ text: first.text, values: first.values ?? [] });
    // biome-ignore lint/suspicious/noExplicitAny: see above.
    return (original as any).apply(this, args);
  };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // As the store's own connections (database.ts).
  await client.query('set max_parallel_workers_per_gather = 0; set jit = off');
  try {
    for (const { kind, request } of queryMix(target.integrationId)) {
      sent.length = 0;
      await searchResources(store, {
        workspaceId: target.workspaceId,
        filters: {},
        archive: false,
        page: { limit: 50, offset: 0 },
        ...request,
      });
      const statement = sent.find(
        (s) => s.text.includes('title_lower') || s.text.includes('resource_search'),
      );
      if (!statement) continue;
      const plan = await client.query(`explain (analyze, buffers) ${statement.text}`, statement.values);
      console.log(`\n== ${kind} ${JSON.stringify(request)}`);
      for (const row of plan.rows) console.log(row['QUERY PLAN']);
    }
  } finally {
    pg.Client.prototype.query = original;
    await client.end();
  }
}
