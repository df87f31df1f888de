import type { Resource } from '@sextant/sdk';
import { sql } from 'kysely';
import { afterEach, expect, test } from 'vitest';
import type { Store } from '../store/database.js';
import { forEachBackend } from '../testing/index.js';
import { applySync } from './apply-sync.js';
import { createSyncTarget, dumpCatalog, edge, internal, runRecords, tableRun } from './sync-test-support.js';
import type { RunRecord } from './sync-types.js';

// COPY from 1 row on (every write of these small runs streams), or never (`Infinity`: the row-by-row path).
const COPY_ALWAYS = '1';
const COPY_NEVER = 'Infinity';
afterEach(() => {
  delete process.env.SEXTANT_COPY_MIN_ROWS;
});

// Text COPY's format must carry unchanged: its separators, escapes and null marker, quotes, non-ASCII.
const AWKWARD = [
  'tab\there',
  'line\nbreak\r\n',
  'back\\slash \\N \\t',
  '\\N',
  'quote \' " ;',
  'é ß 数据 🚀',
  '',
];

const LATE_TABLE = {
  entity_type: 'table',
  databuilder_id: 'db.public.late',
  parent_databuilder_id: 'db.public',
  schema: 'public',
  database: 'shop',
} as const;

function firstRun(): { resources: Resource[]; lineages: unknown[] } {
  const columns = Array.from({ length: 30 }, (_, i) => `c${i}`);
  const resources: Resource[] = [
    ...tableRun('orders', columns, { description: AWKWARD.join(' | '), owners: ['a@x.io', 'tab\towner'] }),
    ...tableRun('items', columns).slice(2),
    ...AWKWARD.map(
      (text, i): Resource => ({
        entity_type: 'column',
        databuilder_id: `db.public.items.odd${i}`,
        parent_databuilder_id: 'db.public.items',
        title: text || 'empty',
        description: text,
        definition: `select '${text}'`,
        type: text,
        sort_order: 100 + i,
      }),
    ),
    // A column declared before its table (linked at the end), and a databuilder_id declared twice.
    {
      entity_type: 'column',
      databuilder_id: 'db.public.late.id',
      parent_databuilder_id: 'db.public.late',
      title: 'id',
    },
    { ...LATE_TABLE, title: 'late' },
    { ...LATE_TABLE, title: 'late2' },
  ];
  const lineages = [
    ...columns.map((c) => edge(internal(`db.public.orders.${c}`), internal(`db.public.items.${c}`))),
    // The same pair twice, an external table, one never declared anywhere (pending).
    edge(internal('db.public.orders.c0'), internal('db.public.items.c0')),
    edge({ type: 'external_table', schema: 'public', table: 'orders' }, internal('db.public.late')),
    edge({ type: 'external_table', table: 'nowhere\tat all' }, internal('db.public.late')),
  ];
  return { resources, lineages };
}

/** The second run: some rows changed, some dropped (staled), an edge gone and one new. */
function secondRun(): { resources: Resource[]; lineages: unknown[] } {
  const { resources, lineages } = firstRun();
  return {
    resources: resources
      .filter((r) => !r.databuilder_id.endsWith('.c29'))
      .map((r) => (r.databuilder_id.endsWith('.c3') ? { ...r, description: 'changed\tnow' } : r)),
    lineages: [...lineages.slice(1), edge(internal('db.public.items.c5'), internal('db.public.orders.c5'))],
  };
}

/**
 * A workspace's catalog with every generated id replaced by what it stands for (a resource by its databuilder_id)
 * and the run's own stamps left out, so that two runs of the same records compare equal.
 */
async function canonicalCatalog(store: Store, workspaceId: string): Promise<string> {
  const resources = await store.db
    .selectFrom('resources')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .execute();
  const name = new Map(resources.map((r) => [r.id, r.databuilder_id]));
  const named = (id: unknown) => (id === null ? null : (name.get(id as string) ?? `? ${String(id)}`));
  const STAMPS = [
    'id',
    'workspace_id',
    'integration_id',
    'sync_id',
    'last_sync_id',
    'created_at',
    'updated_at',
  ];
  const canonical = (row: Record<string, unknown>, ids: string[]) =>
    JSON.stringify(
      Object.entries(row)
        .filter(([key]) => !STAMPS.includes(key) && !key.endsWith('_at'))
        .map(([key, value]) => [key, ids.includes(key) ? named(value) : value])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
  const lineage = await store.db
    .selectFrom('lineage')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .execute();
  const pending = await store.db
    .selectFrom('pending_lineage')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .execute();
  // PostgreSQL's search rows are a table of their own (SQLite's FTS5 index has no resource column to join on);
  // their facet tokens hold the integration's id, in hex.
  const integrationHex = (id: string) => Buffer.from(id).toString('hex');
  const search =
    store.backend === 'postgres'
      ? (
          await sql<Record<string, unknown>>`select s.resource_id, s.title_words::text, s.document::text
            from resource_search s join resources r on r.id = s.resource_id
            where r.workspace_id = ${workspaceId}`.execute(store.db)
        ).rows.map((row) => {
          const integration = resources[0]?.integration_id ?? '';
          return canonical(row, ['resource_id']).replaceAll(integrationHex(integration), 'INTEGRATION');
        })
      : [];
  return [
    resources.map((r) => canonical(r, ['parent_id'])),
    lineage.map((r) => canonical(r, ['from_resource_id', 'to_resource_id'])),
    pending.map((r) =>
      canonical(r, ['from_resource_id', 'to_resource_id', 'from_target_id', 'to_target_id']),
    ),
    search,
  ]
    .map((rows) => rows.sort().join('\n'))
    .join('\n\n');
}

async function copiedRows(store: Store, syncId: string): Promise<number> {
  const row = await store.db
    .selectFrom('syncs')
    .select('logs')
    .where('id', '=', syncId)
    .executeTakeFirstOrThrow();
  const logs = JSON.parse(row.logs) as Array<{ message: string; copied_rows?: number }>;
  return logs.find((log) => log.message === 'streamed records')?.copied_rows ?? -1;
}

forEachBackend('bulk sync with COPY', (store, backend) => {
  test('a run streamed with COPY writes exactly what the row-by-row path writes, first sync and re-sync', async () => {
    const outcomes: Array<{ catalog: string[]; counts: unknown[]; copied: number[] }> = [];
    for (const setting of [COPY_ALWAYS, COPY_NEVER]) {
      process.env.SEXTANT_COPY_MIN_ROWS = setting;
      const { workspaceId, integrationId } = await createSyncTarget(store());
      const outcome = { catalog: [] as string[], counts: [] as unknown[], copied: [] as number[] };
      for (const run of [firstRun(), secondRun()]) {
        const record = await applySync(store(), { integrationId, source: 'jsonl', records: runRecords(run) });
        outcome.catalog.push(await canonicalCatalog(store(), workspaceId));
        outcome.counts.push(record.counts);
        outcome.copied.push(await copiedRows(store(), record.id));
      }
      outcomes.push(outcome);
    }
    const [copied, rowByRow] = outcomes;
    expect(copied!.catalog[0]).toContain('back\\\\slash \\\\N');
    expect(copied!.catalog[0]).toContain('数据 🚀');
    expect(copied!.catalog).toEqual(rowByRow!.catalog);
    expect(copied!.counts).toEqual(rowByRow!.counts);
    expect(copied!.counts[1]).toMatchObject({ staled: 2 });
    expect(rowByRow!.copied).toEqual([0, 0]);
    if (backend === 'postgres') {
      // The first run copies every resource and every staged reference; the second only what changed.
      expect(copied!.copied[0]).toBeGreaterThan(firstRun().resources.length);
      expect(copied!.copied[1]).toBeGreaterThan(0);
    } else {
      expect(copied!.copied).toEqual([0, 0]);
    }
  });

  test("a sync's transaction turns JIT and parallel workers back on for its set-based statements (PostgreSQL)", async () => {
    if (backend !== 'postgres') return;
    const { integrationId } = await createSyncTarget(store());
    let settings: unknown;
    await applySync(store(), {
      integrationId,
      source: 'jsonl',
      records: runRecords(firstRun()),
      afterRecords: async (trx) => {
        const { rows } = await sql`select current_setting('jit') as jit,
          current_setting('max_parallel_workers_per_gather') as workers`.execute(trx);
        settings = rows[0];
      },
    });
    expect(settings).toEqual({ jit: 'on', workers: '2' });
    const { rows } = await sql`select current_setting('jit') as jit`.execute(store().db);
    expect(rows[0]).toEqual({ jit: 'off' });
  });

  test('a run that dies after copying batches leaves the catalog exactly as before', async () => {
    process.env.SEXTANT_COPY_MIN_ROWS = COPY_ALWAYS;
    const { integrationId } = await createSyncTarget(store());
    await applySync(store(), { integrationId, source: 'jsonl', records: runRecords(firstRun()) });
    const before = await dumpCatalog(store());
    const columns = Array.from({ length: 5000 }, (_, i) => `wide${i}`);
    const records = runRecords({ resources: tableRun('wide', columns) });
    // The reader fails once several 2,000-record batches were written (copied) inside the run's transaction.
    async function* failing(): AsyncGenerator<RunRecord> {
      for (const [i, record] of records.entries()) {
        if (i === 4500) throw new Error('the upload was cut off');
        yield record;
      }
    }
    const error = await applySync(store(), { integrationId, source: 'jsonl', records: failing() }).catch(
      (e) => e,
    );
    expect((error as Error).message).toBe('the upload was cut off');
    expect(await dumpCatalog(store())).toBe(before);
  });

  test('a run whose database connection is killed mid-way leaves the catalog exactly as before (PostgreSQL)', async () => {
    if (backend !== 'postgres') return;
    process.env.SEXTANT_COPY_MIN_ROWS = COPY_ALWAYS;
    const { integrationId } = await createSyncTarget(store());
    await applySync(store(), { integrationId, source: 'jsonl', records: runRecords(firstRun()) });
    const before = await dumpCatalog(store());
    const columns = Array.from({ length: 5000 }, (_, i) => `wide${i}`);
    const records = runRecords({ resources: tableRun('wide', columns) });
    let killed = 0;
    // After two batches the run's own server process is terminated (what a crash of the database session does):
    // it is the one connection idle inside a transaction, waiting for the next batch.
    async function* killing(): AsyncGenerator<RunRecord> {
      for (const [i, record] of records.entries()) {
        if (i === 4500) {
          const { rows } = await sql<{ killed: boolean }>`select pg_terminate_backend(pid) as killed
            from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()
              and state like 'idle in transaction%'`.execute(store().db);
          killed = rows.filter((row) => row.killed).length;
        }
        yield record;
      }
    }
    const error = await applySync(store(), { integrationId, source: 'jsonl', records: killing() }).catch(
      (e) => e,
    );
    expect(killed).toBe(1);
    expect(error).toBeInstanceOf(Error);
    expect(await dumpCatalog(store())).toBe(before);
  });
});
