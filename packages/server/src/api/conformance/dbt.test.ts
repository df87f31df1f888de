import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DBT_FIXTURES, dbtFixturesPresent } from '../../dbt/testing/fixture-sets.js';
import { createSyncTarget } from '../../sync/sync-test-support.js';
import { forEachApp } from '../../testing/index.js';
import { multipartForm } from '../../testing/multipart-form.js';
import { spellingsOf } from './paths.js';
import { expectJson } from './requests.js';

const present = dbtFixturesPresent();
const fixture = (name: string) => readFileSync(join(DBT_FIXTURES, 'openlineage-dbt-fixtures/test', name));

/**
 * compat.md §6/§8 dbt: `upload_artifacts` (multipart `manifest`, `run_results`) and `trigger` answer 200,
 * `failing_tests` answers `{warning, failing}`, and the legacy `manifest/` and `run_result/` uploads take the old
 * field names; every request under every path spelling.
 */
forEachApp('conformance: dbt', (t) => {
  const integration = async () =>
    (await createSyncTarget(t().store, { workspaceId: t().workspaceId })).integrationId;
  const postForm = (url: string, form: ReturnType<typeof multipartForm>) =>
    t().app.inject({
      method: 'POST',
      url,
      payload: form.payload,
      headers: { ...t().as('editor'), ...form.headers },
    });

  test.skipIf(!present)('upload_artifacts, trigger and failing_tests answer as documented', async () => {
    for (const spelling of spellingsOf('/integration/dbt/ID/')) {
      const id = await integration();
      const at = (route: string) =>
        `${spelling.replace('ID', id).replace(/\/?$/, '/')}${route}${spelling.endsWith('/') ? '/' : ''}`;
      const form = multipartForm([
        { field: 'manifest', content: fixture('manifest.json'), filename: 'manifest.json' },
        { field: 'run_results', content: fixture('run_results.json'), filename: 'run_results.json' },
      ]);
      const uploaded = expectJson(await postForm(at('upload_artifacts'), form), 200, at('upload_artifacts'));
      expect(uploaded.artifacts.map((a: { kind: string }) => a.kind)).toEqual(['manifest', 'run_results']);
      const run = await t().app.inject({ method: 'POST', url: at('trigger'), headers: t().as('editor') });
      expect(expectJson(run, 200, at('trigger'))).toMatchObject({
        integration_id: id,
        status: 'succeeded',
        source: 'dbt',
      });
      const failing = expectJson(
        await t().app.inject({ url: at('failing_tests'), headers: t().as('viewer') }),
        200,
        at('failing_tests'),
      );
      expect(Object.keys(failing).sort()).toEqual(['failing', 'warning']);
      expect(failing.warning).toEqual([]);
      expect(failing.failing).toHaveLength(4);
      for (const resourceId of failing.failing) expect(resourceId).toBeTypeOf('string');
    }
  });

  test.skipIf(!present)(
    'a manifest alone (dbt parse/compile) syncs with a warning and no test results',
    async () => {
      const id = await integration();
      const form = multipartForm([{ field: 'manifest', content: fixture('manifest.json') }]);
      expectJson(await postForm(`/integration/dbt/${id}/upload_artifacts/`, form), 200, 'manifest only');
      const run = expectJson(
        await t().app.inject({
          method: 'POST',
          url: `/integration/dbt/${id}/trigger`,
          headers: t().as('editor'),
        }),
        200,
        'trigger',
      );
      expect(run.status).toBe('succeeded');
      expect(run.warnings.map((w: { message: string }) => w.message).join('\n')).toContain('no run_results');
    },
  );

  test.skipIf(!present)(
    'legacy manifest/ and run_result/ take manifest_file, run_result_file and integration',
    async () => {
      for (const spelling of spellingsOf('/integration/dbt/manifest/')) {
        const id = await integration();
        const manifest = multipartForm([
          { field: 'integration', content: id, text: true },
          { field: 'manifest_file', content: fixture('manifest.json'), filename: 'manifest.json' },
        ]);
        const synced = expectJson(await postForm(spelling, manifest), 200, spelling);
        expect(synced).toMatchObject({ integration_id: id, status: 'succeeded', source: 'dbt' });
        const resultsUrl = spelling.replace('manifest', 'run_result');
        const results = multipartForm([
          { field: 'run_result_file', content: fixture('run_results.json'), filename: 'run_results.json' },
          { field: 'integration', content: id, text: true },
        ]);
        expect(expectJson(await postForm(resultsUrl, results), 200, resultsUrl).status).toBe('succeeded');
        const failing = (
          await t().app.inject({
            url: `/api/v1/integration/dbt/${id}/failing_tests`,
            headers: t().as('viewer'),
          })
        ).json();
        expect(failing.failing).toHaveLength(4);
      }
    },
  );

  test('documented errors: unknown integration 404, missing file 400, JSON body 415, viewer 403', async () => {
    const id = await integration();
    const manifest = multipartForm([{ field: 'manifest', content: '{}' }]);
    expectJson(await postForm('/integration/dbt/nope/upload_artifacts/', manifest), 404, 'unknown');
    const viewer = await t().app.inject({
      method: 'POST',
      url: `/integration/dbt/${id}/upload_artifacts`,
      payload: manifest.payload,
      headers: { ...t().as('viewer'), ...manifest.headers },
    });
    expectJson(viewer, 403, 'viewer');
    const json = await t().app.inject({
      method: 'POST',
      url: `/integration/dbt/${id}/upload_artifacts/`,
      headers: t().as('editor'),
      payload: { manifest: {} },
    });
    expectJson(json, 415, 'json body');
    const noFile = multipartForm([{ field: 'integration', content: id, text: true }]);
    expectJson(await postForm('/integration/dbt/manifest/', noFile), 400, 'legacy without file');
    const noIntegration = multipartForm([{ field: 'manifest_file', content: '{}' }]);
    expectJson(await postForm('/integration/dbt/manifest', noIntegration), 400, 'legacy without integration');
    const triggerFirst = await t().app.inject({
      method: 'POST',
      url: `/integration/dbt/${id}/trigger/`,
      headers: t().as('editor'),
    });
    expect([400, 409, 422]).toContain(triggerFirst.statusCode);
    expect(triggerFirst.headers['content-type']).toMatch(/^application\/json/);
  });
});
