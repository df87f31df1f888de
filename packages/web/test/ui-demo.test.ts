import { describe, expect, test } from 'vitest';
import { callApi } from './support/api-seed';
import { useBrowserSession } from './support/browser-session';
import { chromiumAvailability } from './support/chromium';
import { screenshot } from './support/pages';

const chromium = chromiumAvailability();

describe.skipIf(!chromium.available)('demo catalog button in headless Chromium', { timeout: 240_000 }, () => {
  const session = useBrowserSession();

  test('an empty catalog loads the demo shop; browse it and follow a column through it', async () => {
    const page = await session.signIn();
    await page.getByText('Your catalog is empty').waitFor();
    await page.getByTestId('load-demo').click();
    // Every cached answer is refetched: the empty state goes without a reload.
    await page.getByText('Your catalog is empty').waitFor({ state: 'detached', timeout: 90_000 });
    await screenshot(page, '26-demo-loaded');
    const integrations = await callApi<{ count: number; results: Array<{ name: string }> }>(
      session.server,
      '/integration/integrations',
    );
    expect(integrations.count).toBeGreaterThan(0);

    await page.getByRole('link', { name: 'Browse', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('browse-integration').count(), { timeout: 30_000 })
      .toBe(integrations.count);

    // A staging table of the demo: its columns come from the raw tables and go on to the marts.
    const filter = JSON.stringify({
      operator: 'and',
      operands: [
        { operator: 'exact', field: 'title', value: 'stg_orders' },
        { operator: 'exact', field: 'entity_type', value: 'table' },
      ],
    });
    const hits = await callApi<{ results: Array<{ id: string }> }>(
      session.server,
      `/resource/catalog?filter=${encodeURIComponent(filter)}`,
    );
    expect(hits.results.length).toBeGreaterThan(0);
    await page.goto(`${session.server.url}/resources/${hits.results[0]!.id}?tab=lineage`);
    const root = page.locator('[data-testid="lineage-node"][data-root="true"]');
    await root.getByTestId('toggle-columns').click({ timeout: 30_000 });
    await root
      .getByTestId('node-column')
      .filter({ hasText: /^amount / })
      .click();
    await expect
      .poll(() => page.getByTestId('column-path-info').innerText(), { timeout: 20_000 })
      .toMatch(/^\d+ columns? in \d+ assets/);
    await expect
      .poll(() => page.locator('[data-testid="lineage-node"][data-on-path="true"]').count())
      .toBeGreaterThan(1);
    await screenshot(page, '27-demo-column-path');
  });

  test('on the demo: a model’s dbt tests one by one; a tag created from the tags editor', async () => {
    // The first test loads the demo through the button; run alone, this one loads it through the API.
    const before = await callApi<{ count: number }>(session.server, '/integration/integrations');
    if (before.count === 0) await callApi(session.server, '/demo', { method: 'POST' });
    const integrations = await callApi<{ results: Array<{ id: string; type: string }> }>(
      session.server,
      '/integration/integrations',
    );
    const dbt = integrations.results.find((integration) => integration.type === 'dbt');
    expect(dbt, 'the demo has a dbt integration').toBeDefined();
    const failing = await callApi<{ failing: string[] }>(
      session.server,
      `/integration/dbt/${dbt!.id}/failing_tests`,
    );
    expect(failing.failing.length).toBeGreaterThan(0);
    // A model with failing tests (the list also holds columns, in no set order): its page shows both sources.
    type Failing = { id: string; entity_type: string; tests: Array<{ name: string; status: string | null }> };
    const candidates = await Promise.all(
      failing.failing.map((id) => callApi<Failing>(session.server, `/resource/all/${id}`)),
    );
    const resource = candidates.find((candidate) => candidate.entity_type === 'table');
    if (!resource) throw new Error('the demo has no table with a failing dbt test');

    const page = await session.signIn();
    await page.goto(`${session.server.url}/resources/${resource.id}`);
    const rows = page.getByTestId('dbt-tests-section').getByTestId('dbt-test');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(resource.tests.length);
    // The model and the warehouse table it builds are one entity: the page lists both sources.
    await expect
      .poll(() => page.getByTestId('described-by').innerText(), { timeout: 30_000 })
      .toMatch(/^Warehouse \(Demo shop\), dbt \(Demo shop dbt\)$/);
    // Failing tests come first, each with its own status.
    await expect.poll(() => rows.first().getAttribute('data-status')).toMatch(/^(fail|error)$/);
    const failingNames = resource.tests.filter((t) => t.status === 'fail' || t.status === 'error');
    await expect.poll(() => rows.first().innerText()).toContain(failingNames.map((t) => t.name).sort()[0]);
    await page.getByTestId('dbt-tests-section').scrollIntoViewIfNeeded();
    await screenshot(page, '28-dbt-tests-one-by-one');

    // A new tag, created in the editor, picked, saved, still there after a reload and known to the API.
    const name = `reviewed-${Date.now()}`;
    await page.getByRole('button', { name: 'Edit tags' }).click();
    await page.getByRole('textbox', { name: 'New tag name' }).fill(name);
    await page.getByRole('button', { name: 'Create tag' }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'New tag name' }).inputValue(), { timeout: 30_000 })
      .toBe('');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.reload();
    await page.getByText(name, { exact: true }).waitFor();
    const tags = await callApi<{ results: Array<{ id: string; name: string }> }>(
      session.server,
      '/tag?page_size=1000',
    );
    const created = tags.results.find((tag) => tag.name === name);
    expect(created).toBeDefined();
    const saved = await callApi<{ tags: string[] }>(session.server, `/resource/all/${resource.id}`);
    expect(saved.tags).toContain(created!.id);
  });
});
