import { expect, test } from 'vitest';
import { applySync } from '../../sync/apply-sync.js';
import { createSyncTarget, runRecords, tableRun } from '../../sync/sync-test-support.js';
import { forEachApp } from '../../testing/index.js';

const base = (id: string) => `/api/v1/integration/integrations/${id}/syncs`;

forEachApp('sync routes', (t) => {
  test("viewers list an integration's syncs newest first and read one", async () => {
    const { integrationId } = await createSyncTarget(t().store, { workspaceId: t().workspaceId });
    const first = await applySync(t().store, {
      integrationId,
      source: 'jsonl',
      records: runRecords({ resources: tableRun('a', []) }),
    });
    const second = await applySync(t().store, {
      integrationId,
      source: 'csv',
      records: runRecords({ resources: [] }),
    });
    const list = await t().app.inject({
      method: 'GET',
      url: `${base(integrationId)}?page_size=1`,
      headers: t().as('viewer'),
    });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({
      count: 2,
      total_pages: 2,
      results: [{ id: second.id, counts: { staled: 3 } }],
    });
    const one = await t().app.inject({
      method: 'GET',
      url: `${base(integrationId)}/${first.id}/`,
      headers: t().as('viewer'),
    });
    expect(one.json()).toEqual(first);
  });

  test('unknown syncs and other workspaces answer 404; a bad page 400', async () => {
    const { integrationId } = await createSyncTarget(t().store, { workspaceId: t().workspaceId });
    const missing = await t().app.inject({
      method: 'GET',
      url: `${base(integrationId)}/nope`,
      headers: t().as('viewer'),
    });
    expect(missing.json().error.code).toBe('sync_not_found');
    const other = await t().app.inject({ method: 'GET', url: base(integrationId), headers: t().as('other') });
    expect(other.json().error.code).toBe('integration_not_found');
    const badPage = await t().app.inject({
      method: 'GET',
      url: `${base(integrationId)}?page=zero`,
      headers: t().as('viewer'),
    });
    expect(badPage.statusCode).toBe(400);
  });
});
