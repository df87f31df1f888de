// `npm run bench -- catalog-list [--sizes 8000,50000] [--runs N]`: the catalog list page (`GET /resource/catalog`
// without a filter: `searchCatalog`, one page of 50 entity views and the total count) over a workspace where half
// of the resources are dbt + warehouse pairs of one table (issue 15: one entity per physical table). Each size is
// loaded through the sync engine: a warehouse import of 3/4 of the tables, then a dbt-typed integration declaring
// the same address for 1/4 of them (the later source of each pair, answered under the warehouse table's id).
// Prints the median and the slowest of N page loads after one warm-up, and a tags-filtered page. Runs on SQLite,
// and on PostgreSQL when DATABASE_URL is set. Target: a page in tens of milliseconds at 50,000 on both.

import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { searchCatalog } from '../packages/server/src/catalog/read-resources.js';
import { importJsonlFiles } from '../packages/server/src/imports/index.js';
import { newId } from '../packages/server/src/lib/ids.js';
import { openStore, type Store } from '../packages/server/src/store/database.js';
import { createSyncTarget } from '../packages/server/src/sync/sync-test-support.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '8000,50000' },
    runs: { type: 'string', default: '9' },
    /** Skip SQLite (with DATABASE_URL: PostgreSQL only). */
    'postgres-only': { type: 'boolean', default: false },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const RUNS = Number(values.runs);
const SCHEMAS = 10;

const schemaOf = (t: number) => `schema_${t % SCHEMAS}`;
const tableLine = (t: number) => ({
  entity_type: 'table',
  databuilder_id: `t${t}`,
  title: `table_${t}`,
  schema: schemaOf(t),
  database: 'analytics',
  description: t % 4 === 0 ? `rows of table ${t}` : undefined,
});

async function writeLines(path: string, count: number, line: (i: number) => unknown): Promise<void> {
  const out = createWriteStream(path);
  for (let i = 0; i < count; i++) {
    if (!out.write(`${JSON.stringify(line(i))}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** `size` resources: 3/4·size warehouse tables, the first 1/4·size of them described by dbt as well. */
async function load(store: Store, dir: string, size: number) {
  const pairs = Math.floor(size / 4);
  const warehouse = { resourcesFile: join(dir, `warehouse-${size}.jsonl`) };
  const dbt = { resourcesFile: join(dir, `dbt-${size}.jsonl`) };
  await writeLines(warehouse.resourcesFile, size - pairs, tableLine);
  await writeLines(dbt.resourcesFile, pairs, tableLine);
  const first = await createSyncTarget(store);
  const started = performance.now();
  await importJsonlFiles(store, warehouse, { integrationId: first.integrationId });
  const second = await createSyncTarget(store, { workspaceId: first.workspaceId });
  await store.db
    .updateTable('integrations')
    .set({ type: 'dbt' })
    .where('id', '=', second.integrationId)
    .execute();
  await importJsonlFiles(store, dbt, { integrationId: second.integrationId });
  const loadMs = performance.now() - started;
  // A tag on every 10th table, for the filtered page.
  const now = new Date().toISOString();
  const tagId = newId();
  await store.db
    .insertInto('tags')
    .values({ id: tagId, workspace_id: first.workspaceId, name: 'gold', created_at: now, updated_at: now })
    .execute();
  await store.db
    .insertInto('resource_tags')
    .columns(['resource_id', 'tag_id'])
    .expression((eb) =>
      eb
        .selectFrom('resources')
        .select((s) => ['id', s.val(tagId).as('tag_id')])
        .where('title', 'like', '%0'),
    )
    .execute();
  if (store.backend === 'postgres') await sql`vacuum analyze`.execute(store.db);
  return { workspaceId: first.workspaceId, tagId, loadMs };
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

async function measure(label: string, store: Store, dir: string, size: number) {
  const { workspaceId, tagId, loadMs } = await load(store, dir, size);
  const pages = {
    unfiltered: {},
    tags: { filter: JSON.stringify({ operator: 'in', field: 'tags', value: [tagId] }) },
  };
  for (const [name, request] of Object.entries(pages)) {
    const timings: number[] = [];
    let count = 0;
    for (let run = 0; run <= RUNS; run++) {
      const t0 = performance.now();
      const page = await searchCatalog(store, { workspaceId, page: { limit: 50, offset: 0 }, ...request });
      if (run > 0) timings.push(performance.now() - t0);
      count = page.count;
    }
    console.log(
      `${label} ${size} resources (loaded in ${(loadMs / 1000).toFixed(1)} s) ${name.padEnd(10)}: ` +
        `${count} entities, median ${median(timings).toFixed(1)} ms, max ${Math.max(...timings).toFixed(1)} ms ` +
        `over ${timings.length} page loads`,
    );
  }
}

const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(`load average ${loadAverage()}`);
const dir = mkdtempSync(join(tmpdir(), 'sextant-bench-catalog-'));
try {
  for (const size of SIZES) {
    if (!values['postgres-only']) {
      const sqlite = await openStore({ sqliteFile: join(dir, `catalog-${size}.db`) });
      await measure('sqlite', sqlite, dir, size);
      await sqlite.close();
    }
    if (process.env.DATABASE_URL) await onPostgres(process.env.DATABASE_URL, dir, size);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`load average ${loadAverage()}`);

/** On a database of its own (DATABASE_URL names the server to use), dropped afterwards. */
async function onPostgres(adminUrl: string, dir: string, size: number) {
  const name = `sextant_bench_catalog_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const store = await openStore({ databaseUrl: url.toString() });
    try {
      await measure('postgres', store, dir, size);
    } finally {
      await store.close();
    }
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
