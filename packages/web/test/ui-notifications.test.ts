import { afterAll, describe, expect, test } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../../server/src/slack/testing/fake-slack.js';
import { callApi, createIntegration, importCsv, metadataCsv } from './support/api-seed';
import { useBrowserSession } from './support/browser-session';
import { chromiumAvailability } from './support/chromium';
import { screenshot } from './support/pages';
import { startUiServer } from './support/ui-server';

const chromium = chromiumAvailability();
const TOKEN = 'xoxb-ui-test-token';

describe.skipIf(!chromium.available)(
  'notifications: Slack channels, settings, subscriptions',
  { timeout: 180_000 },
  () => {
    let slack: FakeSlack;
    const session = useBrowserSession({
      startServer: async () => {
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
        return startUiServer({ env: { SEXTANT_SLACK_API_URL: slack.apiUrl } });
      },
      seed: async (server) => {
        const warehouse = await createIntegration(server, 'Warehouse', 'custom');
        await importCsv(server, warehouse, metadataCsv([['orders', 'order_id', 'integer', 'Order key']]));
      },
    });
    afterAll(async () => {
      await slack?.close();
    });

    test('connect Slack, pick a channel from the list, save settings, subscribe a channel to a table', async () => {
      const page = await session.signIn();
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
      await expect.poll(() => page.getByTestId('channel-count').innerText()).toContain('5 channels');
      const channel = page.getByTestId('notification-settings').getByRole('combobox', { name: 'Channel' });
      await expect
        .poll(() => channel.locator('option').allInnerTexts())
        .toEqual(expect.arrayContaining(['#data-alerts', '#general', '#dbt-tests', '#random', '#ops']));
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
      const saved = await callApi<Record<string, unknown>>(session.server, '/notifications/settings');
      expect(saved).toMatchObject({
        channel: 'C01ALERTS',
        on_sync_failure: true,
        on_dbt_test_failure: false,
        stale_threshold: 0.5,
      });

      await page.reload();
      const reloaded = page.getByTestId('notification-settings').getByRole('combobox', { name: 'Channel' });
      await expect.poll(() => reloaded.inputValue(), { timeout: 30_000 }).toBe('C01ALERTS');
      await expect
        .poll(() => page.getByRole('checkbox', { name: 'When a dbt test starts failing' }).isChecked())
        .toBe(false);
      await expect
        .poll(() => page.getByRole('checkbox', { name: 'When a sync fails' }).isChecked())
        .toBe(true);
      await expect
        .poll(() => page.getByRole('textbox', { name: 'Stale threshold (%)' }).inputValue())
        .toBe('50');
      await screenshot(page, 'notifications-settings');

      // A subscription: find the table, pick a channel, subscribe; it is listed with the channel's name; remove it.
      const subscriptions = page.getByTestId('subscriptions');
      await subscriptions.getByTestId('subscription-resource').fill('orders');
      await page.getByRole('option', { name: 'shop.sales.orders', exact: true }).click();
      await subscriptions.getByRole('combobox', { name: 'Channel' }).selectOption('C03DBT');
      await subscriptions.getByRole('button', { name: 'Subscribe' }).click();
      const row = subscriptions.getByTestId('subscriptions-table').getByRole('row', { name: /dbt-tests/ });
      await row.waitFor();
      await expect.poll(() => row.innerText()).toContain('shop.sales.orders');
      const stored = await callApi<{ results: Array<{ channel: string }> }>(
        session.server,
        '/notifications/subscriptions',
      );
      expect(stored.results.map((item) => item.channel)).toEqual(['C03DBT']);
      await screenshot(page, 'notifications-subscriptions');
      await row.getByRole('button', { name: 'Remove' }).click();
      await subscriptions.getByText('No subscriptions yet.').waitFor();
      expect((await callApi<{ count: number }>(session.server, '/notifications/subscriptions')).count).toBe(
        0,
      );
    });
  },
);
