import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { DBT_FIXTURES, dbtFixturesPresent } from '../../dbt/testing/fixture-sets.js';
import { createSyncTarget } from '../../sync/sync-test-support.js';
import { createTestApp, forEachApp, type TestApp } from '../../testing/index.js';
import { type FormPart, multipartForm } from '../../testing/multipart-form.js';

const present = dbtFixturesPresent();
const fixture = (path: string) => readFileSync(join(DBT_FIXTURES, path));
const OL_TEST = 'openlineage-dbt-fixtures/test';

type FilePart = FormPart;

/** Files are named after their field (`manifest.json`) unless a part names its own. */
const multipart = (parts: FilePart[]) => multipartForm(parts, { fileExtension: '.json' });

const base = (id: string) => `/api/v1/integration/dbt/${id}`;

async function upload(
  t: TestApp,
  id: string,
  parts: FilePart[],
  role: 'editor' | 'admin' | 'viewer' = 'editor',
) {
  const body = multipart(parts);
  return t.app.inject({
    method: 'POST',
    url: `${base(id)}/upload_artifacts`,
    payload: body.payload,
    headers: { ...t.as(role), ...body.headers },
  });
}

const trigger = (t: TestApp, id: string) =>
  t.app.inject({ method: 'POST', url: `${base(id)}/trigger`, headers: t.as('editor') });

async function idsOf(t: TestApp, integrationId: string, databuilderIds: string[]) {
  const rows = await t.store.db
    .selectFrom('resources')
    .select(['id', 'databuilder_id'])
    .where('integration_id', '=', integrationId)
    .where('databuilder_id', 'in', databuilderIds)
    .execute();
  expect(rows).toHaveLength(databuilderIds.length);
  return rows.map((r) => r.id).sort();
}

forEachApp('dbt routes', (t) => {
  const newIntegration = async () =>
    (await createSyncTarget(t().store, { workspaceId: t().workspaceId })).integrationId;

  test.skipIf(!present)(
    'upload (gzip manifest) then trigger answers the sync record; failing_tests lists the 4 failed tests',
    async () => {
      const id = await newIntegration();
      const up = await upload(t(), id, [
        {
          field: 'manifest',
          content: gzipSync(fixture(`${OL_TEST}/manifest.json`)),
          filename: 'manifest.json.gz',
        },
        { field: 'run_results', content: fixture(`${OL_TEST}/run_results.json`) },
      ]);
      expect(up.statusCode, up.body).toBe(200);
      expect(up.json().artifacts.map((a: { kind: string }) => a.kind)).toEqual(['manifest', 'run_results']);
      // Manifest v2 (dbt 0.20) is older than v4: accepted with a warning.
      expect(up.json().artifacts[0].warnings[0]).toContain('best-effort');

      const run = await trigger(t(), id);
      expect(run.statusCode, run.body).toBe(200);
      expect(run.json()).toMatchObject({
        integration_id: id,
        status: 'succeeded',
        source: 'dbt',
        dry_run: false,
        error: null,
      });
      expect(run.json().counts.created).toBeGreaterThan(0);
      expect(run.json().warnings.some((w: { message: string }) => w.message.includes('best-effort'))).toBe(
        true,
      );

      const failing = await t().app.inject({
        method: 'GET',
        url: `${base(id)}/failing_tests`,
        headers: t().as('viewer'),
      });
      expect(failing.statusCode).toBe(200);
      // From run_results: unique and expect_* tests fail on test_first_dbt_model.id and test_second_dbt_model.id.
      const expected = await idsOf(t(), id, [
        'model.dbt_bigquery_test.test_first_dbt_model',
        'model.dbt_bigquery_test.test_first_dbt_model.id',
        'model.dbt_bigquery_test.test_second_dbt_model',
        'model.dbt_bigquery_test.test_second_dbt_model.id',
      ]);
      expect(failing.json()).toEqual({ warning: [], failing: expected });
    },
  );

  test.skipIf(!present)('the resource object shows its dbt tests with their latest results', async () => {
    const id = await newIntegration();
    await upload(t(), id, [
      { field: 'manifest', content: fixture(`${OL_TEST}/manifest.json`) },
      { field: 'run_results', content: fixture(`${OL_TEST}/run_results.json`) },
    ]);
    expect((await trigger(t(), id)).statusCode).toBe(200);
    const [column] = await idsOf(t(), id, ['model.dbt_bigquery_test.test_second_dbt_model.id']);
    const res = await t().app.inject({
      method: 'GET',
      url: `/api/v1/resource/all/${column}`,
      headers: t().as('viewer'),
    });
    expect(res.statusCode).toBe(200);
    // run_results v2: unique fails with 1 row, not_null passes; run_at is the end of each test's execute step.
    expect(res.json().tests).toEqual([
      {
        name: 'not_null_test_second_dbt_model_id',
        status: 'pass',
        message: null,
        failures: 0,
        run_at: '2021-08-23T15:06:30.639540Z',
      },
      {
        name: 'unique_test_second_dbt_model_id',
        status: 'fail',
        message: 'Got 1 result, configured to fail if != 0',
        failures: 1,
        run_at: '2021-08-23T15:06:37.525838Z',
      },
    ]);
    const list = await t().app.inject({
      method: 'GET',
      url: `/api/v1/table/columns?integration_id=${id}&page_size=100`,
      headers: t().as('viewer'),
    });
    const listed = list.json().results.find((r: { id: string }) => r.id === column);
    expect(listed.tests).toHaveLength(2);
  });

  test.skipIf(!present)(
    'a warn result (made by editing a copy of run_results) is listed as a warning',
    async () => {
      const id = await newIntegration();
      // No public run_results with a `warn` exists (fixtures README); this copy turns one passing test into a warn.
      const results = JSON.parse(fixture(`${OL_TEST}/run_results.json`).toString('utf8'));
      const target = results.results.find((r: { unique_id: string }) =>
        r.unique_id.startsWith('test.dbt_bigquery_test.not_null_test_third_dbt_model_second_id'),
      );
      Object.assign(target, {
        status: 'warn',
        failures: 2,
        message: 'Got 2 results, configured to warn if != 0',
      });
      expect(
        (
          await upload(t(), id, [
            { field: 'manifest', content: fixture(`${OL_TEST}/manifest.json`) },
            { field: 'run_results', content: JSON.stringify(results) },
          ])
        ).statusCode,
      ).toBe(200);
      expect((await trigger(t(), id)).statusCode).toBe(200);
      const answer = await t().app.inject({
        method: 'GET',
        url: `${base(id)}/failing_tests`,
        headers: t().as('viewer'),
      });
      const warned = await idsOf(t(), id, [
        'model.dbt_bigquery_test.test_third_dbt_model',
        'model.dbt_bigquery_test.test_third_dbt_model.second_id',
      ]);
      expect(answer.json().warning).toEqual(warned);
      expect(answer.json().failing).toHaveLength(4);
    },
  );

  test.skipIf(!present)(
    'model run errors are not test failures (fixture fail: 1 error, 1 skipped model)',
    async () => {
      const id = await newIntegration();
      const dir = 'openlineage-dbt-fixtures/fail';
      await upload(t(), id, [
        { field: 'manifest', content: fixture(`${dir}/manifest.json`) },
        { field: 'run_results', content: fixture(`${dir}/run_results.json`) },
      ]);
      expect((await trigger(t(), id)).statusCode).toBe(200);
      const answer = await t().app.inject({
        method: 'GET',
        url: `${base(id)}/failing_tests`,
        headers: t().as('viewer'),
      });
      expect(answer.json()).toEqual({ warning: [], failing: [] });
    },
  );

  test.skipIf(!present)('an unknown newer schema version is accepted with a warning', async () => {
    const id = await newIntegration();
    const manifest = JSON.parse(fixture(`${OL_TEST}/../duckdb/manifest.json`).toString('utf8'));
    manifest.metadata.dbt_schema_version = 'https://schemas.getdbt.com/dbt/manifest/v99.json';
    const up = await upload(t(), id, [
      { field: 'manifest', content: JSON.stringify(manifest) },
      { field: 'run_results', content: fixture('openlineage-dbt-fixtures/duckdb/run_results.json') },
    ]);
    expect(up.statusCode).toBe(200);
    const run = await trigger(t(), id);
    expect(run.json().status).toBe('succeeded');
    expect(run.json().warnings[0].message).toContain('v99 is newer than the newest known (v12)');
  });

  test('malformed uploads answer 400 naming the file and the problem', async () => {
    const id = await newIntegration();
    const runResults = JSON.stringify({
      metadata: { dbt_schema_version: 'https://schemas.getdbt.com/dbt/run-results/v6.json' },
      results: [],
    });
    const notJson = await upload(t(), id, [
      { field: 'manifest', content: '{"metadata": ', filename: 'my-manifest.json' },
      { field: 'run_results', content: runResults },
    ]);
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().error.code).toBe('invalid_artifact');
    expect(notJson.json().error.message).toMatch(/^my-manifest\.json: not valid JSON/);

    const swapped = await upload(t(), id, [
      { field: 'manifest', content: runResults },
      { field: 'run_results', content: runResults },
    ]);
    expect(swapped.json().error.message).toContain('this is a dbt run_results');

    const wrongShape = await upload(t(), id, [
      {
        field: 'manifest',
        content: JSON.stringify({
          metadata: { dbt_schema_version: 'https://schemas.getdbt.com/dbt/manifest/v12.json' },
          nodes: { a: 1 },
        }),
      },
      { field: 'run_results', content: runResults },
    ]);
    expect(wrongShape.json().error.message).toBe('manifest.json: nodes["a"] must be an object');

    const missing = await upload(t(), id, [{ field: 'run_results', content: runResults }]);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('missing_artifact');
    expect(missing.json().error.message).toContain('"manifest"');

    const corruptGzip = await upload(t(), id, [
      { field: 'manifest', content: Buffer.from([0x1f, 0x8b, 1, 2, 3]) },
      { field: 'run_results', content: runResults },
    ]);
    expect(corruptGzip.json().error.message).toContain('gzip data is corrupt');

    const json = await t().app.inject({
      method: 'POST',
      url: `${base(id)}/upload_artifacts`,
      headers: t().as('editor'),
      payload: { manifest: 1 },
    });
    expect(json.statusCode).toBe(415);

    const cutOff = await t().app.inject({
      method: 'POST',
      url: `${base(id)}/upload_artifacts`,
      headers: { ...t().as('editor'), 'content-type': 'multipart/form-data; boundary=b' },
      payload: `--b\r\ncontent-disposition: form-data; name="manifest"; filename="manifest.json"\r\n\r\n{"metadata": {}`,
    });
    expect(cutOff.statusCode, cutOff.body).toBe(400);
    expect(cutOff.json().error.code).toBe('invalid_request');
  });

  test('trigger before any upload is a 409; another workspace sees 404', async () => {
    const id = await newIntegration();
    const early = await trigger(t(), id);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('dbt_artifacts_missing');
    for (const [method, path] of [
      ['POST', 'trigger'],
      ['GET', 'failing_tests'],
    ] as const) {
      const res = await t().app.inject({ method, url: `${base(id)}/${path}`, headers: t().as('other') });
      expect(res.statusCode).toBe(404);
    }
  });

  test.skipIf(!present)(
    'deleting the integration deletes its stored artifacts and test results',
    async () => {
      const id = await newIntegration();
      await upload(t(), id, [
        { field: 'manifest', content: fixture(`${OL_TEST}/manifest.json`) },
        { field: 'run_results', content: fixture(`${OL_TEST}/run_results.json`) },
      ]);
      expect((await trigger(t(), id)).statusCode).toBe(200);
      const dbt = t().store.db;
      const count = async (table: 'dbt_artifacts' | 'dbt_test_results') =>
        (await dbt.selectFrom(table).select('integration_id').where('integration_id', '=', id).execute())
          .length;
      expect(await count('dbt_artifacts')).toBe(2);
      expect(await count('dbt_test_results')).toBeGreaterThan(0);
      const deleted = await t().app.inject({
        method: 'DELETE',
        url: `/api/v1/integration/integrations/${id}`,
        headers: t().as('admin'),
      });
      expect(deleted.statusCode).toBe(204);
      expect(await count('dbt_artifacts')).toBe(0);
      expect(await count('dbt_test_results')).toBe(0);
    },
  );

  test.skipIf(!present)(
    'a manifest alone (dbt parse/compile) syncs with a warning and leaves test results unchanged',
    async () => {
      const id = await newIntegration();
      await upload(t(), id, [
        { field: 'manifest', content: fixture(`${OL_TEST}/manifest.json`) },
        { field: 'run_results', content: fixture(`${OL_TEST}/run_results.json`) },
      ]);
      expect((await trigger(t(), id)).statusCode).toBe(200);
      const failingTests = async () =>
        (
          await t().app.inject({ method: 'GET', url: `${base(id)}/failing_tests`, headers: t().as('viewer') })
        ).json();
      const before = await failingTests();
      expect(before.failing).toHaveLength(4);

      const up = await upload(t(), id, [{ field: 'manifest', content: fixture(`${OL_TEST}/manifest.json`) }]);
      expect(up.statusCode, up.body).toBe(200);
      expect(up.json().artifacts.map((a: { kind: string }) => a.kind)).toEqual(['manifest']);
      const run = await trigger(t(), id);
      expect(run.statusCode, run.body).toBe(200);
      expect(run.json().status).toBe('succeeded');
      const messages = run.json().warnings.map((w: { message: string }) => w.message);
      expect(
        messages.filter((m: string) => m.startsWith('no run_results: dbt test results unchanged')),
      ).toHaveLength(1);
      expect(await failingTests()).toEqual(before);
      // The older run_results described another build: it is forgotten, not re-applied later.
      const kinds = await t()
        .store.db.selectFrom('dbt_artifacts')
        .select('kind')
        .where('integration_id', '=', id)
        .execute();
      expect(kinds.map((k) => k.kind)).toEqual(['manifest']);
    },
  );

  test('viewers cannot upload', async () => {
    const res = await upload(t(), await newIntegration(), [{ field: 'manifest', content: '{}' }], 'viewer');
    expect(res.statusCode).toBe(403);
  });
});

describe('dbt upload size limit', () => {
  test('a file above the upload limit answers 413', async () => {
    const app = await createTestApp('sqlite', { uploadLimitBytes: 1000 });
    try {
      const { integrationId } = await createSyncTarget(app.store, { workspaceId: app.workspaceId });
      const res = await upload(app, integrationId, [{ field: 'manifest', content: 'x'.repeat(5000) }]);
      expect(res.statusCode).toBe(413);
      expect(res.json().error.code).toBe('payload_too_large');
    } finally {
      await app.dispose();
    }
  });
});
