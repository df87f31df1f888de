import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DBT_FIXTURES, dbtFixturesPresent } from '../../dbt/testing/fixture-sets.js';
import { createSyncTarget } from '../../sync/sync-test-support.js';
import { forEachApp, type TestApp } from '../../testing/index.js';
import { type FormPart, multipartForm } from '../../testing/multipart-form.js';

// Secoda's legacy dbt routes (`POST /integration/dbt/manifest/` and `/run_result/`, compat.md §8), apart from the
// upload and trigger routes of dbt.test.ts.

const present = dbtFixturesPresent();
const fixture = (path: string) => readFileSync(join(DBT_FIXTURES, path));
const OL_TEST = 'openlineage-dbt-fixtures/test';
const base = (id: string) => `/api/v1/integration/dbt/${id}`;

/** Files are named after their field (`manifest.json`) unless a part names its own. */
const multipart = (parts: FormPart[]) => multipartForm(parts, { fileExtension: '.json' });

/** Secoda's legacy routes: `url` as a script would write it (with or without /api/v1 and a trailing slash). */
async function legacyUpload(
  t: TestApp,
  url: string,
  parts: FormPart[],
  role: 'editor' | 'viewer' = 'editor',
) {
  const body = multipart(parts);
  return t.app.inject({
    method: 'POST',
    url,
    payload: body.payload,
    headers: { ...t.as(role), ...body.headers },
  });
}

forEachApp('dbt legacy routes', (t) => {
  const newIntegration = async () =>
    (await createSyncTarget(t().store, { workspaceId: t().workspaceId })).integrationId;

  test.skipIf(!present)(
    'legacy manifest/ and run_result/ routes take manifest_file, run_result_file and integration, and sync',
    async () => {
      const id = await newIntegration();
      const early = await legacyUpload(t(), '/api/v1/integration/dbt/run_result/', [
        { field: 'run_result_file', content: fixture(`${OL_TEST}/run_results.json`) },
        { field: 'integration', content: id, text: true },
      ]);
      expect(early.statusCode, early.body).toBe(409);
      expect(early.json().error.code).toBe('dbt_artifacts_missing');

      // As Secoda's older guides call it: no /api/v1, a trailing slash, the integration field after the file.
      const manifest = await legacyUpload(t(), '/integration/dbt/manifest/', [
        { field: 'manifest_file', content: fixture(`${OL_TEST}/manifest.json`) },
        { field: 'integration', content: id, text: true },
      ]);
      expect(manifest.statusCode, manifest.body).toBe(200);
      expect(manifest.headers['content-type']).toContain('application/json');
      expect(manifest.json()).toMatchObject({ integration_id: id, source: 'dbt', status: 'succeeded' });
      expect(manifest.json().counts.created).toBeGreaterThan(0);
      expect(
        manifest.json().warnings.some((w: { message: string }) => w.message.startsWith('no run_results')),
      ).toBe(true);
      const failingTests = async () =>
        (
          await t().app.inject({ method: 'GET', url: `${base(id)}/failing_tests`, headers: t().as('viewer') })
        ).json();
      expect((await failingTests()).failing).toEqual([]);

      const results = await legacyUpload(t(), '/api/v1/integration/dbt/run_result', [
        { field: 'integration', content: id, text: true },
        { field: 'run_result_file', content: fixture(`${OL_TEST}/run_results.json`) },
      ]);
      expect(results.statusCode, results.body).toBe(200);
      expect(results.json()).toMatchObject({ integration_id: id, status: 'succeeded' });
      expect(results.json().id).not.toBe(manifest.json().id);
      expect(
        results.json().warnings.some((w: { message: string }) => w.message.startsWith('no run_results')),
      ).toBe(false);
      expect((await failingTests()).failing).toHaveLength(4);
    },
  );

  test('legacy routes refuse a missing or foreign integration, a missing file, stray fields and viewers', async () => {
    const id = await newIntegration();
    const url = '/api/v1/integration/dbt/manifest/';
    const file = { field: 'manifest_file', content: '{}' };
    const cases: Array<[FilePart[], number, string]> = [
      [[file], 400, 'validation_failed'],
      [[{ field: 'integration', content: id, text: true }], 400, 'missing_artifact'],
      [
        [file, { field: 'integration', content: 'no-such-integration', text: true }],
        404,
        'integration_not_found',
      ],
      [
        [file, { field: 'integration', content: id, text: true }, { field: 'x', content: 'y', text: true }],
        400,
        'invalid_request',
      ],
      [
        [
          { field: 'manifest', content: '{}' },
          { field: 'integration', content: id, text: true },
        ],
        400,
        'invalid_request',
      ],
    ];
    for (const [parts, status, code] of cases) {
      const res = await legacyUpload(t(), url, parts);
      const label = `${parts.map((p) => p.field).join(',')} -> ${res.body}`;
      expect(res.statusCode, label).toBe(status);
      expect(res.json().error.code, label).toBe(code);
    }
    const foreign = await t().app.inject({
      method: 'POST',
      url,
      ...(() => {
        const body = multipart([file, { field: 'integration', content: id, text: true }]);
        return { payload: body.payload, headers: { ...t().as('other'), ...body.headers } };
      })(),
    });
    expect(foreign.statusCode).toBe(404);
    const json = await t().app.inject({
      method: 'POST',
      url: '/api/v1/integration/dbt/run_result/',
      headers: t().as('editor'),
      payload: { integration: id },
    });
    expect(json.statusCode).toBe(415);
    const viewer = await legacyUpload(
      t(),
      url,
      [file, { field: 'integration', content: id, text: true }],
      'viewer',
    );
    expect(viewer.statusCode).toBe(403);
    // Nothing was stored by any refused upload.
    const stored = await t()
      .store.db.selectFrom('dbt_artifacts')
      .select('kind')
      .where('integration_id', '=', id)
      .execute();
    expect(stored).toEqual([]);
  });
});
