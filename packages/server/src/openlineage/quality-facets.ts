import type { DbtTestResultInput } from '../store/dbt/index.js';
import type { NamespaceJob } from './namespace-records.js';
import { datasetId } from './namespace-records.js';
import { facetOf } from './openlineage-model.js';

interface Assertion {
  assertion?: unknown;
  success?: unknown;
  column?: unknown;
  severity?: unknown;
  name?: unknown;
  description?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

/**
 * The `dataQualityAssertions` facets of the namespace's jobs' lineage runs as test results on their datasets, the
 * way dbt's tests show on a model (issue 19 item 4): Great Expectations, dbt-ol and Spark's deequ send them on
 * inputs (in `inputFacets`, or in `facets` as dbt-ol does). One result per job, dataset, test name and column: a
 * job's latest lineage run replaces its earlier results. Pure.
 */
export function qualityResults(jobs: NamespaceJob[]): DbtTestResultInput[] {
  const results = new Map<string, DbtTestResultInput>();
  for (const job of jobs) {
    for (const dataset of [...job.io.inputs, ...job.io.outputs]) {
      const facet =
        facetOf<{ assertions?: unknown }>(dataset.inputFacets, 'dataQualityAssertions') ??
        facetOf<{ assertions?: unknown }>(dataset.facets, 'dataQualityAssertions');
      if (!Array.isArray(facet?.assertions)) continue;
      for (const item of facet.assertions as Assertion[]) {
        const assertion = text(item?.assertion);
        if (assertion === null || typeof item.success !== 'boolean') continue;
        const column = text(item.column);
        const testName = text(item.name) ?? (column ? `${assertion} on ${column}` : assertion);
        const testUniqueId = `openlineage:${job.name}:${testName}:${column ?? ''}`;
        results.set(`${datasetId(dataset)}\u0000${testUniqueId}`, {
          testedDatabuilderId: datasetId(dataset),
          testUniqueId,
          testName,
          columnName: column,
          status: item.success ? 'pass' : item.severity === 'warn' ? 'warn' : 'fail',
          message: text(item.description),
          failures: null,
          runAt: job.ranAt ?? null,
        });
      }
    }
  }
  return [...results.values()];
}
