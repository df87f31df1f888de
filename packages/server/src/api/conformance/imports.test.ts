import { expect, test } from 'vitest';
import { createSyncTarget } from '../../sync/sync-test-support.js';
import { forEachApp } from '../../testing/index.js';
import { multipartForm } from '../../testing/multipart-form.js';
import { spellingsOf } from './paths.js';
import { expectFieldTypes, expectJson } from './requests.js';

/** The custom-integration guide's CSV (compat.md §4), header as documented. */
const CSV = `col_name,col_description,col_type,sort_order,database,schema,name,description,is_view,last_updated_time
id,Key,int,1,shop,public,orders,All orders,false,1714561200
amount,,numeric,2,shop,public,orders,All orders,false,1714561200
email,,text,0,shop,public,customers,,true,None
`;
const RESOURCES = [
  { entity_type: 'database', databuilder_id: 'db', title: 'shop' },
  { entity_type: 'schema', databuilder_id: 'db.raw', parent_databuilder_id: 'db', title: 'raw' },
  {
    entity_type: 'table',
    databuilder_id: 'db.raw.a',
    parent_databuilder_id: 'db.raw',
    title: 'a',
    database: 'shop',
    schema: 'raw',
  },
  {
    entity_type: 'table',
    databuilder_id: 'db.raw.b',
    parent_databuilder_id: 'db.raw',
    title: 'b',
    database: 'shop',
    schema: 'raw',
  },
]
  .map((line) => JSON.stringify(line))
  .join('\n');
const LINEAGES = JSON.stringify({
  from_identifier: { type: 'internal_resource', databuilder_id: 'db.raw.a' },
  to_identifier: { type: 'internal_resource', databuilder_id: 'db.raw.b' },
});

/** The sync record both imports answer with (a JSON body the docs' "No content" does not forbid). */
const SYNC_RECORD_FIELDS = {
  id: 'string',
  integration_id: 'string',
  status: 'string',
  source: 'string',
  counts: 'object',
  warnings: 'array',
  error: 'object|null',
};

/**
 * compat.md §6/§8 imports: `import_metadata` (multipart `file`, CSV) and `import_jsonl_metadata` (`resources_file`,
 * optional `lineages_file`) answer 200 under every path spelling, as the guide's `files=dict(file=...)` sends them.
 */
forEachApp('conformance: CSV and JSONL imports', (t) => {
  const integration = async () =>
    (await createSyncTarget(t().store, { workspaceId: t().workspaceId })).integrationId;

  test('import_metadata: the CSV as multipart `file` answers 200 under every spelling', async () => {
    // One database per spelling: a table's identity is its address, so one CSV imported twice is one entity.
    for (const [i, path] of spellingsOf('/integration/integrations/ID/import_metadata/').entries()) {
      const id = await integration();
      const url = path.replace('ID', id);
      const csv = CSV.replaceAll(',shop,', `,shop${i},`);
      const form = multipartForm([{ field: 'file', content: csv, filename: 'metadata.csv' }]);
      const res = await t().app.inject({
        method: 'POST',
        url,
        payload: form.payload,
        headers: { ...t().as('editor'), ...form.headers },
      });
      const record = expectJson(res, 200, url);
      expectFieldTypes(record, SYNC_RECORD_FIELDS);
      expect(record).toMatchObject({ integration_id: id, status: 'succeeded', source: 'csv', error: null });
      const tables = (
        await t().app.inject({ url: `/table/tables?integration_id=${id}`, headers: t().as('viewer') })
      ).json();
      expect(tables.results.map((r: { title: string }) => r.title).sort()).toEqual(['customers', 'orders']);
      const columns = (
        await t().app.inject({ url: `/table/columns?integration_id=${id}`, headers: t().as('viewer') })
      ).json();
      expect(columns.results.map((r: { title: string }) => r.title).sort()).toEqual([
        'amount',
        'email',
        'id',
      ]);
    }
  });

  test('import_jsonl_metadata: resources_file with and without lineages_file answers 200 under every spelling', async () => {
    for (const [i, path] of spellingsOf('/integration/integrations/ID/import_jsonl_metadata').entries()) {
      const id = await integration();
      const url = path.replace('ID', id);
      const resources = RESOURCES.replaceAll('"shop"', `"jsonl${i}"`);
      const parts = [{ field: 'resources_file', content: resources, filename: 'resources.jsonl' }];
      if (i % 2 === 0) parts.push({ field: 'lineages_file', content: LINEAGES, filename: 'lineages.jsonl' });
      const form = multipartForm(parts);
      const res = await t().app.inject({
        method: 'POST',
        url,
        payload: form.payload,
        headers: { ...t().as('editor'), ...form.headers },
      });
      const record = expectJson(res, 200, url);
      expectFieldTypes(record, SYNC_RECORD_FIELDS);
      expect(record).toMatchObject({ integration_id: id, status: 'succeeded', source: 'jsonl' });
      expect(record.counts.created).toBe(4);
      expect(record.counts.lineage_resolved).toBe(i % 2 === 0 ? 1 : 0);
    }
  });

  test('documented errors: 404 for another integration, 400 without the file, 415 for a JSON body, 403 for a viewer', async () => {
    const id = await integration();
    const csv = multipartForm([{ field: 'file', content: CSV }]);
    const send = (url: string, role: 'editor' | 'viewer' | 'other', form = csv) =>
      t().app.inject({
        method: 'POST',
        url,
        payload: form.payload,
        headers: { ...t().as(role), ...form.headers },
      });
    expectJson(await send(`/integration/integrations/nope/import_metadata/`, 'editor'), 404, 'unknown id');
    expectJson(
      await send(`/integration/integrations/${id}/import_metadata`, 'other'),
      404,
      'other workspace',
    );
    expectJson(await send(`/integration/integrations/${id}/import_metadata`, 'viewer'), 403, 'viewer');
    const noFile = multipartForm([{ field: 'lineages_file', content: LINEAGES }]);
    expectJson(
      await send(`/integration/integrations/${id}/import_jsonl_metadata/`, 'editor', noFile),
      400,
      'no file',
    );
    const json = await t().app.inject({
      method: 'POST',
      url: `/integration/integrations/${id}/import_metadata/`,
      headers: t().as('editor'),
      payload: { file: CSV },
    });
    expectJson(json, 415, 'json body');
    const badCsv = multipartForm([{ field: 'file', content: 'name\nx\n' }]);
    const bad = await send(`/integration/integrations/${id}/import_metadata/`, 'editor', badCsv);
    expect([400, 422]).toContain(bad.statusCode);
    expect(bad.headers['content-type']).toMatch(/^application\/json/);
  });
});
