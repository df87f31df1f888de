import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { callApi, createIntegration, findTable, importCsv, metadataCsv } from './support/api-seed';
import { useBrowserSession } from './support/browser-session';
import { chromiumAvailability } from './support/chromium';
import { fillSignIn, screenshot } from './support/pages';
import { ADMIN_EMAIL } from './support/ui-server';

// A dbt project with sources → staging views → models → marts, from the shared fixtures (dbt 1.12 artifacts).
const DBT_FIXTURE = '/work/shared/fixtures/dbt/dbt-bouncer/dbt_112';
const DBT_MODEL = 'dbt.main_stg_tiktok_ads.stg_tiktok_ads__ad_report_hourly';

const chromium = chromiumAvailability();

// Each test drives a real browser against a real server: allow for a loaded 2-core machine.
describe.skipIf(!chromium.available)('web UI in headless Chromium', { timeout: 90_000 }, () => {
  const session = useBrowserSession();

  test('sign in: a wrong password says so; the right one opens the empty catalog; sign out returns', async () => {
    const page = await session.openSignInPage();
    await fillSignIn(page, ADMIN_EMAIL, 'not the password');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('wrong email or password');
    await fillSignIn(page, ADMIN_EMAIL, 'correct horse battery staple');
    await page.getByRole('heading', { name: 'Search the catalog' }).waitFor();
    await page.getByText('Your catalog is empty').waitFor();
    await screenshot(page, '01-signed-in-empty-catalog');

    await page.getByTestId('account-menu').click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Sextant' }).waitFor();
    // The session is gone on the server too: a page that needs it sends us back to sign in.
    await page.goto(`${session.server.url}/integrations`);
    await page.getByRole('heading', { name: 'Sign in to Sextant' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/integrations');
  });

  test('upload a CSV with progress and see its tables appear', async () => {
    const page = await session.signIn();
    await page.getByRole('link', { name: 'Integrations' }).click();
    await page.getByText('No integrations yet').waitFor();
    await page.getByTestId('new-integration').first().click();
    await page.getByTestId('source-push').click();
    await page.getByTestId('integration-name').fill('Warehouse CSV');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { name: 'Warehouse CSV' }).waitFor();

    const file = join(tmpdir(), `sextant-ui-${process.pid}.csv`);
    writeFileSync(
      file,
      metadataCsv([
        ['orders', 'order_id', 'bigint', 'Key of the order'],
        ['orders', 'customer_id', 'bigint', 'Who ordered'],
        ['orders', 'amount', 'numeric(12,2)', 'Total in EUR, taxes included'],
        ['customers', 'customer_id', 'bigint', 'Key of the customer'],
        ['customers', 'email', 'text', 'Contact address'],
      ]),
    );
    // Through the real file dialog, as a user would pick the file.
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByTestId('csv-file').click(),
    ]);
    await chooser.setFiles(file);
    await page.getByTestId('upload-button').click();
    const summary = page.getByTestId('upload-card').getByTestId('sync-summary');
    await summary.waitFor();
    rmSync(file);
    // database + schema + 2 tables + 5 columns
    await expect.poll(() => summary.getByTestId('sync-count-created').innerText()).toBe('9');
    // Badges are upper-cased by CSS, which innerText reflects.
    await expect.poll(() => page.getByTestId('sync-history').innerText()).toMatch(/succeeded/i);
    await screenshot(page, '02-csv-uploaded');

    await page.getByRole('link', { name: 'Search' }).click();
    await page.getByTestId('search-input').fill('sales');
    await expect
      .poll(() => page.getByTestId('search-result').allInnerTexts())
      .toEqual(expect.arrayContaining([expect.stringContaining('shop.sales.orders')]));
    await page.locator('label', { hasText: 'Tables 2' }).click();
    await expect.poll(() => page.getByTestId('search-result').count()).toBe(2);
    await screenshot(page, '03-tables-in-search');
  });

  test('search while typing, move with the keyboard, open a table with its columns', async () => {
    const integration = await createIntegration(session.server, 'Billing CSV', 'custom');
    await importCsv(
      session.server,
      integration,
      metadataCsv([
        ['invoices', 'invoice_id', 'bigint', 'Key of the invoice'],
        ['invoices', 'paid_at', 'timestamp', 'When the money arrived'],
        ['invoice_lines', 'line_id', 'bigint', 'Key of the line'],
      ]),
    );
    const page = await session.signIn();
    const input = page.getByTestId('search-input');
    await input.pressSequentially('invoic', { delay: 30 });
    await page.locator('label', { hasText: /^Tables/ }).click();
    await expect.poll(() => page.getByTestId('search-result').count()).toBe(2);
    // Ranking: the exact title "invoices" is not typed yet, both are prefixes, ordered by title.
    const rows = page.getByTestId('search-result');
    await expect.poll(() => rows.nth(0).getAttribute('aria-selected')).toBe('true');
    await input.press('ArrowDown');
    await expect.poll(() => rows.nth(1).getAttribute('aria-selected')).toBe('true');
    const chosen = await rows.nth(1).innerText();
    await screenshot(page, '04-search-keyboard');
    await input.press('Enter');

    const title = page.getByTestId('resource-title');
    await title.waitFor();
    await expect.poll(async () => chosen.includes(await title.innerText())).toBe(true);
    await expect.poll(() => page.getByTestId('columns-table').innerText()).toMatch(/invoice_id|line_id/);
    await expect
      .poll(() => page.getByTestId('resource-full-path').innerText())
      .toMatch(/^shop\.sales\.invoice/);
    await screenshot(page, '05-table-page');

    // The integration facet: of the tables under "sales" (other tests' CSVs have some too), those of
    // "Billing CSV" and nothing else.
    await page.goto(`${session.server.url}/?q=sales&type=table`);
    await page.locator('[data-facet="integration"] label', { hasText: 'Billing CSV' }).click();
    const paths = async () =>
      (await page.getByTestId('search-result').allInnerTexts())
        .map((text) => text.match(/shop\.\S+/)?.[0])
        .sort();
    await expect.poll(paths).toEqual(['shop.sales.invoice_lines', 'shop.sales.invoices']);
  });

  test('edit a description and see it persist after a reload', async () => {
    const integration = await createIntegration(session.server, 'Docs CSV', 'custom');
    await importCsv(
      session.server,
      integration,
      metadataCsv([['refunds', 'refund_id', 'bigint', 'Key of the refund']]),
    );
    const table = await findTable(session.server, 'shop.sales.refunds');
    const page = await session.signIn();
    await page.goto(`${session.server.url}/resources/${table.id}`);
    await page.getByTestId('edit-documentation').click();
    const text = `Refunds granted by support, one row per refund (${Date.now()}).`;
    await page.getByTestId('description-input').fill(text);
    await page
      .getByLabel('Documentation')
      .fill('## Caveats\n\n* amounts are **gross**\n\n<script>alert(1)</script>');
    await page.getByTestId('save-documentation').click();
    await expect.poll(() => page.getByTestId('description').innerText()).toBe(text);

    await page.reload();
    await expect.poll(() => page.getByTestId('description').innerText()).toBe(text);
    // Markdown is rendered, raw HTML is not (no <script> element, no text of it either).
    await page.getByRole('heading', { name: 'Caveats' }).waitFor();
    await expect.poll(() => page.locator('[data-testid="markdown"] strong').innerText()).toBe('gross');
    await expect.poll(() => page.locator('[data-testid="markdown"] script').count()).toBe(0);
    await screenshot(page, '06-description-persisted');

    // Tags: pick one of the workspace's tags; it is still there after a reload.
    await callApi(session.server, '/tag', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'finance', color: '#2f9e44' }),
    });
    await page.reload();
    await page.getByRole('button', { name: 'Edit tags' }).click();
    await page.getByPlaceholder('Pick tags').click();
    await page.getByRole('option', { name: 'finance' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.reload();
    await page.getByText('finance', { exact: true }).waitFor();

    // A column's description, edited in the columns table.
    await page.getByRole('button', { name: 'Edit the description of refund_id' }).click();
    await page
      .getByRole('textbox', { name: 'Description of refund_id' })
      .fill('Refund key, from the support tool');
    await page.keyboard.press('Enter');
    await page.reload();
    await expect
      .poll(() => page.getByTestId('columns-table').innerText())
      .toContain('Refund key, from the support tool');

    await page.getByRole('tab', { name: 'History' }).click();
    await expect.poll(() => page.getByTestId('audit-history').innerText()).toContain('description');
  });

  const hasDbtFixture = existsSync(join(DBT_FIXTURE, 'manifest.json'));
  if (!hasDbtFixture && process.env.CI === 'true') {
    throw new Error(`the dbt fixture ${DBT_FIXTURE} is missing (required under CI=true)`);
  }

  test.skipIf(!hasDbtFixture)(
    'upload dbt artifacts; lineage graph of a model: expand a node, export the impact list',
    async () => {
      const integration = await createIntegration(session.server, 'dbt project', 'dbt');
      const page = await session.signIn();
      // The artifacts go up through the integration page (dbt is its default format), then the sync runs.
      await page.goto(`${session.server.url}/integrations/${integration}`);
      for (const [testId, file] of [
        ['dbt-manifest', 'manifest.json'],
        ['dbt-run-results', 'run_results.json'],
        ['dbt-catalog', 'catalog.json'],
      ] as const) {
        const [chooser] = await Promise.all([
          page.waitForEvent('filechooser'),
          page.getByTestId(testId).click(),
        ]);
        await chooser.setFiles(join(DBT_FIXTURE, file));
      }
      await page.getByTestId('upload-button').click();
      const summary = page.getByTestId('upload-card').getByTestId('sync-summary');
      await summary.waitFor({ timeout: 60_000 });
      expect(Number(await summary.getByTestId('sync-count-created').innerText())).toBeGreaterThan(100);
      expect(Number(await summary.getByTestId('sync-count-lineage_resolved').innerText())).toBeGreaterThan(
        100,
      );
      await screenshot(page, '07a-dbt-artifacts-uploaded');

      const model = await findTable(session.server, DBT_MODEL);
      await page.goto(`${session.server.url}/resources/${model.id}`);
      await page.getByTestId('dbt-tests').waitFor();
      await page.getByTestId('lineage-tab').click();

      const nodes = page.getByTestId('lineage-node');
      await expect.poll(() => nodes.count(), { timeout: 20_000 }).toBeGreaterThan(2);
      await expect
        .poll(() => page.locator('[data-testid="lineage-node"][data-root="true"]').innerText())
        .toContain('stg_tiktok_ads__ad_report_hourly');
      const before = await nodes.count();
      await screenshot(page, '07-lineage-graph');

      // A node with hidden neighbours draws them when clicked.
      const expandable = page
        .getByTestId('expand-upstream')
        .or(page.getByTestId('expand-downstream'))
        .first();
      await expect
        .poll(async () => Number((await expandable.innerText()).replace(/\D/g, '')))
        .toBeGreaterThan(0);
      await expandable.click();
      await expect.poll(() => nodes.count(), { timeout: 20_000 }).toBeGreaterThan(before);
      await screenshot(page, '08-lineage-expanded');

      // The impact list, and its CSV export straight from the server.
      const impactRows = page.getByTestId('impact-table').locator('tbody tr');
      await expect.poll(() => impactRows.count()).toBeGreaterThan(0);
      const listed = await impactRows.count();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('impact-csv').click(),
      ]);
      expect(download.suggestedFilename()).toBe(`impact-${model.id}.csv`);
      const csv = readFileSync(await download.path(), 'utf8')
        .trim()
        .split(/\r?\n/);
      expect(csv.length - 1).toBe(listed);
      expect(csv.join('\n')).toContain('tiktok_ads__ad_report');
      await page.getByTestId('impact-table').scrollIntoViewIfNeeded();
      await screenshot(page, '09-impact-list');
    },
  );

  test('API keys: create with a role (shown once), then revoke', async () => {
    const page = await session.signIn();
    await page.getByRole('link', { name: 'API keys' }).click();
    await page.getByTestId('api-key-name').fill('nightly upload');
    await page.getByRole('combobox', { name: 'Role' }).selectOption('editor');
    await page.getByRole('button', { name: 'Create key' }).click();
    await expect.poll(() => page.getByTestId('new-api-key').innerText()).toMatch(/^sxt_/);
    const key = await page.getByTestId('new-api-key').innerText();
    const row = page.getByTestId('api-keys-table').locator('tr', { hasText: 'nightly upload' });
    await expect.poll(() => row.innerText()).toContain('editor');
    await screenshot(page, '10-api-key-created');

    // The key works until it is revoked.
    const me = () =>
      fetch(`${session.server.url}/api/v1/auth/me`, { headers: { authorization: `Bearer ${key}` } });
    expect((await me()).status).toBe(200);
    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: 'Revoke' }).click();
    await expect.poll(() => row.innerText()).toMatch(/revoked/i);
    expect((await me()).status).toBe(401);
    await page.reload();
    await expect.poll(() => page.getByTestId('new-api-key').count()).toBe(0);
  });

  test('dark theme', async () => {
    const page = await session.signIn();
    await page.getByTestId('color-scheme-toggle').click();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme')))
      .toBe('dark');
    await page.getByTestId('search-input').fill('order');
    await page.getByTestId('search-result').first().waitFor();
    await screenshot(page, '11-dark-theme');
  });
});
