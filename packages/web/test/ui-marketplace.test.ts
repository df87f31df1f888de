import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { callApi } from './support/api-seed';
import { useBrowserSession } from './support/browser-session';
import { chromiumAvailability } from './support/chromium';
import { screenshot } from './support/pages';

const chromium = chromiumAvailability();

/** The integration of docs/marketplace.md: two credential fields, one allowed endpoint. */
const ORDERS_INTEGRATION = `import { Integration } from '@sextant/sdk';

export default class OrdersApi extends Integration {
  async extract() {
    const answer = await this.httpGet(\`\${this.credentials.base_url}/tables\`, {
      headers: { authorization: \`Bearer \${this.credentials.api_token}\` },
    });
    for (const table of answer.json() as Array<{ name: string }>)
      this.declareResource({ entity_type: 'table', databuilder_id: \`orders.\${table.name}\`, title: table.name });
  }
}
`;

/** A syntax error on line 3. */
const BROKEN_INTEGRATION = `import { Integration } from '@sextant/sdk';
export default class Broken extends Integration {
  async extract() { const = 1; }
}
`;

async function chooseCode(page: Page, testId: string, name: string, source: string): Promise<void> {
  // Through the real file dialog, as a user picks the file.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId(testId).click()]);
  await chooser.setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(source) });
}

describe.skipIf(!chromium.available)('marketplace: upload, review, install', { timeout: 180_000 }, () => {
  const session = useBrowserSession();

  test('an admin uploads an integration; a build error is shown with its line; submit, approve, install', async () => {
    const page = await session.signIn();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Marketplace' }).click();
    await page.getByRole('heading', { name: 'Nothing published yet' }).waitFor();

    // Upload: the form with its credential fields and endpoints editors.
    await page.getByRole('button', { name: 'Upload an integration' }).click();
    const form = page.getByTestId('marketplace-upload');
    await form.getByRole('textbox', { name: 'Name' }).fill('Orders API');
    await form.getByRole('textbox', { name: 'Category' }).fill('warehouse');
    await form.getByRole('textbox', { name: 'Icon' }).fill('🧾');
    await form.getByRole('textbox', { name: 'Description' }).fill('Tables of the orders service');
    await chooseCode(page, 'marketplace-code', 'orders.ts', ORDERS_INTEGRATION);
    await form.getByRole('button', { name: 'Add credential field' }).click();
    await form.getByRole('textbox', { name: 'Credential 1 key' }).fill('base_url');
    await form.getByRole('textbox', { name: 'Credential 1 label' }).fill('Base URL');
    await form.getByRole('checkbox', { name: 'Credential 1 sensitive' }).uncheck();
    await form.getByRole('button', { name: 'Add credential field' }).click();
    await form.getByRole('textbox', { name: 'Credential 2 key' }).fill('api_token');
    await form.getByRole('textbox', { name: 'Credential 2 label' }).fill('API token');
    await form.getByRole('button', { name: 'Add endpoint' }).click();
    await form.getByRole('textbox', { name: 'Endpoint 1' }).fill('https://orders.example.com/api');
    await form.getByRole('button', { name: 'Upload', exact: true }).click();

    const card = page.getByTestId('own-Orders API');
    await card.getByTestId('version-1').waitFor();
    await expect
      .poll(() => card.getByTestId('version-1').getByTestId('version-status').textContent())
      .toBe('draft');
    await expect.poll(() => card.getByTestId('version-1').innerText()).toContain('base_url, api_token');

    // The server stored what the form sent.
    const own = await callApi<{
      results: Array<{ id: string; name: string; category: string; icon: string }>;
    }>(session.server, '/marketplace/integrations');
    const uploaded = own.results.find((item) => item.name === 'Orders API');
    expect(uploaded).toMatchObject({ category: 'warehouse', icon: '🧾' });
    const versions = await callApi<{ results: Array<Record<string, unknown>> }>(
      session.server,
      `/marketplace/integrations/${uploaded?.id}/versions`,
    );
    expect(versions.results[0]).toMatchObject({
      credential_fields: [
        { key: 'base_url', label: 'Base URL', sensitive: false },
        { key: 'api_token', label: 'API token', sensitive: true },
      ],
      allowed_endpoints: ['https://orders.example.com/api'],
    });

    // Code that does not build: the compiler's error with its line, and nothing stored.
    await page.getByRole('button', { name: 'Upload an integration' }).click();
    await form.getByRole('textbox', { name: 'Name' }).fill('Broken');
    await form.getByRole('textbox', { name: 'Category' }).fill('test');
    await chooseCode(page, 'marketplace-code', 'broken.ts', BROKEN_INTEGRATION);
    await form.getByRole('button', { name: 'Upload', exact: true }).click();
    const buildErrors = form.getByTestId('build-errors');
    await buildErrors.waitFor();
    await expect.poll(() => form.getByRole('alert').innerText()).toContain('broken.ts does not build');
    await expect.poll(() => buildErrors.innerText()).toMatch(/line 3, column \d+/);
    await screenshot(page, 'marketplace-build-error');
    expect(
      (
        await callApi<{ results: Array<{ name: string }> }>(session.server, '/marketplace/integrations')
      ).results.map((item) => item.name),
    ).toEqual(['Orders API']);
    await page.getByRole('button', { name: 'Close the upload form' }).click();

    // Submit; the bootstrap admin is a reviewer (first workspace) and approves from the queue.
    await card.getByRole('button', { name: 'Submit for review' }).click();
    await expect
      .poll(() => card.getByTestId('version-1').getByTestId('version-status').textContent(), {
        timeout: 30_000,
      })
      .toBe('submitted');
    const review = page.getByTestId('review-queue').getByTestId('review-Orders API');
    await review.getByRole('button', { name: 'Approve' }).click();
    await expect
      .poll(() => card.getByTestId('version-1').getByTestId('version-status').textContent(), {
        timeout: 30_000,
      })
      .toBe('approved');
    await review.waitFor({ state: 'detached' });

    // The listing shows it; Install opens a form generated from the declared fields.
    const listed = page.getByTestId('listing-Orders API');
    await listed.waitFor();
    await expect.poll(() => listed.innerText()).toContain('needs Base URL, API token');
    await screenshot(page, 'marketplace-listing');
    await listed.getByRole('button', { name: 'Install' }).click();
    const dialog = page.getByRole('dialog', { name: 'Connect Orders API' });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: 'Connection name' }).fill('Orders (prod)');
    const baseUrl = dialog.getByLabel('Base URL');
    const token = dialog.getByLabel('API token');
    // Mantine's TextInput sets no type (a plain text input); the sensitive field is a password input.
    await expect.poll(() => baseUrl.getAttribute('type')).not.toBe('password');
    await expect.poll(() => token.getAttribute('type')).toBe('password');
    await baseUrl.fill('https://orders.example.com/api');
    await token.fill('secret-token');
    await screenshot(page, 'marketplace-install');
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
    await dialog.getByTestId('connected-link').click();
    await page.waitForURL(/\/integrations\/[^/]+$/);
    await page.getByRole('heading', { name: 'Orders (prod)' }).waitFor();

    const integrationId = page.url().split('/').pop();
    const integration = await callApi<{ type: string; credentials: Record<string, string> }>(
      session.server,
      `/integration/integrations/${integrationId}`,
    );
    expect(integration.type).toBe(`marketplace:${uploaded?.id}`);
    expect(integration.credentials).toEqual({ base_url: '********', api_token: '********' });
    const connection = await callApi<{ version: number }>(
      session.server,
      `/marketplace/connections/${integrationId}`,
    );
    expect(connection.version).toBe(1);
  });
});
