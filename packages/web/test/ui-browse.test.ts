import { describe, expect, test } from 'vitest';
import { createIntegration, importCsv, importJsonl, metadataCsv } from './support/api-seed';
import { useBrowserSession } from './support/browser-session';
import { chromiumAvailability } from './support/chromium';
import { screenshot } from './support/pages';

const chromium = chromiumAvailability();

/** A BI tool's dashboards (group → dashboard → charts) and a schema wider than one page of the tree (120 tables). */
function biAndWideSchema(): { resources: string; lineages: string } {
  const records: Array<Record<string, unknown>> = [
    { entity_type: 'dashboard_group', databuilder_id: 'g', title: 'Sales dashboards' },
    { entity_type: 'dashboard', databuilder_id: 'g.d', parent_databuilder_id: 'g', title: 'Revenue' },
    { entity_type: 'chart', databuilder_id: 'g.d.1', parent_databuilder_id: 'g.d', title: 'By month' },
    { entity_type: 'chart', databuilder_id: 'g.d.2', parent_databuilder_id: 'g.d', title: 'By country' },
    { entity_type: 'database', databuilder_id: 'lake', title: 'lake' },
    { entity_type: 'schema', databuilder_id: 'lake.wide', parent_databuilder_id: 'lake', title: 'wide' },
  ];
  for (let i = 0; i < 120; i++) {
    const title = `t_${String(i).padStart(3, '0')}`;
    records.push({
      entity_type: 'table',
      databuilder_id: title,
      parent_databuilder_id: 'lake.wide',
      title,
      database: 'lake',
      schema: 'wide',
    });
  }
  return { resources: `${records.map((r) => JSON.stringify(r)).join('\n')}\n`, lineages: '' };
}

describe.skipIf(!chromium.available)('browse tree in headless Chromium', { timeout: 240_000 }, () => {
  const session = useBrowserSession({
    seed: async (server) => {
      const warehouse = await createIntegration(server, 'Warehouse CSV', 'custom');
      await importCsv(
        server,
        warehouse,
        metadataCsv([
          ['orders', 'order_id', 'bigint', 'Key of the order'],
          ['orders', 'customer_id', 'bigint', 'Who ordered'],
          ['orders', 'amount', 'numeric(12,2)', 'Total in EUR'],
          ['customers', 'customer_id', 'bigint', 'Key of the customer'],
        ]),
      );
      const bi = await createIntegration(server, 'BI tool', 'custom');
      const data = biAndWideSchema();
      await importJsonl(server, bi, data.resources, data.lineages);
    },
  });

  const node = (name: string) => session.page.locator(`[data-testid="browse-node"][data-name="${name}"]`);
  const expand = (name: string) =>
    session.page.getByRole('button', { name: `Expand ${name}`, exact: true }).click();
  /** The names drawn directly under a node, in order. */
  const childrenOf = (name: string) =>
    node(name)
      .locator(':scope > ul > [data-testid="browse-node"]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-name')));
  const countOf = (name: string) =>
    node(name).locator(':scope > div [data-testid="browse-count"]').innerText();

  test('integration → database → schema → table → columns, with counts, loaded level by level', async () => {
    const page = await session.signIn();
    await page.getByRole('link', { name: 'Browse', exact: true }).click();
    await page.getByTestId('browse-tree').waitFor();
    await expect.poll(() => page.getByTestId('browse-integration').count()).toBe(2);
    // Nothing below the integrations is fetched or drawn until opened.
    await expect.poll(() => page.getByTestId('browse-node').count()).toBe(0);

    await expand('Warehouse CSV');
    await node('shop').waitFor();
    await expect.poll(() => countOf('shop')).toBe('1');
    await expand('shop');
    await node('sales').waitFor();
    await expect.poll(() => countOf('sales')).toBe('2');
    await expand('sales');
    await expect.poll(() => childrenOf('sales'), { timeout: 30_000 }).toEqual(['customers', 'orders']);
    await expect.poll(() => countOf('orders')).toBe('3');
    await expand('orders');
    // Columns in their table order, with their types; they are leaves.
    await expect
      .poll(() => childrenOf('orders'), { timeout: 30_000 })
      .toEqual(['order_id', 'customer_id', 'amount']);
    await expect.poll(() => node('amount').innerText()).toContain('numeric(12,2)');
    await expect.poll(() => node('amount').getByRole('button').count()).toBe(0);
    await screenshot(page, '20-browse-warehouse');

    // A title opens the asset's page.
    await node('orders').getByRole('link', { name: 'orders', exact: true }).click();
    await page.getByTestId('resource-title').waitFor();
    await expect.poll(() => page.getByTestId('resource-full-path').innerText()).toBe('shop.sales.orders');
  });

  test('dashboard group → dashboard → charts; a wide schema pages its tables', async () => {
    const page = await session.signIn();
    await page.goto(`${session.server.url}/browse`);
    await expand('BI tool');
    await node('Sales dashboards').waitFor();
    await expect.poll(() => countOf('Sales dashboards')).toBe('1');
    await expand('Sales dashboards');
    await node('Revenue').waitFor();
    await expect.poll(() => countOf('Revenue')).toBe('2');
    await expand('Revenue');
    await expect.poll(() => childrenOf('Revenue'), { timeout: 30_000 }).toEqual(['By country', 'By month']);

    await expand('lake');
    await expand('wide');
    await expect.poll(() => countOf('wide')).toBe('120');
    await expect.poll(() => childrenOf('wide').then((names) => names.length), { timeout: 30_000 }).toBe(100);
    const more = node('wide').getByTestId('browse-more');
    await expect.poll(() => more.innerText()).toContain('20 not shown');
    await screenshot(page, '21-browse-dashboards');
    await more.click();
    // The second page continues the first in title order.
    const all = Array.from({ length: 120 }, (_, i) => `t_${String(i).padStart(3, '0')}`);
    await expect.poll(() => childrenOf('wide'), { timeout: 30_000 }).toEqual(all);
    await expect.poll(() => node('wide').getByTestId('browse-more').count()).toBe(0);
  });
});
