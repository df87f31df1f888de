import { afterAll, describe, expect, test } from 'vitest';
import { postgresTestsReady } from '../../server/src/connectors/postgres/testing/pg-test-server.js';
import { createPgWarehouse, type Warehouse } from '../../server/src/quality/testing/quality-warehouses.js';
import { callApi } from './support/api-seed';
import { useBrowserSession } from './support/browser-session';
import { chromiumAvailability } from './support/chromium';
import { screenshot } from './support/pages';
import type { UiServer } from './support/ui-server';

const chromium = chromiumAvailability();
const isPgReady = await postgresTestsReady();
const json = { 'content-type': 'application/json' };

/** Catalogues a real PostgreSQL table with the built-in connector; answers the table's id. */
async function catalogOrders(server: UiServer, warehouse: Warehouse): Promise<string> {
  const integration = await callApi<{ id: string }>(server, '/integration/integrations', {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ name: 'Warehouse', type: 'postgres', credentials: warehouse.credentials }),
  });
  const run = await callApi<{ sync_id: string }>(server, `/integration/integrations/${integration.id}/run`, {
    method: 'POST',
    headers: json,
    body: '{}',
  });
  let status = 'queued';
  for (let waited = 0; ['queued', 'running'].includes(status) && waited < 600; waited++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    status = (
      await callApi<{ status: string }>(
        server,
        `/integration/integrations/${integration.id}/syncs/${run.sync_id}`,
      )
    ).status;
  }
  if (status !== 'succeeded') throw new Error(`the catalogue run ended ${status}`);
  const tables = await callApi<{ results: Array<{ id: string; title: string }> }>(
    server,
    `/table/tables?integration_id=${integration.id}`,
  );
  return tables.results.find((t) => t.title === 'orders')!.id;
}

describe.skipIf(!chromium.available || !isPgReady)(
  'data quality: profile, preview, monitors',
  { timeout: 240_000 },
  () => {
    let warehouse: Warehouse;
    let tableId: string;
    let monitorId: string;
    const session = useBrowserSession({
      seed: async (server) => {
        warehouse = await createPgWarehouse(400);
        tableId = await catalogOrders(server, warehouse);
        const monitor = await callApi<{ id: string }>(server, '/monitor/monitors', {
          method: 'POST',
          headers: json,
          body: JSON.stringify({
            target: tableId,
            metric_type: 'row_count',
            name: 'Orders rows',
            condition_manual_min: 300,
          }),
        });
        monitorId = monitor.id;
      },
    });
    afterAll(async () => {
      await warehouse?.drop();
    });

    test('the Quality tab profiles the table; the Preview tab shows its first rows', async () => {
      const page = await session.signIn();
      await page.goto(`${session.server.url}/resources/${tableId}?tab=quality`);
      await page.getByTestId('profile-panel').waitFor();
      await page.getByTestId('profile-now').click();
      await page.getByTestId('profile-summary').waitFor();
      expect(await page.getByTestId('profile-summary').innerText()).toContain('400 rows');
      const status = page.locator('[data-testid="profile-column"][data-column="status"]');
      expect(await status.innerText()).toContain('5');
      expect(await page.getByTestId('quality-score').innerText()).toMatch(/quality \d+/i);
      await screenshot(page, 'quality-profile');
      await page.getByTestId('preview-tab-button').click();
      await page.getByTestId('preview-tab').waitFor();
      expect(await page.getByTestId('preview-row').count()).toBe(50);
      await screenshot(page, 'quality-preview');
    });

    test('a monitor run shows on the chart; a breach lists an open incident', async () => {
      const page = await session.signIn();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Monitors' }).click();
      await page.getByTestId('monitor-row').first().waitFor();
      await page.getByRole('link', { name: 'Orders rows' }).click();
      await page.getByTestId('monitor-name').waitFor();
      await page.getByTestId('run-monitor').click();
      await expect.poll(() => page.getByTestId('measurement-row').count()).toBe(1);
      await page.getByTestId('measurement-chart').locator('canvas').waitFor();
      await warehouse.query('delete from orders where id > 250');
      await page.getByTestId('run-monitor').click();
      await expect.poll(() => page.getByTestId('measurement-row').count()).toBe(2);
      await expect.poll(() => page.getByTestId('monitor-status').innerText()).toMatch(/incident/i);
      expect(await page.locator('[data-testid="incident-row"][data-status="open"]').count()).toBe(1);
      await screenshot(page, 'quality-monitor');
      // The table's page rolls its monitors up: an open incident makes it "incident".
      await page.goto(`${session.server.url}/resources/${tableId}?tab=quality`);
      await expect.poll(() => page.getByTestId('monitor-rollup').innerText()).toMatch(/incident/i);
      expect(await page.getByTestId('resource-monitor-row').count()).toBe(1);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Monitors' }).click();
      await page.getByTestId('incidents-tab').click();
      await page.locator('[data-testid="incident-row"][data-status="open"]').waitFor();
      expect(monitorId).toBeTruthy();
    });
  },
);
