import { describe, expect, test } from 'vitest';
import {
  type CatalogHit,
  callApi,
  createIntegration,
  findTable,
  importCsv,
  metadataCsv,
} from './support/api-seed';
import { useBrowserSession } from './support/browser-session';
import { chromiumAvailability } from './support/chromium';
import { screenshot } from './support/pages';

const chromium = chromiumAvailability();

describe.skipIf(!chromium.available)(
  'knowledge: glossary, documents, questions in headless Chromium',
  { timeout: 180_000 },
  () => {
    let orders: CatalogHit;
    let netRevenue: CatalogHit;
    const session = useBrowserSession({
      seed: async (server) => {
        const warehouse = await createIntegration(server, 'Warehouse', 'custom');
        await importCsv(
          server,
          warehouse,
          metadataCsv([
            ['orders', 'order_id', 'integer', 'Order key'],
            ['orders', 'net_revenue', 'numeric', 'Revenue after refunds'],
          ]),
        );
        orders = await findTable(server, 'shop.sales.orders');
        netRevenue = await findTable(server, 'shop.sales.orders.net_revenue');
      },
    });

    test('create a term, link it to a column, find it by search, open it from the column page', async () => {
      const page = await session.signIn();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
      const form = page.getByRole('form', { name: 'New term' });
      await form.getByRole('textbox', { name: 'Term', exact: true }).fill('Net revenue');
      await form.getByRole('textbox', { name: 'Synonyms' }).fill('net sales, NR');
      await form.getByTestId('term-definition').fill('Revenue **after** refunds and discounts.');
      await expect
        .poll(() => form.getByTestId('markdown-preview').locator('strong').innerText())
        .toBe('after');
      await form.getByRole('button', { name: 'Create term' }).click();
      await page.waitForURL(/\/resources\//);
      const termId = new URL(page.url()).pathname.split('/').pop()!;
      const term = await callApi<{ entity_type: string; synonyms: string[] }>(
        session.server,
        `/glossary/terms/${termId}`,
      );
      expect(term).toMatchObject({ entity_type: 'glossary', synonyms: ['net sales', 'NR'] });

      // Link the term to the column from the term's page.
      const related = page.getByTestId('related-resources');
      await related.getByTestId('relate-picker').fill('net_revenue');
      await page.getByRole('option', { name: 'shop.sales.orders.net_revenue (column)' }).click();
      await related.getByRole('button', { name: 'Relate' }).click();
      await related.getByRole('link', { name: 'shop.sales.orders.net_revenue' }).waitFor();
      await screenshot(page, 'knowledge-term-related');

      // Search finds it, with its own facet value.
      await page.goto(`${session.server.url}/?q=${encodeURIComponent('net revenue')}`);
      const hit = page.locator('[data-testid="search-result"][data-title="Net revenue"]');
      await hit.waitFor();
      await page.locator('[data-facet="entity_type"] label', { hasText: 'Glossary terms' }).waitFor();

      // The column's page lists the term; the link opens it.
      await page.goto(`${session.server.url}/resources/${netRevenue.id}`);
      const fromColumn = page.getByTestId('related-resources');
      await fromColumn.getByRole('link', { name: 'Net revenue' }).click();
      await page.waitForURL(new RegExp(`/resources/${termId}$`));
      await page.getByText('Revenue after refunds and discounts.').first().waitFor();
      await screenshot(page, 'knowledge-term-page');
    });

    test('a document that mentions a table shows among the table’s related resources', async () => {
      const page = await session.signIn();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Docs' }).click();
      const form = page.getByRole('form', { name: 'New document' });
      await form.getByLabel('Title').fill('Orders handbook');
      await form
        .getByTestId('document-text')
        .fill(`# Orders\n\nEvery sale lands in @[orders](/resources/${orders.id}).`);
      await form.getByTestId('markdown-preview').getByRole('heading', { name: 'Orders' }).waitFor();
      await form.getByRole('button', { name: 'Create document' }).click();
      await page.waitForURL(/\/resources\//);
      await page.getByTestId('related-resources').getByRole('link', { name: 'shop.sales.orders' }).waitFor();

      await page.goto(`${session.server.url}/resources/${orders.id}`);
      const row = page
        .getByTestId('related-resources')
        .getByTestId('related-row')
        .filter({ hasText: 'Orders handbook' });
      await row.waitFor();
      await expect.poll(() => row.innerText()).toContain('mentioned in the document');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Docs' }).click();
      await page.getByTestId('document-tree').getByRole('link', { name: 'Orders handbook' }).waitFor();
      await screenshot(page, 'knowledge-documents');
    });

    test('ask a question on a table, reply, and accept the answer', async () => {
      const page = await session.signIn();
      await page.goto(`${session.server.url}/resources/${orders.id}`);
      const questions = page.getByTestId('questions');
      await questions.getByRole('textbox', { name: 'Ask a question' }).fill('Do orders include refunds?');
      await questions.getByRole('button', { name: 'Ask' }).click();
      const thread = questions.getByTestId('question').filter({ hasText: 'Do orders include refunds?' });
      await expect.poll(() => thread.getByTestId('question-status').innerText()).toMatch(/open/i);
      await thread.getByRole('textbox', { name: 'Your reply' }).fill('No: refunds are in the refunds table.');
      await thread.getByRole('button', { name: 'Reply' }).click();
      const reply = thread.getByTestId('reply').filter({ hasText: 'refunds are in the refunds table' });
      await reply.getByRole('button', { name: 'Accept' }).click();
      await reply.getByTestId('accepted-answer').waitFor();
      await expect.poll(() => thread.getByTestId('question-status').innerText()).toMatch(/answered/i);
      await screenshot(page, 'knowledge-question-answered');
      const stored = await callApi<{ results: Array<{ status: string; resource_id: string }> }>(
        session.server,
        `/question/questions?resource_id=${orders.id}`,
      );
      expect(stored.results.map((q) => q.status)).toEqual(['answered']);
    });
  },
);
