import { copyFileSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createIntegration, findTable, importJsonl } from './support/api-seed';
import { useBrowserSession } from './support/browser-session';
import { chromiumAvailability } from './support/chromium';
import { SCREENSHOT_DIR, screenshot } from './support/pages';

const chromium = chromiumAvailability();

/**
 * raw.orders → stg.orders → mart.revenue and mart.order_count, where the money and the keys take separate
 * column paths: amount → amount_eur → total, and id → order_id → n.
 */
function twoColumnPaths(): { resources: string; lineages: string } {
  const records: Array<Record<string, unknown>> = [
    { entity_type: 'database', databuilder_id: 'shop', title: 'shop' },
  ];
  const tables: Record<string, string[]> = {
    'raw.orders': ['id', 'amount', 'note'],
    'stg.orders': ['order_id', 'amount_eur'],
    'mart.revenue': ['total'],
    'mart.order_count': ['n'],
  };
  for (const schema of ['raw', 'stg', 'mart']) {
    records.push({
      entity_type: 'schema',
      databuilder_id: schema,
      parent_databuilder_id: 'shop',
      title: schema,
    });
  }
  for (const [name, columns] of Object.entries(tables)) {
    const [schema, title] = name.split('.');
    records.push({
      entity_type: 'table',
      databuilder_id: name,
      parent_databuilder_id: schema,
      title,
      database: 'shop',
      schema,
    });
    for (const [index, column] of columns.entries()) {
      records.push({
        entity_type: 'column',
        databuilder_id: `${name}.${column}`,
        parent_databuilder_id: name,
        title: column,
        type: 'bigint',
        sort_order: index + 1,
      });
    }
  }
  const link = (from: string, to: string) => ({
    from_identifier: { type: 'internal_resource', databuilder_id: from },
    to_identifier: { type: 'internal_resource', databuilder_id: to },
  });
  const lineages = [
    link('raw.orders.amount', 'stg.orders.amount_eur'),
    link('stg.orders.amount_eur', 'mart.revenue.total'),
    link('raw.orders.id', 'stg.orders.order_id'),
    link('stg.orders.order_id', 'mart.order_count.n'),
  ];
  const toLines = (items: unknown[]) => `${items.map((item) => JSON.stringify(item)).join('\n')}\n`;
  return { resources: toLines(records), lineages: toLines(lineages) };
}

describe.skipIf(!chromium.available)(
  'column-level lineage in headless Chromium',
  { timeout: 120_000 },
  () => {
    const session = useBrowserSession({
      seed: async (server) => {
        const integration = await createIntegration(server, 'warehouse', 'custom');
        const data = twoColumnPaths();
        await importJsonl(server, integration, data.resources, data.lineages);
      },
    });

    test('open a table’s columns, click a column: its path across tables is highlighted', async () => {
      const stg = await findTable(session.server, 'shop.stg.orders');
      const ids = Object.fromEntries(
        await Promise.all(
          ['shop.raw.orders', 'shop.mart.revenue', 'shop.mart.order_count'].map(
            async (name) => [name, (await findTable(session.server, name)).id] as const,
          ),
        ),
      );
      const page = await session.signIn();
      await page.goto(`${session.server.url}/resources/${stg.id}?tab=lineage`);
      const nodes = page.getByTestId('lineage-node');
      await expect.poll(() => nodes.count(), { timeout: 30_000 }).toBe(4);
      const graphNode = (id: string) => page.locator(`[data-testid="lineage-node"][data-node-id="${id}"]`);
      // No column is fetched or drawn until a table is opened.
      await expect.poll(() => page.getByTestId('node-column').count()).toBe(0);

      await page.getByRole('button', { name: 'Show the columns of orders' }).first().waitFor();
      await graphNode(stg.id).getByTestId('toggle-columns').click();
      const column = (name: string) =>
        page.getByTestId('node-column').filter({ hasText: new RegExp(`^${name} `) });
      await column('amount_eur').waitFor();
      await expect
        .poll(() => graphNode(stg.id).getByTestId('node-column').allInnerTexts())
        .toEqual(['order_id bigint', 'amount_eur bigint']);

      await column('amount_eur').click();
      await expect
        .poll(() => page.getByTestId('column-path-info').innerText(), { timeout: 20_000 })
        .toContain('2 columns in 3 assets');
      // The tables on the path are outlined and open their column lists; the path's columns are marked.
      await expect.poll(() => graphNode(ids['shop.raw.orders']).getAttribute('data-on-path')).toBe('true');
      await expect.poll(() => graphNode(ids['shop.mart.revenue']).getAttribute('data-on-path')).toBe('true');
      await expect
        .poll(() => graphNode(ids['shop.mart.order_count']).getAttribute('data-on-path'))
        .toBe('false');
      await column('total').waitFor();
      await column('amount').waitFor();
      const marked = async (name: string) => column(name).getAttribute('data-on-path');
      await expect.poll(() => marked('amount')).toBe('true');
      await expect.poll(() => marked('total')).toBe('true');
      await expect.poll(() => marked('amount_eur')).toBe('true');
      await expect.poll(() => marked('id')).toBe('false');
      await expect.poll(() => marked('note')).toBe('false');
      await expect.poll(() => marked('order_id')).toBe('false');
      // Two table edges carry the path (raw → stg → revenue), drawn animated.
      await expect
        .poll(() => page.locator('.react-flow__edge.animated').count(), { timeout: 10_000 })
        .toBe(2);
      await screenshot(page, '22-lineage-column-path');

      // PNG export of the whole graph, as drawn (path highlighted, columns open).
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-png').click(),
      ]);
      expect(download.suggestedFilename()).toBe('lineage-orders.png');
      const png = readFileSync(await download.path());
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
      // Three columns of 250-pixel nodes with gaps and padding; two open column lists make it taller than a node.
      const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      console.log(`[lineage png] ${width}×${height}, ${png.length} bytes`);
      expect(width).toBeGreaterThan(3 * 250);
      expect(height).toBeGreaterThan(250);
      expect(png.length).toBeGreaterThan(10_000);
      copyFileSync(await download.path(), `${SCREENSHOT_DIR}23-lineage-export.png`);

      // The other path: the keys lead to order_count instead.
      await column('order_id').click();
      await expect
        .poll(() => graphNode(ids['shop.mart.order_count']).getAttribute('data-on-path'), { timeout: 30_000 })
        .toBe('true');
      await expect.poll(() => graphNode(ids['shop.mart.revenue']).getAttribute('data-on-path')).toBe('false');
      await expect.poll(() => marked('id')).toBe('true');
      await expect.poll(() => marked('amount')).toBe('false');

      // Clicking the selected column again clears the highlight.
      await column('order_id').click();
      await expect
        .poll(() => page.locator('[data-testid="lineage-node"][data-on-path="true"]').count(), {
          timeout: 30_000,
        })
        .toBe(0);
      await expect.poll(() => page.locator('.react-flow__edge.animated').count()).toBe(0);
    });
  },
);
