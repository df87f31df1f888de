import { expect, test } from 'vitest';
import { createSyncTarget, tableRun } from '../../sync/sync-test-support.js';
import { createTestApp, forEachApp } from '../../testing/index.js';
import { multipartForm } from '../../testing/multipart-form.js';

const CSV = `col_name,col_description,col_type,sort_order,database,schema,name,description,is_view,last_updated_time
id,Key,int,1,shop,public,orders,All orders,false,1714561200
amount,,numeric,2,shop,public,orders,All orders,false,1714561200
`;
const jsonl = (records: unknown[]) => records.map((r) => JSON.stringify(r)).join('\n');
const base = (id: string) => `/api/v1/integration/integrations/${id}`;

forEachApp('import routes', (t) => {
  test('POST import_metadata imports a CSV and answers 200 with the sync record', async () => {
    const { integrationId } = await createSyncTarget(t().store, { workspaceId: t().workspaceId });
    const body = multipartForm([{ field: 'file', content: CSV, filename: 'meta.csv' }]);
    const response = await t().app.inject({
      method: 'POST',
      url: `${base(integrationId)}/import_metadata`,
      headers: { ...t().as('editor'), ...body.headers },
      payload: body.payload,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      integration_id: integrationId,
      status: 'succeeded',
      dry_run: false,
      source: 'csv',
      counts: {
        created: 5,
        updated: 0,
        unchanged: 0,
        staled: 0,
        revived: 0,
        lineage_resolved: 0,
        lineage_pending: 0,
        lineage_rejected: 0,
      },
      warnings: [],
      error: null,
    });
  });

  test('POST import_jsonl_metadata takes resources and lineages; dry_run changes nothing', async () => {
    const { integrationId } = await createSyncTarget(t().store, { workspaceId: t().workspaceId });
    const lineage = {
      from_identifier: { type: 'internal_resource', databuilder_id: 'db.public.t.a' },
      to_identifier: { type: 'internal_resource', databuilder_id: 'db.public.t.b' },
    };
    const parts = [
      { field: 'resources_file', content: jsonl(tableRun('t', ['a', 'b'])) },
      { field: 'lineages_file', content: jsonl([lineage]) },
    ];
    const url = `${base(integrationId)}/import_jsonl_metadata`;
    const dry = multipartForm(parts);
    const dryAnswer = await t().app.inject({
      method: 'POST',
      url: `${url}?dry_run=true`,
      headers: { ...t().as('editor'), ...dry.headers },
      payload: dry.payload,
    });
    expect(dryAnswer.statusCode).toBe(200);
    expect(dryAnswer.json()).toMatchObject({ dry_run: true, counts: { created: 5, lineage_resolved: 1 } });
    const real = multipartForm(parts);
    const answer = await t().app.inject({
      method: 'POST',
      url,
      headers: { ...t().as('editor'), ...real.headers },
      payload: real.payload,
    });
    expect(answer.json()).toMatchObject({ dry_run: false, counts: { created: 5, lineage_resolved: 1 } });
  });

  test('invalid lines answer 400 naming file, line and field, and the failed sync is recorded', async () => {
    const { integrationId } = await createSyncTarget(t().store, { workspaceId: t().workspaceId });
    const body = multipartForm([
      {
        field: 'resources_file',
        filename: 'res.jsonl',
        content: jsonl([{ entity_type: 'table', databuilder_id: 't' }]),
      },
    ]);
    const response = await t().app.inject({
      method: 'POST',
      url: `${base(integrationId)}/import_jsonl_metadata`,
      headers: { ...t().as('editor'), ...body.headers },
      payload: body.payload,
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('invalid_record');
    expect(error.details.problems).toEqual([
      { file: 'res.jsonl', line: 1, field: 'schema', message: 'tables need a schema name' },
      { file: 'res.jsonl', line: 1, field: 'database', message: 'tables need a database name' },
    ]);
    const sync = await t().app.inject({
      method: 'GET',
      url: `${base(integrationId)}/syncs/${error.details.sync_id}`,
      headers: t().as('viewer'),
    });
    expect(sync.json()).toMatchObject({ status: 'failed', error: { code: 'invalid_record' } });
  });

  test('malformed requests: not multipart, missing or unknown fields, viewer, other workspace', async () => {
    const { integrationId } = await createSyncTarget(t().store, { workspaceId: t().workspaceId });
    const url = `${base(integrationId)}/import_jsonl_metadata`;
    const notMultipart = await t().app.inject({
      method: 'POST',
      url,
      headers: { ...t().as('editor'), 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(notMultipart.statusCode).toBe(415);
    expect(notMultipart.json().error.code).toBe('unsupported_media_type');
    const missing = multipartForm([{ field: 'lineages_file', content: '' }]);
    const noResources = await t().app.inject({
      method: 'POST',
      url,
      headers: { ...t().as('editor'), ...missing.headers },
      payload: missing.payload,
    });
    expect(noResources.json().error).toMatchObject({
      code: 'invalid_request',
      message: expect.stringContaining('resources_file'),
    });
    const unknown = multipartForm([{ field: 'files', content: 'x' }]);
    const unknownField = await t().app.inject({
      method: 'POST',
      url: `${base(integrationId)}/import_metadata`,
      headers: { ...t().as('editor'), ...unknown.headers },
      payload: unknown.payload,
    });
    expect(unknownField.statusCode).toBe(400);
    const ok = multipartForm([{ field: 'file', content: CSV }]);
    const viewer = await t().app.inject({
      method: 'POST',
      url: `${base(integrationId)}/import_metadata`,
      headers: { ...t().as('viewer'), ...ok.headers },
      payload: ok.payload,
    });
    expect(viewer.statusCode).toBe(403);
    const other = await t().app.inject({
      method: 'POST',
      url: `${base(integrationId)}/import_metadata`,
      headers: { ...t().as('other'), ...ok.headers },
      payload: ok.payload,
    });
    expect(other.statusCode).toBe(404);
  });

  test('a multipart body cut off before its closing boundary, or without a boundary, answers 400 (no hang)', async () => {
    const { integrationId } = await createSyncTarget(t().store, { workspaceId: t().workspaceId });
    const cut = `--b\r\ncontent-disposition: form-data; name="file"; filename="a.csv"\r\n\r\n${CSV}`;
    const cases = [
      { route: 'import_metadata', type: 'multipart/form-data; boundary=b', payload: cut },
      {
        route: 'import_jsonl_metadata',
        type: 'multipart/form-data; boundary=b',
        payload: cut.replaceAll('"file"', '"resources_file"'),
      },
      { route: 'import_metadata', type: 'multipart/form-data', payload: 'x' },
    ];
    for (const c of cases) {
      const response = await t().app.inject({
        method: 'POST',
        url: `${base(integrationId)}/${c.route}`,
        headers: { ...t().as('editor'), 'content-type': c.type },
        payload: c.payload,
      });
      expect(response.statusCode, `${c.route} ${c.type}: ${response.body}`).toBe(400);
      expect(response.json().error.code).toBe('invalid_request');
    }
    const syncs = await t().app.inject({
      method: 'GET',
      url: `${base(integrationId)}/syncs`,
      headers: t().as('editor'),
    });
    expect(syncs.json().count).toBe(0);
  });

  test('a CSV that is not CSV answers 400 with the line', async () => {
    const { integrationId } = await createSyncTarget(t().store, { workspaceId: t().workspaceId });
    const body = multipartForm([
      { field: 'file', content: 'col_name,database,schema,name\n"unterminated,d,s,t\n' },
    ]);
    const response = await t().app.inject({
      method: 'POST',
      url: `${base(integrationId)}/import_metadata`,
      headers: { ...t().as('editor'), ...body.headers },
      payload: body.payload,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.problems[0]).toMatchObject({
      file: 'file',
      message: expect.stringContaining('not valid CSV'),
    });
  });
});

test('an upload over the size limit answers 413 and changes nothing', async () => {
  const t = await createTestApp('sqlite', { uploadLimitBytes: 64 });
  try {
    const { integrationId } = await createSyncTarget(t.store, { workspaceId: t.workspaceId });
    const body = multipartForm([{ field: 'file', content: CSV }]);
    const response = await t.app.inject({
      method: 'POST',
      url: `${base(integrationId)}/import_metadata`,
      headers: { ...t.as('editor'), ...body.headers },
      payload: body.payload,
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
    expect(await t.store.db.selectFrom('resources').selectAll().execute()).toEqual([]);
  } finally {
    await t.dispose();
  }
});
