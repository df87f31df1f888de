import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { bootstrapIfEmpty } from '../auth/bootstrap.js';
import { loadConfig } from '../config.js';
import { forEachBackend } from '../testing/index.js';
import { loadDemoAtStart } from './load-demo-at-start.js';

forEachBackend('serve --demo', (store) => {
  test('loads the demo as the first admin, then finds it unchanged', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sextant-demo-start-'));
    const config = loadConfig({}, { dataDir });
    expect(await loadDemoAtStart({ config, store: store() })).toEqual({
      loaded: false,
      message: 'demo not loaded: the catalog has no admin yet',
    });
    await bootstrapIfEmpty(store().db, { dataDir, adminPassword: 'demo start password' });
    const first = await loadDemoAtStart({ config, store: store() });
    expect(first.loaded).toBe(true);
    expect(first.message).toMatch(/^demo catalog loaded: "Demo shop" and "Demo shop dbt", \d+ resources$/);
    expect(await loadDemoAtStart({ config, store: store() })).toEqual({
      loaded: true,
      message: 'demo catalog already loaded (unchanged)',
    });
    const integrations = await store().db.selectFrom('integrations').select('name').execute();
    expect(integrations.map((i) => i.name).sort()).toEqual(['Demo shop', 'Demo shop dbt']);
  });
});
