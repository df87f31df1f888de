import { expect, test } from 'vitest';
import { applySync } from '../../sync/index.js';
import { createSyncTarget, forEachBackend, runRecords, tableRun } from '../../testing/index.js';
import { staleAbsentResources } from './stale-absent-resources.js';

/*
 * The staling rule on its own (DESIGN §2): the integration's live resources that the run did not declare become
 * stale, stamped with the run's time; declared ones, ones already stale and other integrations' stay as they are.
 */
forEachBackend('staleAbsentResources', (store) => {
  const NOW = '2030-01-02T03:04:05.000Z';

  async function seeded() {
    const { workspaceId, integrationId } = await createSyncTarget(store());
    const other = await createSyncTarget(store(), { workspaceId });
    const run = { resources: tableRun('orders', ['id', 'amount', 'note']) };
    await applySync(store(), { integrationId, source: 'jsonl', records: runRecords(run) });
    await applySync(store(), {
      integrationId: other.integrationId,
      source: 'jsonl',
      records: runRecords(run),
    });
    return { integrationId, otherIntegrationId: other.integrationId };
  }

  const rowsOf = (integrationId: string) =>
    store()
      .db.selectFrom('resources')
      .select(['databuilder_id', 'stale', 'stale_at', 'updated_at'])
      .where('integration_id', '=', integrationId)
      .orderBy('databuilder_id')
      .execute();

  test('stales exactly the undeclared live resources of the integration, stamped with the run time', async () => {
    const { integrationId, otherIntegrationId } = await seeded();
    const otherBefore = await rowsOf(otherIntegrationId);
    const absent = new Set(['db.public.orders.note', 'db.public.orders.amount']);
    const staled = await staleAbsentResources(store().db, store().flags, {
      integrationId,
      now: NOW,
      isDeclared: (id) => !absent.has(id),
    });
    expect(staled).toBe(2);
    const rows = await rowsOf(integrationId);
    for (const row of rows) {
      if (absent.has(row.databuilder_id as string)) {
        expect(row).toMatchObject({ stale: 1, stale_at: NOW, updated_at: NOW });
      } else {
        expect(row.stale).toBe(0);
        expect(row.updated_at).not.toBe(NOW);
      }
    }
    expect(await rowsOf(otherIntegrationId)).toEqual(otherBefore);
  });

  test('a resource already stale is neither counted nor stamped again', async () => {
    const { integrationId } = await seeded();
    const isDeclared = (id: string) => id !== 'db.public.orders.note';
    const options = { integrationId, now: NOW, isDeclared };
    expect(await staleAbsentResources(store().db, store().flags, options)).toBe(1);
    const later = '2030-01-03T00:00:00.000Z';
    expect(await staleAbsentResources(store().db, store().flags, { ...options, now: later })).toBe(0);
    const note = (await rowsOf(integrationId)).find((row) => row.databuilder_id === 'db.public.orders.note');
    expect(note).toMatchObject({ stale: 1, stale_at: NOW, updated_at: NOW });
  });

  test('a run that declared everything stales nothing', async () => {
    const { integrationId } = await seeded();
    const before = await rowsOf(integrationId);
    const staled = await staleAbsentResources(store().db, store().flags, {
      integrationId,
      now: NOW,
      isDeclared: () => true,
    });
    expect(staled).toBe(0);
    expect(await rowsOf(integrationId)).toEqual(before);
  });
});
