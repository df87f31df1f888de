import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, startServer } from '@sextant/server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../../server/src/slack/testing/fake-slack.js';
import { callApi, createIntegration, importCsv, metadataCsv } from './support/api-seed';
import { chromiumAvailability, launchChromium } from './support/chromium';
import { pageErrors, screenshot, signedInPage } from './support/pages';
import { ADMIN_PASSWORD, assertUiBuilt, type UiServer } from './support/ui-server';

const chromium = chromiumAvailability();
const TOKEN = 'xoxb-ui-test-token';

/** Like startUiServer, with the Slack Web API pointed at the local fake. */
async function startServerWithSlack(slackApiUrl: string): Promise<UiServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sextant-ui-slack-'));
  const config = loadConfig(
    { SEXTANT_SLACK_API_URL: slackApiUrl },
    { dataDir, sqliteFile: join(dataDir, 'sextant.db'), port: 0 },
  );
  const server = await startServer(config, { logger: false, adminPassword: ADMIN_PASSWORD });
  const apiKey = server.bootstrap?.apiKey;
  if (!apiKey) throw new Error('the test server did not bootstrap an admin API key');
  return {
    url: server.url,
    apiKey,
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describe.skipIf(!chromium.available)(
  'notifications: Slack channels, settings, subscriptions',
  { timeout: 180_000 },
  () => {
    let slack: FakeSlack;
    let server: UiServer;
    let browser: Browser;
    let page: Page | undefined;

    beforeAll(async () => {
      assertUiBuilt();
      // Three pages of channels at the fake's default page size of 2: the select must hold all of them.
      slack = await startFakeSlack({
        tokens: [TOKEN],
        channels: [
          { id: 'C01ALERTS', name: 'data-alerts' },
          { id: 'C02GENERAL', name: 'general' },
          { id: 'C03DBT', name: 'dbt-tests', is_private: true },
          { id: 'C04RANDOM', name: 'random' },
          { id: 'C05OPS', name: 'ops' },
        ],
      });
      server = await startServerWithSlack(slack.apiUrl);
      browser = await launchChromium();
      const warehouse = await createIntegration(server, 'Warehouse', 'custom');
      await importCsv(server, warehouse, metadataCsv([['orders', 'order_id', 'integer', 'Order key']]));
    }, 180_000);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await slack?.close();
    });
    afterEach(async (context) => {
      if (page && context.task.result?.state === 'fail')
        await screenshot(page, `FAILED-${context.task.name.slice(0, 40)}`);
      const errors = page ? pageErrors(page) : [];
      await page?.context().close();
      page = undefined;
      expect(errors).toEqual([]);
    });

    test('connect Slack, pick a channel from the list, save settings, subscribe a channel to a table', async () => {
      page = await signedInPage(browser, server);
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Notifications' })
        .click();

      // No Slack yet: the page says so and offers the connect form.
      await page.getByTestId('slack-not-connected').waitFor();
      await screenshot(page, 'notifications-not-connected');
      const connect = page.getByTestId('connect-slack');
      await connect.getByLabel('Bot token').fill(TOKEN);
      await connect.getByRole('button', { name: 'Connect' }).click();

      // The channels come from the fake Slack through conversations.list, all pages.
      await page.getByTestId('channel-count').waitFor();
      expect(await page.getByTestId('channel-count').innerText()).toContain('5 channels');
      const channel = page.getByTestId('notification-settings').getByRole('combobox', { name: 'Channel' });
      const options = await channel.locator('option').allInnerTexts();
      expect(options).toEqual(
        expect.arrayContaining(['#data-alerts', '#general', '#dbt-tests', '#random', '#ops']),
      );
      expect(
        slack.requests.some((request) => request.method === 'conversations.list' && request.token === TOKEN),
      ).toBe(true);

      // Settings: channel, one event off, a 50 % stale threshold; saved, then read back after a reload.
      await channel.selectOption('C01ALERTS');
      await page.getByRole('checkbox', { name: 'When a dbt test starts failing' }).uncheck();
      const threshold = page.getByRole('textbox', { name: 'Stale threshold (%)' });
      await threshold.fill('50');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByTestId('settings-saved').waitFor();
      const saved = await callApi<Record<string, unknown>>(server, '/notifications/settings');
      expect(saved).toMatchObject({
        channel: 'C01ALERTS',
        on_sync_failure: true,
        on_dbt_test_failure: false,
        stale_threshold: 0.5,
      });

      await page.reload();
      const reloaded = page.getByTestId('notification-settings').getByRole('combobox', { name: 'Channel' });
      await expect.poll(() => reloaded.inputValue(), { timeout: 30_000 }).toBe('C01ALERTS');
      expect(await page.getByRole('checkbox', { name: 'When a dbt test starts failing' }).isChecked()).toBe(
        false,
      );
      expect(await page.getByRole('checkbox', { name: 'When a sync fails' }).isChecked()).toBe(true);
      expect(await page.getByRole('textbox', { name: 'Stale threshold (%)' }).inputValue()).toBe('50');
      await screenshot(page, 'notifications-settings');

      // A subscription: find the table, pick a channel, subscribe; it is listed with the channel's name; remove it.
      const subscriptions = page.getByTestId('subscriptions');
      await subscriptions.getByTestId('subscription-resource').fill('orders');
      await page.getByRole('option', { name: 'shop.sales.orders', exact: true }).click();
      await subscriptions.getByRole('combobox', { name: 'Channel' }).selectOption('C03DBT');
      await subscriptions.getByRole('button', { name: 'Subscribe' }).click();
      const row = subscriptions.getByTestId('subscriptions-table').getByRole('row', { name: /dbt-tests/ });
      await row.waitFor();
      expect(await row.innerText()).toContain('shop.sales.orders');
      const stored = await callApi<{ results: Array<{ channel: string }> }>(
        server,
        '/notifications/subscriptions',
      );
      expect(stored.results.map((item) => item.channel)).toEqual(['C03DBT']);
      await screenshot(page, 'notifications-subscriptions');
      await row.getByRole('button', { name: 'Remove' }).click();
      await subscriptions.getByText('No subscriptions yet.').waitFor();
      expect((await callApi<{ count: number }>(server, '/notifications/subscriptions')).count).toBe(0);
    });
  },
);
