// Lineage traversal (issue 5 / DESIGN.md §7: depth-5 downstream traversal p95 ≤ 50 ms on a graph of 1,000,000
// edges, on SQLite and PostgreSQL). Generates a layered DAG of table resources directly in a fresh store, then
// times depth-5 downstream walks from random tables: the database walk (level by level), a recursive CTE as
// baseline, the in-memory index's walk, and the whole graph answer (version check + walk + hidden-neighbour
// counts + node rows, what GET /lineage/graph does) with the index current.
//
//   npm run bench -- lineage-graph                    SQLite only
//   DATABASE_URL=postgres://... npm run bench -- lineage-graph   SQLite, then PostgreSQL (a new database is
//                                                     created from that URL's server and dropped afterwards)
// Knobs: EDGES (1,000,000), LAYERS (10), TABLES (300,000), COLUMNS (0 columns per table), SAMPLES (300),
// BACKENDS (sqlite,postgres).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { newId } from '../packages/server/src/lib/ids.js';
import {
  buildLineageGraph,
  IndexedWalker,
  LineageWalker,
  refreshLineageIndex,
} from '../packages/server/src/lineage/graph/index.js';
import { openStore, type Store } from '../packages/server/src/store/database.js';
import { walkDownstreamWithCte } from '../packages/server/src/store/lineage-graph/index.js';
import { executeSql, insertRows } from '../packages/server/src/store/sync/raw-sql.js';

const EDGES = Number(process.env.EDGES ?? 1_000_000);
const LAYERS = Number(process.env.LAYERS ?? 10);
const TABLES = Number(process.env.TABLES ?? 300_000);
const COLUMNS = Number(process.env.COLUMNS ?? 0);
const SAMPLES = Number(process.env.SAMPLES ?? 300);
const DEPTH = 5;
/** Which backends to run: `sqlite,postgres` (PostgreSQL only when a URL is given). */
const BACKENDS = (process.env.BACKENDS ?? 'sqlite,postgres').split(',');

/** A seeded pseudo-random generator (mulberry32), so both backends get the same graph and the same roots. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Edges of a layered DAG: tables in LAYERS layers; out-degrees from a Pareto law (most tables feed one to three
 * others, a few hubs feed hundreds, as dimension tables do), 80 % of edges to the next layer, the rest one or two
 * layers further. Returns pairs of table indexes.
 */
function generateEdges(): Array<[number, number]> {
  const rand = random(42);
  const perLayer = Math.floor(TABLES / LAYERS);
  const edges: Array<[number, number]> = [];
  const seen = new Set<number>();
  while (edges.length < EDGES) {
    const layer = Math.floor(rand() * (LAYERS - 1));
    const from = layer * perLayer + Math.floor(rand() * perLayer);
    const degree = Math.min(400, Math.ceil(1.4 * (1 - rand()) ** (-1 / 1.6)));
    for (let i = 0; i < degree && edges.length < EDGES; i++) {
      const jump = rand() < 0.8 ? 1 : rand() < 0.75 ? 2 : 3;
      const toLayer = Math.min(LAYERS - 1, layer + jump);
      const to = toLayer * perLayer + Math.floor(rand() * perLayer);
      const key = from * TABLES + to;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push([from, to]);
    }
  }
  return edges;
}

async function seed(
  store: Store,
  edges: Array<[number, number]>,
): Promise<{ workspaceId: string; tableIds: string[] }> {
  const now = new Date().toISOString();
  const workspaceId = newId();
  const integrationId = newId();
  await store.db
    .insertInto('workspaces')
    .values({ id: workspaceId, name: 'bench', created_at: now, updated_at: now })
    .execute();
  await store.db
    .insertInto('integrations')
    .values({
      id: integrationId,
      workspace_id: workspaceId,
      name: 'bench',
      type: 'custom',
      created_at: now,
      updated_at: now,
    } as never)
    .execute();
  const tableIds = Array.from({ length: TABLES }, () => newId());
  const resourceColumns = [
    'id',
    'workspace_id',
    'integration_id',
    'databuilder_id',
    'entity_type',
    'parent_id',
    'title',
    'title_lower',
    'title_full',
    'created_at',
    'updated_at',
  ];
  const rows: unknown[][] = [];
  tableIds.forEach((id, i) => {
    rows.push([
      id,
      workspaceId,
      integrationId,
      `t${i}`,
      'table',
      null,
      `table_${i}`,
      `table_${i}`,
      `db.s.table_${i}`,
      now,
      now,
    ]);
    for (let c = 0; c < COLUMNS; c++) {
      rows.push([
        newId(),
        workspaceId,
        integrationId,
        `t${i}.c${c}`,
        'column',
        id,
        `c${c}`,
        `c${c}`,
        `db.s.table_${i}.c${c}`,
        now,
        now,
      ]);
    }
  });
  await store.db.transaction().execute(async (tx) => {
    await insertRows(tx, store.flags, { table: 'resources', columns: resourceColumns, rows });
  });
  const edgeColumns = [
    'id',
    'workspace_id',
    'from_resource_id',
    'to_resource_id',
    'is_manual',
    'integration_id',
    'created_at',
    'updated_at',
  ];
  await store.db.transaction().execute(async (tx) => {
    await insertRows(tx, store.flags, {
      table: 'lineage',
      columns: edgeColumns,
      rows: edges.map(([from, to]) => [
        newId(),
        workspaceId,
        tableIds[from],
        tableIds[to],
        0,
        integrationId,
        now,
        now,
      ]),
    });
  });
  await executeSql(store.db, store.flags, 'analyze');
  return { workspaceId, tableIds };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function time(label: string, roots: string[], run: (root: string) => Promise<number>): Promise<void> {
  for (const root of roots.slice(0, 20)) await run(root); // warm-up: caches and prepared plans
  const ms: number[] = [];
  let nodes = 0;
  let maxNodes = 0;
  for (const root of roots) {
    const start = performance.now();
    const reached = await run(root);
    ms.push(performance.now() - start);
    nodes += reached;
    maxNodes = Math.max(maxNodes, reached);
  }
  ms.sort((a, b) => a - b);
  // The machine is shared: the load average says how much of a tail is other processes' doing.
  const f = (v: number) => v.toFixed(1).padStart(6);
  console.log(
    `  ${label.padEnd(34)} p50 ${f(percentile(ms, 50))} ms  p95 ${f(percentile(ms, 95))} ms  p99 ${f(percentile(ms, 99))} ms` +
      `  (nodes mean ${Math.round(nodes / roots.length)}, max ${maxNodes}; load ${loadavg()[0]!.toFixed(1)})`,
  );
}

async function benchBackend(name: string, store: Store, edges: Array<[number, number]>): Promise<void> {
  const seedStart = performance.now();
  const { workspaceId, tableIds } = await seed(store, edges);
  console.log(
    `${name}: seeded ${TABLES} tables (${COLUMNS} columns each), ${edges.length} edges in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
  );
  // Roots from the first half of the layers, so five levels downstream exist.
  const rand = random(7);
  const perLayer = Math.floor(TABLES / LAYERS);
  const roots = Array.from(
    { length: SAMPLES },
    () => tableIds[Math.floor(rand() * perLayer * Math.ceil(LAYERS / 2))]!,
  );
  await time('database walk (level by level)', roots, async (root) => {
    const walker = new LineageWalker(store, workspaceId, 'table');
    const { distances } = await walker.walk([root], {
      direction: 'downstream',
      depth: DEPTH,
      limit: 1_000_000,
    });
    return distances.size;
  });
  await time('recursive CTE (raw edges, baseline)', roots, async (root) => {
    const rows = await walkDownstreamWithCte(store.db, store.flags, { rootId: root, depth: DEPTH });
    return rows.length;
  });
  // Heap retained by the snapshot, garbage of the build collected (the bench runs with --expose-gc).
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  gc();
  const memory = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const heapBefore = memory();
  const buildStart = performance.now();
  const snapshot = await refreshLineageIndex(store, workspaceId);
  const buildMs = performance.now() - buildStart;
  gc();
  const heapMb = (memory() - heapBefore) / 2 ** 20;
  console.log(
    `  in-memory index built in ${(buildMs / 1000).toFixed(1)} s ` +
      `(${snapshot.edgeCount} edges, heap and array buffers +${Math.round(heapMb)} MB)`,
  );
  await time('in-memory walk (indexed)', roots, async (root) => {
    const walker = new IndexedWalker(snapshot, 'table');
    const { distances } = await walker.walk([root], {
      direction: 'downstream',
      depth: DEPTH,
      limit: 1_000_000,
    });
    return distances.size;
  });
  await time('GET graph answer (index fresh)', roots, async (root) => {
    const graph = await buildLineageGraph(store, {
      workspaceId,
      resourceId: root,
      direction: 'downstream',
      depth: DEPTH,
      level: 'table',
    });
    return graph.nodes.length;
  });
}

const edges = generateEdges();
console.log(
  `lineage-graph: ${EDGES} edges, ${LAYERS} layers, ${TABLES} tables, ${SAMPLES} samples, depth ${DEPTH} (target p95 ≤ 50 ms)`,
);

if (BACKENDS.includes('sqlite')) {
  const dir = mkdtempSync(join(tmpdir(), 'sextant-lineage-graph-'));
  const sqlite = await openStore({ sqliteFile: join(dir, 'bench.db') });
  try {
    await benchBackend('SQLite', sqlite, edges);
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const pgUrl = process.env.DATABASE_URL ?? process.env.SEXTANT_TEST_PG_URL;
if (pgUrl && BACKENDS.includes('postgres')) {
  const name = `sextant_bench_graph_${Date.now().toString(36)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`create database ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  const store = await openStore({ databaseUrl: url.toString(), poolSize: 4 });
  try {
    await benchBackend('PostgreSQL', store, edges);
  } finally {
    await store.close();
    await admin(`drop database if exists ${name} with (force)`);
  }
} else {
  console.log('PostgreSQL: skipped (set DATABASE_URL or SEXTANT_TEST_PG_URL)');
}
