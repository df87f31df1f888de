import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { InputError } from '../errors/index.js';
import { countWorkspaceResources } from '../store/transfer/catalog-transfer-rows.js';
import { createEmptyCatalog } from '../testing/empty-catalog.js';
import { forEachApp, type TestStore } from '../testing/index.js';
import { exportCatalog } from './export-catalog.js';
import { catalogExportFormatOf, importCatalogFile } from './import-catalog-file.js';

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

/**
 * `sextant import` of a CSV export (issue #21): the demo catalog with a person's edits (description, owner, tag,
 * PII, team, a custom property value), exported as CSV, imported into an empty catalog, exports the same CSV again.
 */
forEachApp('CSV catalog export imported', (t, backend) => {
  let csv = '';
  let dir: string;
  let target: { store: TestStore; workspaceId: string };
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  beforeAll(async () => {
    const { app } = t();
    const admin = t().as('admin');
    expect((await app.inject({ method: 'POST', url: '/api/v1/demo', headers: admin })).statusCode).toBe(200);
    const tables = (await app.inject({ url: '/api/v1/table/tables/?page_size=2', headers: admin })).json()
      .results as { id: string }[];
    const [first, second] = tables.map((table) => table.id);
    const post = (url: string, payload: object) =>
      app.inject({ method: 'POST', url, headers: admin, payload });
    const gold = (await post('/api/v1/tag', { name: 'gold' })).json();
    const team = (await post('/api/v1/auth/teams/', { name: 'Finance' })).json();
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/v1/resource/all/${first}`,
      headers: admin,
      payload: {
        description: 'curated, with "quotes", commas; and a\nnew line',
        owners: ['editor@example.com', 'finance-team'],
        tags: [gold.id],
        teams: [team.id],
        pii: true,
      },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const property = (
      await post('/api/v1/resource/all_v2/custom_properties/', { name: 'cost_center', value_type: 'text' })
    ).json();
    const value = await app.inject({
      method: 'PUT',
      url: `/api/v1/resource/all_v2/custom_properties/${property.id}/${second}`,
      headers: admin,
      payload: { value: 'finance' },
    });
    expect(value.statusCode, value.body).toBe(200);
    csv = await collect(exportCatalog(t().store.db, t().workspaceId, 'csv'));
    dir = mkdtempSync(join(tmpdir(), 'sextant-csv-export-'));
    target = await createEmptyCatalog(backend);
  });
  afterAll(async () => {
    await target?.store.dispose();
  });

  test('a bad row stops the import naming file, line and column, and changes nothing', async () => {
    const lines = csv.split('\n');
    lines[3] = lines[3]!.replace(/,(0|1),(0|1),(0|1),(0|1),(0|1),/, ',maybe,$2,$3,$4,$5,');
    const path = write('bad.csv', lines.join('\n'));
    expect(catalogExportFormatOf(path)).toBe('csv');
    const error = await importCatalogFile(target.store, target.workspaceId, { path, name: 'bad.csv' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe('bad.csv:4 (pii): pii must be 0, 1, true or false, not "maybe"');
    expect((error as InputError).details).toMatchObject({ file: 'bad.csv', line: 4, field: 'pii' });
    expect(await countWorkspaceResources(target.store.db, target.workspaceId)).toBe(0);
    const other = write('other.csv', 'name,description\nx,y\n');
    expect(catalogExportFormatOf(other)).toBeUndefined();
    await expect(
      importCatalogFile(target.store, target.workspaceId, { path: other, name: 'other.csv' }),
    ).rejects.toThrow(/^other\.csv:1: not a Sextant catalog export/);
  });

  test('importing the CSV into an empty catalog reproduces the CSV', async () => {
    const path = write('catalog.csv', csv);
    const counts = await importCatalogFile(target.store, target.workspaceId, { path, name: 'catalog.csv' });
    expect(counts).toMatchObject({ format: 'csv', custom_properties: 1, lineage: 0 });
    expect(counts.tags).toBeGreaterThanOrEqual(1);
    expect(counts.resources).toBe(csv.trim().split('\n').length - 1 - countNewlinesInsideQuotes(csv));
    // Owners that are emails become users (editor@example.com among them); other names stay external owners.
    expect(counts.users_created).toBeGreaterThanOrEqual(1);
    const again = await collect(exportCatalog(target.store.db, target.workspaceId, 'csv'));
    expect(again).toBe(csv);
    // The imported resources are found by the catalog's search index and keep their address.
    const orders = await target.store.db
      .selectFrom('resources')
      .select(['database_name', 'schema_name'])
      .where('entity_type', '=', 'table')
      .where('title', '=', 'orders')
      .executeTakeFirstOrThrow();
    expect(orders.database_name).not.toBeNull();
    await expect(
      importCatalogFile(target.store, target.workspaceId, { path, name: 'catalog.csv' }),
    ).rejects.toThrow(/already holds \d+ resources/);
  });
});

/** The description written above spans two lines of the file inside one quoted cell. */
function countNewlinesInsideQuotes(text: string): number {
  let inside = false;
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '"') inside = !inside;
    else if (text[i] === '\n' && inside) count += 1;
  }
  return count;
}
