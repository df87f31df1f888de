import { describe, expect, test } from 'vitest';
import { callApi, createIntegration, importJsonl } from './support/api-seed';
import { useBrowserSession } from './support/browser-session';
import { chromiumAvailability } from './support/chromium';
import { fillSignIn, screenshot } from './support/pages';

const chromium = chromiumAvailability();
const GUEST_EMAIL = 'guest@example.com';
const GUEST_PASSWORD = 'a guest reads its teams';

const CATALOG = [
  { entity_type: 'database', databuilder_id: 'shop', title: 'shop' },
  { entity_type: 'schema', databuilder_id: 'shop.mart', parent_databuilder_id: 'shop', title: 'mart' },
  ...['campaigns', 'salaries'].map((title) => ({
    entity_type: 'table',
    databuilder_id: title,
    parent_databuilder_id: 'shop.mart',
    title,
    database: 'shop',
    schema: 'mart',
    description: `The ${title} table`,
  })),
  {
    entity_type: 'column',
    databuilder_id: 'campaigns.budget',
    parent_databuilder_id: 'campaigns',
    title: 'budget',
    type: 'numeric',
  },
];
const jsonl = (records: unknown[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/**
 * The Guest role (compat.md §8) in the UI: a guest searches and reads its teams' assets, and meets no edit
 * control and no page whose requests the server would refuse (Browse, integrations, settings, ...).
 */
describe.skipIf(!chromium.available)('the UI for a guest, in headless Chromium', { timeout: 180_000 }, () => {
  let campaigns = '';
  const session = useBrowserSession({
    seed: async (server) => {
      const team = await callApi<{ id: string }>(server, '/auth/teams/', json({ name: 'Marketing' }));
      await callApi(
        server,
        '/user',
        json({ email: GUEST_EMAIL, role: 'Guest', teams: [team.id], password: GUEST_PASSWORD }),
      );
      const warehouse = await createIntegration(server, 'Warehouse', 'custom');
      await importJsonl(server, warehouse, jsonl(CATALOG), '');
      // The table and its column belong to the guest's team (a team is set per resource); salaries does not.
      const idOf = async (title: string) => {
        const filter = JSON.stringify({ operator: 'exact', field: 'title', value: title });
        const found = await callApi<{ results: Array<{ id: string }> }>(
          server,
          `/resource/catalog?filter=${encodeURIComponent(filter)}`,
        );
        return found.results[0]!.id;
      };
      campaigns = await idOf('campaigns');
      for (const id of [campaigns, await idOf('budget')]) {
        await callApi(server, `/resource/all/${id}`, { ...json({ teams: [team.id] }), method: 'PATCH' });
      }
    },
  });

  const signInAsGuest = async () => {
    const page = await session.openSignInPage();
    await fillSignIn(page, GUEST_EMAIL, GUEST_PASSWORD);
    await page.getByRole('heading', { name: 'Search the catalog' }).waitFor();
    return page;
  };

  test('search finds only the assets of its teams; the nav offers only what a guest can use', async () => {
    const page = await signInAsGuest();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect.poll(() => nav.getByRole('link').allInnerTexts()).toEqual(['Search']);
    await page.getByTestId('search-input').pressSequentially('campaigns', { delay: 30 });
    await expect
      .poll(() =>
        page
          .getByTestId('search-result')
          .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-title'))),
      )
      .toEqual(['campaigns', 'budget']);
    await page.getByTestId('search-input').fill('salaries');
    await expect.poll(() => page.getByTestId('search-result').count()).toBe(0);
    await screenshot(page, 'guest-search');
  });

  test('an asset page of its team shows no edit control, no lineage or history tab, and no refused request', async () => {
    const page = await signInAsGuest();
    const refused: string[] = [];
    page.on('response', (response) => {
      if (response.status() === 403) refused.push(response.url());
    });
    await page.goto(`${session.server.url}/resources/${campaigns}`);
    await page.getByRole('heading', { name: 'campaigns' }).first().waitFor();
    await page.getByText('The campaigns table').first().waitFor();
    await page.getByText('budget').first().waitFor();
    const tabs = await page.getByRole('tab').allInnerTexts();
    expect(tabs).toEqual(['Overview']);
    expect(await page.getByRole('button', { name: /edit/i }).count()).toBe(0);
    expect(await page.getByLabel(/edit/i).count()).toBe(0);
    await screenshot(page, 'guest-resource');
    expect(refused).toEqual([]);
  });

  test('pages a guest cannot use explain so, without requests the server refuses', async () => {
    const page = await signInAsGuest();
    const refused: string[] = [];
    page.on('response', (response) => {
      if (response.status() === 403) refused.push(response.url());
    });
    for (const path of ['/browse', '/integrations', '/settings/api-keys', '/glossary', '/monitors']) {
      await page.goto(`${session.server.url}${path}`);
      await page.getByRole('heading', { name: 'Not available to your role' }).waitFor();
    }
    expect(refused).toEqual([]);
  });

  test('an admin still sees every section', async () => {
    const page = await session.signIn();
    const links = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts();
    expect(links).toEqual(expect.arrayContaining(['Search', 'Browse', 'Integrations', 'API keys']));
  });
});
