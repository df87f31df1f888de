import type { DeclaredLineage, Resource } from '@sextant/sdk';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { forEachBackend } from '../testing/index.js';
import { applySync } from './apply-sync.js';
import { computeEffectiveValues } from './effective-values.js';
import { createSyncTarget, dumpCatalog, runRecords, tableRun } from './sync-test-support.js';
import type { RunRecord } from './sync-types.js';

// A small universe so that random runs overlap: up to 4 tables of up to 4 columns, a few descriptions.
const TABLES = ['orders', 'users', 'items', 'events'];
const COLUMNS = ['id', 'name', 'amount', 'day'];
const DESCRIPTIONS = [null, '', 'first', 'second'];

const arbitraryRun = fc
  .record({
    tables: fc.subarray(TABLES, { minLength: 1 }),
    columns: fc.subarray(COLUMNS),
    description: fc.constantFrom(...DESCRIPTIONS),
    edges: fc.array(fc.tuple(fc.nat(15), fc.nat(15), fc.constantFrom('internal', 'external', 'unknown')), {
      maxLength: 8,
    }),
  })
  .map(({ tables, columns, description, edges }) => {
    const resources: Resource[] = [];
    for (const table of tables) {
      const run = tableRun(table, columns, { description });
      resources.push(...run.filter((r) => r.entity_type !== 'database' && r.entity_type !== 'schema'));
    }
    resources.unshift(...tableRun('x', []).slice(0, 2));
    const columnIds = resources.filter((r) => r.entity_type === 'column').map((r) => r.databuilder_id);
    const tableIds = resources.filter((r) => r.entity_type === 'table').map((r) => r.databuilder_id);
    const lineages: DeclaredLineage[] = edges.map(([a, b, kind]) => {
      const to = { type: 'internal_resource' as const, databuilder_id: tableIds[b % tableIds.length]! };
      if (kind === 'internal' && columnIds.length > 0) {
        return {
          from_identifier: { type: 'internal_resource', databuilder_id: columnIds[a % columnIds.length]! },
          to_identifier: to,
        };
      }
      const table = kind === 'unknown' ? `missing_${a}` : TABLES[a % TABLES.length]!;
      return { from_identifier: { type: 'external_table', table }, to_identifier: to };
    });
    return { resources, lineages };
  });

const PROPERTY_RUNS = { numRuns: 12 };

async function* failingAt(
  records: RunRecord[],
  index: number,
  failure: 'invalid' | 'crash',
): AsyncGenerator<RunRecord> {
  for (const [i, record] of records.entries()) {
    if (i === index) {
      if (failure === 'crash') throw new Error('the source died');
      yield {
        kind: 'resource',
        value: { entity_type: 'table', databuilder_id: 'broken' },
        origin: { file: 'r.jsonl', line: i + 1 },
      };
    }
    yield record;
  }
}

forEachBackend('sync engine properties', (store) => {
  test('applying the same run twice changes nothing the second time', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRun, arbitraryRun, async (earlier, run) => {
        const { integrationId } = await createSyncTarget(store());
        await applySync(store(), { integrationId, source: 'jsonl', records: runRecords(earlier) });
        await applySync(store(), { integrationId, source: 'jsonl', records: runRecords(run) });
        const once = await dumpCatalog(store());
        const again = await applySync(store(), { integrationId, source: 'jsonl', records: runRecords(run) });
        expect(again.counts).toMatchObject({ created: 0, updated: 0, staled: 0, revived: 0 });
        expect(await dumpCatalog(store())).toBe(once);
      }),
      PROPERTY_RUNS,
    );
  });

  test('a run that fails at any record (invalid or crashing) leaves the store byte-for-byte as before', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryRun,
        arbitraryRun,
        fc.nat(),
        fc.constantFrom('invalid' as const, 'crash' as const),
        async (earlier, run, at, failure) => {
          const { integrationId } = await createSyncTarget(store());
          await applySync(store(), { integrationId, source: 'jsonl', records: runRecords(earlier) });
          const before = await dumpCatalog(store());
          const records = runRecords(run);
          const failed = applySync(store(), {
            integrationId,
            source: 'jsonl',
            records: failingAt(records, at % records.length, failure),
          });
          await expect(failed).rejects.toThrow();
          expect(await dumpCatalog(store())).toBe(before);
        },
      ),
      PROPERTY_RUNS,
    );
  });

  test('staling then reviving a resource restores its user edits', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRun, fc.nat(), fc.string({ minLength: 1 }), async (run, pick, edit) => {
        const { integrationId } = await createSyncTarget(store());
        await applySync(store(), { integrationId, source: 'jsonl', records: runRecords(run) });
        const leaves = run.resources.filter((r) => r.entity_type === 'column' || r.entity_type === 'table');
        const chosen = leaves[pick % leaves.length]!;
        const row = store()
          .db.selectFrom('resources')
          .where('integration_id', '=', integrationId)
          .where('databuilder_id', '=', chosen.databuilder_id);
        const current = await row.selectAll().executeTakeFirstOrThrow();
        const effective = computeEffectiveValues({
          policy: 'smart',
          source: {},
          user: { description: edit },
          previous: { description: current.description },
        });
        await store()
          .db.updateTable('resources')
          .set({
            user_values: JSON.stringify({ description: edit }),
            description: effective.description as string,
          })
          .where('id', '=', current.id)
          .execute();
        const without = run.resources.filter(
          (r) =>
            r.databuilder_id !== chosen.databuilder_id && r.parent_databuilder_id !== chosen.databuilder_id,
        );
        await applySync(store(), {
          integrationId,
          source: 'jsonl',
          records: runRecords({ resources: without }),
        });
        expect(await row.select(['stale', 'description']).executeTakeFirstOrThrow()).toEqual({
          stale: 1,
          description: edit,
        });
        const back = await applySync(store(), { integrationId, source: 'jsonl', records: runRecords(run) });
        expect(back.counts.revived).toBeGreaterThanOrEqual(1);
        expect(await row.select(['stale', 'description', 'user_values']).executeTakeFirstOrThrow()).toEqual({
          stale: 0,
          description: edit,
          user_values: JSON.stringify({ description: edit }),
        });
      }),
      PROPERTY_RUNS,
    );
  });

  test('pending lineage resolves when the target table appears in any later sync', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TABLES), fc.boolean(), async (table, upperCase) => {
        const { workspaceId, integrationId: bi } = await createSyncTarget(store());
        const name = upperCase ? table.toUpperCase() : table;
        const lineage = {
          from_identifier: { type: 'external_table', schema: 'public', table: name },
          to_identifier: { type: 'internal_resource', databuilder_id: 'd1' },
        };
        const first = await applySync(store(), {
          integrationId: bi,
          source: 'jsonl',
          records: runRecords({
            resources: [{ entity_type: 'dashboard', databuilder_id: 'd1' }],
            lineages: [lineage],
          }),
        });
        expect(first.counts.lineage_pending).toBe(1);
        const { integrationId: warehouse } = await createSyncTarget(store(), { workspaceId });
        await applySync(store(), {
          integrationId: warehouse,
          source: 'jsonl',
          records: runRecords({ resources: tableRun(table, ['id']) }),
        });
        // The reference stays with the BI integration (to re-resolve on changes), now with its target.
        const references = await store()
          .db.selectFrom('pending_lineage')
          .select(['from_ref', 'from_target_id'])
          .where('integration_id', '=', bi)
          .execute();
        expect(references).toHaveLength(1);
        expect(references.filter((r) => r.from_target_id === null)).toEqual([]);
        const edges = await store()
          .db.selectFrom('lineage')
          .selectAll()
          .where('integration_id', '=', bi)
          .execute();
        expect(edges).toHaveLength(1);
      }),
      { numRuns: 6 },
    );
  });
});
