import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { callApi } from './support/api-seed';
import { chromiumAvailability, launchChromium } from './support/chromium';
import { pageErrors, screenshot, signedInPage } from './support/pages';
import { assertUiBuilt, startUiServer, type UiServer } from './support/ui-server';

const chromium = chromiumAvailability();

describe.skipIf(!chromium.available)('demo catalog button in headless Chromium', { timeout: 150_000 }, () => {
  let server: UiServer;
  let browser: Browser;
  let page: Page | undefined;

  beforeAll(async () => {
    assertUiBuilt();
    server = await startUiServer();
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async (context) => {
    if (page && context.task.result?.state === 'fail')
      await screenshot(page, `FAILED-${context.task.name.slice(0, 40)}`);
    const errors = page ? pageErrors(page) : [];
    await page?.context().close();
    page = undefined;
    expect(errors, 'uncaught errors in the page').toEqual([]);
  });

  test('an empty catalog loads the demo shop; browse it and follow a column through it', async () => {
    page = await signedInPage(browser, server);
    await page.getByText('Your catalog is empty').waitFor();
    await page.getByTestId('load-demo').click();
    // Every cached answer is refetched: the empty state goes without a reload.
    await page.getByText('Your catalog is empty').waitFor({ state: 'detached', timeout: 90_000 });
    await screenshot(page, '26-demo-loaded');
    const integrations = await callApi<{ count: number; results: Array<{ name: string }> }>(
      server,
      '/integration/integrations',
    );
    expect(integrations.count).toBeGreaterThan(0);

    await page.getByRole('link', { name: 'Browse', exact: true }).click();
    await expect.poll(() => page!.getByTestId('browse-integration').count()).toBe(integrations.count);

    // A staging table of the demo: its columns come from the raw tables and go on to the marts.
    const filter = JSON.stringify({
      operator: 'and',
      operands: [
        { operator: 'exact', field: 'title', value: 'stg_orders' },
        { operator: 'exact', field: 'entity_type', value: 'table' },
      ],
    });
    const hits = await callApi<{ results: Array<{ id: string }> }>(
      server,
      `/resource/catalog?filter=${encodeURIComponent(filter)}`,
    );
    expect(hits.results.length).toBeGreaterThan(0);
    await page.goto(`${server.url}/resources/${hits.results[0]!.id}?tab=lineage`);
    const root = page.locator('[data-testid="lineage-node"][data-root="true"]');
    await root.getByTestId('toggle-columns').click({ timeout: 30_000 });
    await root
      .getByTestId('node-column')
      .filter({ hasText: /^amount / })
      .click();
    await expect
      .poll(() => page!.getByTestId('column-path-info').innerText(), { timeout: 20_000 })
      .toMatch(/^\d+ columns? in \d+ assets/);
    expect(await page.locator('[data-testid="lineage-node"][data-on-path="true"]').count()).toBeGreaterThan(
      1,
    );
    await screenshot(page, '27-demo-column-path');
  });
});
