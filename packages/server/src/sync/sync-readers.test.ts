import { sql } from 'kysely';
import { beforeAll, expect, test } from 'vitest';
import { forEachApp } from '../testing/index.js';
import { applySync } from './apply-sync.js';
import { createSyncTarget, edge, internal, runRecords, tableRun } from './sync-test-support.js';
import type { RunRecord, SyncProgress } from './sync-types.js';

/**
 * Readers keep being served while a large sync writes (issue #17): a loop of API reads (a resource, a search, a
 * depth-5 lineage graph) runs during a first sync of `SEXTANT_READER_LOOP_RESOURCES` resources and as many
 * lineage lines (20,000 by default; the figure is 200,000). It asserts what cannot depend on the
 * machine's load: every read answers, reads complete in every phase of the sync, the set-based end included, and
 * no reader waits on a lock. The longest wait is printed; docs/benchmarks.md has the figures.
 *
 * PostgreSQL only: on SQLite a process has one connection, which a sync's transaction holds until it commits, so
 * that process's own reads wait for it; other processes (`serve --workers`) read on through WAL.
 */
const SIZE = Number(process.env.SEXTANT_READER_LOOP_RESOURCES ?? 20_000);
const COLUMNS = 19;

/** A warehouse-shaped run: tables of 19 columns in one schema, column lineage from each table to the next. */
async function* warehouseRun(size: number): AsyncGenerator<RunRecord[]> {
  const tables = Math.floor((size - 2) / (COLUMNS + 1));
  const header = tableRun('t0', []).slice(0, 2);
  let batch: unknown[] = [...header];
  const flush = (kind: 'resource' | 'lineage', file: string, offset: number) => {
    const records = batch.map(
      (value, i): RunRecord => ({ kind, value, origin: { file, line: offset + i + 1 } }) as RunRecord,
    );
    batch = [];
    return records;
  };
  let line = 0;
  for (let t = 0; t < tables; t++) {
    batch.push(
      ...tableRun(
        `t${t}`,
        Array.from({ length: COLUMNS }, (_, c) => `c${c}`),
      ).slice(2),
    );
    if (batch.length >= 2000) {
      const records = flush('resource', 'resources.jsonl', line);
      line += records.length;
      yield records;
    }
  }
  yield flush('resource', 'resources.jsonl', line);
  line = 0;
  for (let i = 0; i < size; i++) {
    const t = i % tables;
    const c = Math.floor(i / tables) % COLUMNS;
    batch.push(edge(internal(`db.public.t${t}.c${c}`), internal(`db.public.t${(t + 1) % tables}.c${c}`)));
    if (batch.length >= 2000) {
      const records = flush('lineage', 'lineages.jsonl', line);
      line += records.length;
      yield records;
    }
  }
  yield flush('lineage', 'lineages.jsonl', line);
}

forEachApp('readers during a large sync', (t, backend) => {
  let tableId = '';
  beforeAll(async () => {
    const { integrationId } = await createSyncTarget(t().store, { workspaceId: t().workspaceId });
    const columns = ['id', 'amount'];
    await applySync(t().store, {
      integrationId,
      source: 'jsonl',
      records: runRecords({
        resources: [...tableRun('orders', columns), ...tableRun('payments', columns).slice(2)],
        lineages: [edge(internal('db.public.orders'), internal('db.public.payments'))],
      }),
    });
    const row = await t()
      .store.db.selectFrom('resources')
      .select('id')
      .where('databuilder_id', '=', 'db.public.orders')
      .executeTakeFirstOrThrow();
    tableId = row.id;
  });

  test.skipIf(backend === 'sqlite')(
    `a reader loop is served throughout a ${SIZE.toLocaleString('en')}-resource first sync`,
    async () => {
      const { integrationId } = await createSyncTarget(t().store, { workspaceId: t().workspaceId });
      let phase: SyncProgress['phase'] | 'done' = 'resources';
      const readsByPhase = new Map<string, number>();
      const failures: string[] = [];
      let longestMs = 0;
      let lockWaits = 0;
      const reads = [
        `/api/v1/resource/all/${tableId}`,
        '/api/v1/search?q=orders',
        `/api/v1/lineage/graph?${new URLSearchParams({ resource_id: tableId, direction: 'downstream', depth: '5' })}`,
      ];
      const readerLoop = async () => {
        for (let i = 0; phase !== 'done'; i++) {
          const url = reads[i % reads.length]!;
          const started = performance.now();
          const res = await t().app.inject({ url, headers: t().as('viewer') });
          longestMs = Math.max(longestMs, performance.now() - started);
          if (res.statusCode !== 200) failures.push(`${url}: ${res.statusCode}`);
          readsByPhase.set(phase, (readsByPhase.get(phase) ?? 0) + 1);
          const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_locks l
          join pg_stat_activity a on a.pid = l.pid
          where not l.granted and a.datname = current_database()`.execute(t().store.db);
          lockWaits += rows[0]?.n ?? 0;
          // Let the sync's own statements through: this loop stands for other clients, not a busy-wait.
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      };
      const reader = readerLoop();
      const started = performance.now();
      const record = await applySync(t().store, {
        integrationId,
        source: 'jsonl',
        records: warehouseRun(SIZE),
        onProgress: (progress) => {
          phase = progress.phase;
        },
      }).finally(() => {
        phase = 'done';
      });
      await reader;
      console.log(
        `[${backend}] ${SIZE} + ${SIZE} first sync ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
          `reads ${JSON.stringify(Object.fromEntries(readsByPhase))}, longest ${longestMs.toFixed(0)} ms`,
      );
      expect(record.status).toBe('succeeded');
      expect(record.counts.created).toBeGreaterThan(SIZE * 0.99);
      expect(failures).toEqual([]);
      for (const name of ['resources', 'lineage', 'finishing'])
        expect(readsByPhase.get(name)).toBeGreaterThan(0);
      expect(lockWaits).toBe(0);
    },
    600_000,
  );
});
