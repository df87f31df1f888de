import { describe, expect, test } from 'vitest';
import { createIntegration, importJsonl } from './support/api-seed';
import { useBrowserSession } from './support/browser-session';
import { chromiumAvailability } from './support/chromium';
import { pageErrors, screenshot } from './support/pages';

const chromium = chromiumAvailability();

const table = (id: string, more: Record<string, unknown> = {}) => ({
  entity_type: 'table',
  databuilder_id: id,
  parent_databuilder_id: `shop.${more.schema ?? 'mart'}`,
  title: id,
  database: 'shop',
  schema: 'mart',
  ...more,
});

/** A shop's warehouse where one word ("orders") sits in titles, prefixes, phrases and descriptions. */
const WAREHOUSE = [
  { entity_type: 'database', databuilder_id: 'shop', title: 'shop' },
  {
    entity_type: 'schema',
    databuilder_id: 'shop.mart',
    parent_databuilder_id: 'shop',
    title: 'mart',
    database: 'shop',
  },
  {
    entity_type: 'schema',
    databuilder_id: 'shop.raw',
    parent_databuilder_id: 'shop',
    title: 'raw',
    database: 'shop',
  },
  table('orders', { description: 'One row per order', owners: ['ada@example.com'] }),
  table('orders_daily', { description: 'Orders per day' }),
  table('customer_orders', { description: 'Orders of each customer', owners: ['ada@example.com'] }),
  table('raw_orders', { schema: 'raw', description: 'Orders as the shop exports them' }),
  table('payments', { description: 'Payments of orders by card' }),
  table('legacy_orders', { description: 'Old orders, before the migration' }),
  {
    entity_type: 'column',
    databuilder_id: 'orders.order_id',
    parent_databuilder_id: 'orders',
    title: 'order_id',
    type: 'bigint',
  },
];

const jsonl = (records: unknown[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;

describe.skipIf(!chromium.available)('search page in headless Chromium', { timeout: 180_000 }, () => {
  const session = useBrowserSession({
    seed: async (server) => {
      const warehouse = await createIntegration(server, 'Warehouse', 'custom');
      await importJsonl(server, warehouse, jsonl(WAREHOUSE), '');
      // The next sync no longer lists legacy_orders: it goes stale, into the archive.
      const current = WAREHOUSE.filter((r) => r.databuilder_id !== 'legacy_orders');
      await importJsonl(server, warehouse, jsonl(current), '');
    },
  });

  /** The title of each result row, in order. */
  const resultTitles = () =>
    session.page
      .getByTestId('search-result')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-title')));
  const chip = (facet: string, text: string) =>
    session.page.locator(`[data-facet="${facet}"] label`, { hasText: text });

  test('typing shows results ranked by the server and facet counts', async () => {
    const page = await session.signIn();
    await page.getByTestId('search-input').pressSequentially('orders', { delay: 40 });
    // exact title, title prefix, the word in the title (shorter first), in the description, in the path
    await expect
      .poll(resultTitles)
      .toEqual(['orders', 'orders_daily', 'raw_orders', 'customer_orders', 'payments', 'order_id']);
    await expect.poll(() => chip('entity_type', 'Tables').innerText()).toMatch(/Tables\s*5/);
    await expect.poll(() => chip('schema', 'mart').innerText()).toMatch(/mart\s*4/);
    await expect.poll(() => chip('schema', 'raw').innerText()).toMatch(/raw\s*1/);
    await expect.poll(() => chip('owner', 'ada@example.com').innerText()).toMatch(/2/);
    await expect.poll(() => chip('entity_type', 'Columns').innerText()).toMatch(/Columns\s*1/);
    await expect.poll(() => chip('integration', 'Warehouse').innerText()).toMatch(/6/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('orders');
    await screenshot(page, '32-search-ranked-with-facets');
  });

  test('a facet chip filters the results and goes into the URL', async () => {
    const page = await session.signIn();
    await page.goto(`${session.server.url}/?q=orders`);
    await expect.poll(resultTitles).toHaveLength(6);
    await chip('schema', 'raw').click();
    await expect.poll(resultTitles).toEqual(['raw_orders']);
    expect(new URL(page.url()).searchParams.get('schema')).toBe('raw');
    await screenshot(page, '33-search-facet-filter');
    await chip('schema', 'raw').click();
    await expect.poll(resultTitles).toHaveLength(6);
    await chip('owner', 'ada@example.com').click();
    await expect.poll(resultTitles).toEqual(['orders', 'customer_orders']);
  });

  test('↑/↓ move through the results and Enter opens one', async () => {
    const page = await session.signIn();
    const input = page.getByTestId('search-input');
    await input.pressSequentially('order', { delay: 40 });
    await expect
      .poll(resultTitles)
      .toEqual(['orders', 'order_id', 'orders_daily', 'raw_orders', 'customer_orders', 'payments']);
    const rows = page.getByTestId('search-result');
    await expect.poll(() => rows.nth(0).getAttribute('aria-selected')).toBe('true');
    await input.press('ArrowDown');
    await input.press('ArrowDown');
    await input.press('ArrowUp');
    await expect.poll(() => rows.nth(1).getAttribute('aria-selected')).toBe('true');
    await screenshot(page, '34-search-keyboard');
    await input.press('Enter');
    await page.getByTestId('resource-title').waitFor();
    await expect.poll(() => page.getByTestId('resource-title').innerText()).toBe('order_id');
  });

  test('the archive view shows the staled table, and only stale assets', async () => {
    const page = await session.signIn();
    await page.getByTestId('search-input').pressSequentially('orders', { delay: 20 });
    await expect.poll(resultTitles).toHaveLength(6);
    await expect.poll(resultTitles).not.toContain('legacy_orders');
    // Mantine draws the switch over a visually hidden checkbox; a click on that input is what a user's click does.
    await page.getByRole('switch', { name: 'Archive (stale assets)' }).dispatchEvent('click');
    await page.getByRole('heading', { name: 'Archive' }).waitFor();
    await expect.poll(resultTitles).toEqual(['legacy_orders']);
    expect((await page.getByTestId('search-result').innerText()).toLowerCase()).toContain('stale');
    expect(new URL(page.url()).searchParams.get('archive')).toBe('1');
    await screenshot(page, '35-search-archive');
  });
});

describe.skipIf(!chromium.available)('empty home page in headless Chromium', { timeout: 180_000 }, () => {
  const session = useBrowserSession();

  test('an empty catalog offers an admin the demo catalog, and shows what the server answered', async () => {
    const page = await session.signIn();
    await page.getByText('Your catalog is empty').waitFor();
    const button = page.getByTestId('load-demo');
    await button.waitFor();
    await screenshot(page, '30-search-empty-home');
    const [answer] = await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/api/v1/demo')),
      button.click(),
    ]);
    if (answer.ok()) {
      // The demo catalog arrived: the home page now has something to search.
      await expect.poll(() => page.getByTestId('search-result').count()).toBeGreaterThan(0);
    } else {
      await page.getByRole('alert').waitFor();
      await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/demo catalog/i);
    }
    await screenshot(page, '31-search-load-demo');
    expect(pageErrors(page)).toEqual([]);
  });
});
