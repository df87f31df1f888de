import { openLineageRunEvent } from '@sextant/server/testing';
import { describe, expect, test } from 'vitest';
import { callApi } from './support/api-seed';
import { useBrowserSession } from './support/browser-session';
import { chromiumAvailability } from './support/chromium';
import { screenshot } from './support/pages';
import type { UiServer } from './support/ui-server';

const chromium = chromiumAvailability();
const json = { 'content-type': 'application/json' };
const RUN_OK = '0190b1d2-3c4d-7e5f-8a9b-000000000001';
const RUN_FAILED = '0190b1d2-3c4d-7e5f-8a9b-000000000002';
const PRODUCER = 'https://github.com/apache/airflow/tree/providers-openlineage/1.0.0';

/** What a Great Expectations-style run measured of its input (dataQualityMetrics facet). */
const METRICS = {
  _producer: PRODUCER,
  _schemaURL: 'https://openlineage.io/spec/facets/1-0-3/DataQualityMetricsInputDatasetFacet.json',
  rowCount: 1520,
  bytes: 2048,
  columnMetrics: {
    amount: { nullCount: 3, distinctCount: 412, min: 0.5, max: 980, sum: 40211.5 },
    order_id: { nullCount: 0, distinctCount: 1520 },
  },
};

/** A run of the job; a COMPLETE carries what it measured of its input and what it wrote. */
function runEvent(type: string, runId: string, time: string, error?: string) {
  const complete = type === 'COMPLETE';
  return openLineageRunEvent({
    type,
    runId,
    time,
    error,
    job: { namespace: 'airflow-ui', name: 'nightly.load_orders' },
    inputs: [
      {
        namespace: 'postgres://warehouse:5432',
        name: 'shop.public.orders',
        ...(complete ? { inputFacets: { dataQualityMetrics: METRICS } } : {}),
      },
    ],
    outputs: [
      {
        namespace: 'postgres://warehouse:5432',
        name: 'shop.mart.orders_daily',
        ...(complete
          ? {
              outputFacets: {
                outputStatistics: {
                  _producer: PRODUCER,
                  _schemaURL:
                    'https://openlineage.io/spec/facets/1-0-2/OutputStatisticsOutputDatasetFacet.json',
                  rowCount: 1480,
                  size: 65536,
                },
              },
            }
          : {}),
      },
    ],
  });
}

/** Posts two runs of one job (one completed in 2 min 5 s, one failed) and waits for the worker to apply them. */
async function seedRuns(server: UiServer): Promise<void> {
  await callApi(server, '/lineage/batch', {
    method: 'POST',
    headers: json,
    body: JSON.stringify([
      runEvent('START', RUN_OK, '2024-06-01T01:00:00Z'),
      runEvent('COMPLETE', RUN_OK, '2024-06-01T01:02:05Z'),
      runEvent('START', RUN_FAILED, '2024-06-02T01:00:00Z'),
      runEvent('FAIL', RUN_FAILED, '2024-06-02T01:00:40Z', 'relation "orders" does not exist'),
    ]),
  });
  for (let waited = 0; waited < 600; waited++) {
    const run = await fetch(`${server.url}/api/v1/jobs/runs/${RUN_FAILED}`, {
      headers: { authorization: `Bearer ${server.apiKey}` },
    });
    if (run.ok && ((await run.json()) as { state: string }).state === 'FAILED') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the worker did not apply the OpenLineage events');
}

describe.skipIf(!chromium.available)('OpenLineage job page', { timeout: 120_000 }, () => {
  const session = useBrowserSession({ seed: seedRuns });

  test("a job's page lists its last runs with state, duration and the failed run's error", async () => {
    const page = await session.signIn();
    const filter = JSON.stringify({ operator: 'exact', field: 'title', value: 'nightly.load_orders' });
    const found = await callApi<{ results: Array<{ id: string; entity_type: string }> }>(
      session.server,
      `/resource/catalog?filter=${encodeURIComponent(filter)}`,
    );
    const jobId = found.results.find((r) => r.entity_type === 'job')?.id;
    expect(jobId).toBeTruthy();
    await page.goto(`${session.server.url}/resources/${jobId}`);
    await page.getByTestId('job-runs-section').waitFor();
    const rows = page.getByTestId('job-run');
    await expect.poll(() => rows.count()).toBe(2);
    const failed = page.locator('[data-testid="job-run"][data-state="FAILED"]');
    expect(await failed.innerText()).toContain('relation "orders" does not exist');
    expect(await failed.innerText()).toContain('40 s');
    const completed = page.locator('[data-testid="job-run"][data-state="COMPLETED"]');
    expect(await completed.innerText()).toContain('2 min 5 s');
    expect(await completed.getByTestId('rows-written').innerText()).toBe('1,480');
    expect(await failed.getByTestId('rows-written').innerText()).toBe('—');
    expect(await page.getByTestId('job-runs-section').innerText()).toContain('1 of the last 2 failed');
    await screenshot(page, 'openlineage-job-runs');
  });

  test("a dataset's page shows what the latest run measured: rows, size, per-column metrics", async () => {
    const page = await session.signIn();
    const filter = JSON.stringify({ operator: 'exact', field: 'title', value: 'orders' });
    const found = await callApi<{ results: Array<{ id: string; databuilder_id: string | null }> }>(
      session.server,
      `/resource/catalog?filter=${encodeURIComponent(filter)}`,
    );
    const dataset = found.results.find((r) => r.databuilder_id?.startsWith('openlineage:dataset:'));
    expect(dataset).toBeTruthy();
    await page.goto(`${session.server.url}/resources/${dataset!.id}`);
    const section = page.getByTestId('data-quality-metrics');
    await section.waitFor();
    expect(await section.innerText()).toContain('by nightly.load_orders');
    expect(await page.getByTestId('data-quality-totals').innerText()).toBe('1,520 rows · 2.0 KB');
    const amount = page.locator('[data-testid="column-metrics"][data-column="amount"]');
    expect((await amount.innerText()).replace(/\s+/g, ' ')).toContain('amount 3 412 0.5 980 40,211.5');
    expect(await page.getByTestId('row-count').innerText()).toBe('1,520');
    await screenshot(page, 'openlineage-dataset-metrics');
  });
});
