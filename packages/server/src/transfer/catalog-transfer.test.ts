import { afterAll, beforeAll, expect, test } from 'vitest';
import { InputError } from '../errors/index.js';
import { countWorkspaceResources } from '../store/transfer/catalog-transfer-rows.js';
import { createEmptyCatalog } from '../testing/empty-catalog.js';
import { forEachApp, type TestStore } from '../testing/index.js';
import { exportCatalog } from './export-catalog.js';
import { importCatalog } from './import-catalog.js';

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

async function* linesOf(text: string): AsyncGenerator<string> {
  for (const line of text.split('\n')) yield line;
}

/** The export's records without the header, whose timestamp differs between two exports. */
function records(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((record) => record.record !== 'header');
}

forEachApp('catalog export and import', (t, backend) => {
  let exported = '';
  let target: { store: TestStore; workspaceId: string };

  beforeAll(async () => {
    const { app } = t();
    const admin = t().as('admin');
    expect((await app.inject({ method: 'POST', url: '/api/v1/demo', headers: admin })).statusCode).toBe(200);
    const tables = (
      await app.inject({ url: '/api/v1/table/tables/?page_size=3', headers: t().as('viewer') })
    ).json().results as { id: string }[];
    expect(tables.length).toBe(3);
    const [first, second, third] = tables.map((table) => table.id);
    const editor = await app.inject({ url: '/api/v1/user/?page_size=50', headers: admin });
    const editorId = (editor.json().results as { id: string; email: string }[]).find(
      (user) => user.email === 'editor@example.com',
    )!.id;
    const gold = await app.inject({
      method: 'POST',
      url: '/api/v1/tag',
      headers: t().as('editor'),
      payload: { name: 'gold' },
    });
    expect(gold.statusCode, gold.body).toBe(201);
    const collection = await app.inject({
      method: 'POST',
      url: '/api/v1/collection/collections',
      headers: t().as('editor'),
      payload: { title: 'Finance reports' },
    });
    expect(collection.statusCode, collection.body).toBe(201);
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/v1/resource/all/${first}`,
      headers: t().as('editor'),
      payload: {
        description: 'curated by a person',
        owners: [editorId],
        tags: [gold.json().id],
        pii: true,
        collections: [collection.json().id],
      },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const property = await app.inject({
      method: 'POST',
      url: '/api/v1/resource/all_v2/custom_properties/',
      headers: admin,
      payload: { name: 'cost_center', value_type: 'text' },
    });
    expect(property.statusCode).toBe(201);
    const value = await app.inject({
      method: 'PUT',
      url: `/api/v1/resource/all_v2/custom_properties/${property.json().id}/${second}`,
      headers: t().as('editor'),
      payload: { value: 'finance' },
    });
    expect(value.statusCode).toBe(200);
    const manual = await app.inject({
      method: 'POST',
      url: '/api/v1/lineage/manual',
      headers: t().as('editor'),
      payload: { from_entity: first, to_entity: third, direction: 'DOWNSTREAM' },
    });
    expect(manual.statusCode).toBe(201);
    exported = await collect(exportCatalog(t().store.db, t().workspaceId, 'jsonl'));
    target = await createEmptyCatalog(backend);
  });

  afterAll(async () => {
    await target?.store.dispose();
  });

  test('the export holds user edits, tags, owners, custom properties and manual lineage', () => {
    const all = records(exported);
    const edited = all.find((r) => r.record === 'resource' && r.description === 'curated by a person');
    expect(edited).toMatchObject({ owners: ['editor@example.com'], pii: 1 });
    expect(edited!.tags).toContain('gold');
    expect(edited!.user_values).toMatchObject({ owners: ['editor@example.com'] });
    expect(
      all.some(
        (r) =>
          r.record === 'resource' && (r.custom_properties as object)?.['cost_center' as never] === 'finance',
      ),
    ).toBe(true);
    expect(all.filter((r) => r.record === 'lineage' && r.is_manual === 1)).toHaveLength(1);
    expect(all.filter((r) => r.record === 'lineage').length).toBeGreaterThan(10);
    // History travels too: collections with their resources, sync records, API keys (hashes only), audit log.
    const collection = all.find((r) => r.record === 'collection' && r.title === 'Finance reports');
    expect(collection).toMatchObject({ created_by: 'editor@example.com', resources: [edited!.id] });
    expect(all.filter((r) => r.record === 'sync').length).toBeGreaterThan(0);
    const keys = all.filter((r) => r.record === 'api_key');
    expect(keys.map((k) => k.user_id).sort()).toEqual([
      'admin@example.com',
      'editor@example.com',
      'viewer@example.com',
    ]);
    for (const key of keys) expect(Object.keys(key)).not.toContain('key');
    for (const clear of Object.values(t().keys)) expect(exported).not.toContain(clear);
    expect(all.some((r) => r.record === 'audit_log' && r.actor_user_id === 'editor@example.com')).toBe(true);
    expect(exported).not.toContain('password_hash');
    expect(exported).not.toContain('credentials_encrypted');
    expect(all.filter((r) => r.record === 'user').map((r) => r.email)).toEqual([
      'admin@example.com',
      'editor@example.com',
      'viewer@example.com',
    ]);
  });

  test('GET /api/v1/resource/export streams the same records; admins only', async () => {
    const { app } = t();
    const res = await app.inject({ url: '/api/v1/resource/export', headers: t().as('admin') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/x-ndjson');
    expect(records(res.body)).toEqual(records(exported));
    const csv = await app.inject({ url: '/api/v1/resource/export?format=csv', headers: t().as('admin') });
    expect(csv.statusCode).toBe(200);
    const rows = csv.body.trim().split('\n');
    expect(rows[0]).toMatch(/^id,entity_type,title,.*,custom:cost_center$/);
    expect(rows.length - 1).toBe(records(exported).filter((r) => r.record === 'resource').length);
    expect(csv.body).toContain('curated by a person');
    expect((await app.inject({ url: '/api/v1/resource/export', headers: t().as('editor') })).statusCode).toBe(
      403,
    );
    expect(
      (await app.inject({ url: '/api/v1/resource/export?format=xml', headers: t().as('admin') })).statusCode,
    ).toBe(400);
  });

  test('a bad line stops the import with its line number and changes nothing', async () => {
    const lines = exported.split('\n');
    lines.splice(6, 0, '{"record":"resource","id":"x"');
    const error = await importCatalog(target.store, target.workspaceId, {
      name: 'export.jsonl',
      lines: linesOf(lines.join('\n')),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^export\.jsonl:7: not JSON/);
    expect(await countWorkspaceResources(target.store.db, target.workspaceId)).toBe(0);
    const tags = await target.store.db.selectFrom('tags').select('id').execute();
    expect(tags).toEqual([]);
  });

  test('importing the export into an empty catalog reproduces it', async () => {
    const counts = await importCatalog(target.store, target.workspaceId, {
      name: 'export.jsonl',
      lines: linesOf(exported),
    });
    const all = records(exported);
    expect(counts.resources).toBe(all.filter((r) => r.record === 'resource').length);
    expect(counts.users_created).toBe(2);
    const again = await collect(exportCatalog(target.store.db, target.workspaceId, 'jsonl'));
    // The target's own first admin key, made at its first start, is the one record the source did not have.
    const ownKeys = new Set(
      (await target.store.db.selectFrom('api_keys').select('id').execute()).map((key) => key.id),
    );
    const imported = records(again).filter(
      (r) => r.record !== 'api_key' || all.some((s) => s.record === 'api_key' && s.id === r.id),
    );
    expect(records(again).length - imported.length).toBe(1);
    expect(ownKeys.size).toBe(all.filter((r) => r.record === 'api_key').length + 1);
    expect(imported).toEqual(all);
    expect(counts.history).toBe(
      all.filter((r) => ['collection', 'sync', 'api_key', 'audit_log'].includes(String(r.record))).length,
    );
    // The imported catalog serves search from its rebuilt index.
    const hits = await target.store.db
      .selectFrom('resources')
      .select('id')
      .where('title', '=', 'orders')
      .execute();
    expect(hits.length).toBeGreaterThan(0);
  });

  test('an import into a catalog that has resources is refused', async () => {
    await expect(
      importCatalog(target.store, target.workspaceId, { name: 'export.jsonl', lines: linesOf(exported) }),
    ).rejects.toThrow(/already holds \d+ resources/);
  });
});
