import { describe, expect, test } from 'vitest';
import { callApi, createIntegration } from './support/api-seed';
import { useBrowserSession } from './support/browser-session';
import { chromiumAvailability } from './support/chromium';
import { screenshot } from './support/pages';
import type { UiServer } from './support/ui-server';

const chromium = chromiumAvailability();

/** An uploaded integration that needs no network: it logs a line and declares one database. */
const TINY_INTEGRATION = `
import { Integration } from '@sextant/sdk';

export default class Tiny extends Integration {
  async extract() {
    console.log('declaring the tiny database');
    this.declareResource({ entity_type: 'database', databuilder_id: 'tiny', title: 'tiny' });
  }
}
`;

/** Uploads the tiny integration to the marketplace and connects it: an integration the server can run. */
async function connectTinyIntegration(server: UiServer): Promise<string> {
  const form = new FormData();
  form.append('name', 'Tiny');
  form.append('category', 'test');
  form.append('code', new Blob([TINY_INTEGRATION], { type: 'text/plain' }), 'tiny.ts');
  const uploaded = await callApi<{ id: string }>(server, '/marketplace/integrations', {
    method: 'POST',
    body: form,
  });
  return (
    await callApi<{ id: string }>(server, '/integration/integrations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Tiny connection', type: `marketplace:${uploaded.id}`, credentials: {} }),
    })
  ).id;
}

describe.skipIf(!chromium.available)('integrations: run now, schedule, logs', { timeout: 240_000 }, () => {
  const session = useBrowserSession();

  test('a runnable integration: set its schedule, run it now, read the run’s log', async () => {
    const id = await connectTinyIntegration(session.server);
    const page = await session.signIn();
    await page.goto(`${session.server.url}/integrations/${id}`);
    const card = page.getByTestId('schedule-card');
    await card.waitFor();
    // The server's defaults: daily at midnight UTC.
    await expect
      .poll(() => page.getByTestId('schedule-summary').innerText())
      .toContain('every day at 00:00 UTC');

    await page.getByRole('textbox', { name: 'Hour (UTC)' }).fill('6');
    await page.getByRole('textbox', { name: 'Every N days' }).fill('2');
    await page.getByTestId('save-schedule').click();
    await page.getByTestId('schedule-saved').waitFor();
    await page.reload();
    await expect
      .poll(() => page.getByTestId('schedule-summary').innerText(), { timeout: 30_000 })
      .toContain('every 2 days at 06:00 UTC');
    const stored = await callApi<Record<string, unknown>>(session.server, `/integration/integrations/${id}`);
    expect([stored.scheduled_extractions_hour, stored.scheduled_extractions_frequency]).toEqual([6, 2]);

    // Switched off, the list says so.
    await page.getByLabel('Run on a schedule').uncheck({ force: true });
    await page.getByTestId('save-schedule').click();
    await page.getByTestId('schedule-saved').waitFor();
    expect(
      (await callApi<{ schedule_enabled: boolean }>(session.server, `/integration/integrations/${id}`))
        .schedule_enabled,
    ).toBe(false);
    await screenshot(page, '24-integration-schedule');

    await page.getByTestId('run-now').click();
    // The run is queued at once and followed to its end in the history.
    const history = page.getByTestId('sync-history');
    await expect.poll(() => history.innerText(), { timeout: 60_000 }).toMatch(/succeeded/i);
    await history
      .locator('button', { hasText: /succeeded/i })
      .first()
      .click();
    await expect
      .poll(() => page.getByTestId('sync-logs').innerText(), { timeout: 20_000 })
      .toContain('declaring the tiny database');
    await expect.poll(() => history.getByTestId('sync-count-created').first().innerText()).toBe('1');
    await screenshot(page, '25-integration-run-logs');

    await page.getByRole('link', { name: 'Integrations' }).first().click();
    const row = page.getByTestId('integrations-table').locator('tr', { hasText: 'Tiny connection' });
    await expect.poll(() => row.innerText(), { timeout: 30_000 }).toMatch(/succeeded/i);
    await expect.poll(() => row.innerText()).toContain('off');
  });

  test('push-based integrations have no Run now; a run refused by the server says why', async () => {
    const csv = await createIntegration(session.server, 'Uploads only', 'custom');
    const page = await session.signIn();
    await page.goto(`${session.server.url}/integrations/${csv}`);
    await page.getByTestId('upload-card').waitFor();
    await expect.poll(() => page.getByTestId('run-now').count()).toBe(0);
    await expect.poll(() => page.getByTestId('schedule-card').count()).toBe(0);

    // A connection whose run the server refuses (its integration was deleted meanwhile): 404, named.
    const id = await connectTinyIntegration(session.server);
    await page.goto(`${session.server.url}/integrations/${id}`);
    await page.getByTestId('run-now').waitFor();
    await callApi(session.server, `/integration/integrations/${id}`, { method: 'DELETE' });
    await page.getByTestId('run-now').click();
    await expect
      .poll(() => page.getByRole('alert').first().innerText(), { timeout: 30_000 })
      .toContain('This integration does not exist any more');
  });
});
