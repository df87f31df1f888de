import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from '../../api/app.js';
import type { App } from '../../api/context.js';
import { createSecretBox } from '../../auth/secret-box.js';
import { loadConfig } from '../../config.js';
import { openStore, type Store } from '../../store/database.js';
import { applySync } from '../../sync/apply-sync.js';
import {
  createSyncTarget,
  createTestApp,
  edge,
  internal,
  runRecords,
  type TestApp,
  tableRun,
  testBackends,
} from '../../testing/index.js';
import { refreshLineageIndex } from './lineage-index.js';

/*
 * The lineage graph cache under write load, on one PostgreSQL database served by two independent app instances
 * (each with its own store, pool and in-memory lineage index, as two `serve --role api` processes have): while
 * writers add edges through both and a sync keeps replacing an integration's edges, a graph read through either
 * instance after a write has committed always answers the write. Each check first warms the reading instance's
 * cache, so a stale snapshot is there to be (wrongly) served.
 */

const TABLES = 20;

if (testBackends().includes('postgres')) {
  describe('lineage graph cache coherence across processes under write load [postgres]', () => {
    let first: TestApp;
    let secondStore: Store;
    let second: App;
    const ids = new Map<string, string>();
    let syncedIntegration = '';

    beforeAll(async () => {
      first = await createTestApp('postgres');
      secondStore = await openStore({ databaseUrl: first.store.databaseUrl!, poolSize: 5 });
      const dataDir = mkdtempSync(join(tmpdir(), 'sextant-coherence-'));
      second = await buildApp({
        store: secondStore,
        config: loadConfig({}, { dataDir, secureCookies: false }),
        secrets: createSecretBox(Buffer.alloc(32, 7)),
      });
      const workspaceId = first.workspaceId;
      for (const prefix of ['t', 'u', 's']) {
        const { integrationId } = await createSyncTarget(first.store, { workspaceId });
        if (prefix === 's') syncedIntegration = integrationId;
        const names = Array.from({ length: TABLES }, (_, i) => `${prefix}${i}`);
        await applySync(first.store, {
          integrationId,
          source: 'jsonl',
          records: runRecords({
            resources: [
              ...tableRun(names[0]!, []),
              ...names.slice(1).flatMap((name) => tableRun(name, []).slice(2)),
            ],
          }),
        });
        const rows = await first.store.db
          .selectFrom('resources')
          .select(['id', 'title'])
          .where('integration_id', '=', integrationId)
          .where('entity_type', '=', 'table')
          .execute();
        for (const row of rows) ids.set(row.title, row.id);
      }
    }, 120_000);

    afterAll(async () => {
      await second?.close();
      await secondStore?.close();
      await first?.dispose();
    });

    const instances = () => [
      { name: 'first', app: first.app, store: first.store },
      { name: 'second', app: second, store: secondStore },
    ];
    const id = (title: string) => ids.get(title)!;
    const title = (resourceId: string) => [...ids].find(([, value]) => value === resourceId)?.[0];

    async function downstreamEdges(app: App, root: string): Promise<string[]> {
      const res = await app.inject({
        url: `/api/v1/lineage/graph?${new URLSearchParams({ resource_id: id(root), direction: 'downstream', depth: '5' })}`,
        headers: first.as('viewer'),
      });
      expect(res.statusCode).toBe(200);
      const body = res.json() as { edges: Array<{ from: string; to: string }> };
      return body.edges.map((e) => `${title(e.from)}>${title(e.to)}`).sort();
    }

    async function addEdge(app: App, from: string, to: string): Promise<void> {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/lineage/manual',
        headers: first.as('editor'),
        payload: { from_entity: id(from), to_entity: id(to), direction: 'DOWNSTREAM' },
      });
      expect(res.statusCode).toBe(201);
    }

    test('a graph read after a committed write answers it, through either instance, with a warm cache', async () => {
      let writing = true;
      const stale: string[] = [];
      // Write load: edges between the u tables through the second instance, and graph reads through both.
      const background = (async () => {
        for (let i = 1; writing && i < TABLES; i++) {
          await addEdge(second, `u${i - 1}`, `u${i}`);
          for (const { app } of instances()) await downstreamEdges(app, 'u0');
        }
      })();
      // A sync replaces the s integration's edges again and again: each run's edges, and only those, once it
      // has committed.
      const syncs = (async () => {
        for (let run = 0; writing && run < 12; run++) {
          const target = `s${1 + (run % (TABLES - 1))}`;
          for (const { store } of instances()) await refreshLineageIndex(store, first.workspaceId);
          await applySync(first.store, {
            integrationId: syncedIntegration,
            source: 'jsonl',
            records: runRecords({
              resources: [...tableRun('s0', []), ...tableRun(target, []).slice(2)],
              lineages: [edge(internal('db.public.s0'), internal(`db.public.${target}`))],
            }),
          });
          for (const { name, app, store } of instances()) {
            await refreshLineageIndex(store, first.workspaceId);
            const edges = await downstreamEdges(app, 's0');
            if (edges.join() !== `s0>${target}`) stale.push(`${name} after sync ${run}: ${edges.join()}`);
          }
        }
      })();
      // The checked writes: warm both caches, add t0 > ti through one instance, read through both at once.
      const expected: string[] = [];
      for (let i = 1; i < TABLES; i++) {
        for (const { store } of instances()) await refreshLineageIndex(store, first.workspaceId);
        const writer = instances()[i % 2]!;
        await addEdge(writer.app, 't0', `t${i}`);
        expected.push(`t0>t${i}`);
        for (const { name, app } of instances()) {
          const edges = await downstreamEdges(app, 't0');
          if (edges.join() !== [...expected].sort().join())
            stale.push(`${name} after edge ${i}: ${edges.join()}`);
        }
      }
      writing = false;
      await Promise.all([background, syncs]);
      expect(stale).toEqual([]);
      // The caches were in use: both instances hold a snapshot of the final version, with every edge.
      for (const { store } of instances()) {
        const snapshot = await refreshLineageIndex(store, first.workspaceId);
        expect(snapshot.version).toBeGreaterThan(0);
      }
      expect(await downstreamEdges(second, 't0')).toEqual([...expected].sort());
    }, 300_000);
  });
}
