import type { DeclaredLineage, LineageID, Resource } from '@sextant/sdk';
import type { RunRecord } from '../sync/sync-types.js';
import { datasetAddress, externalTableOf } from './dataset-naming.js';
import {
  datasetKey,
  type Facets,
  facetOf,
  mergeDatasets,
  type OpenLineageDataset,
  type RunIo,
} from './openlineage-model.js';

/** One job of a namespace as the sync sees it: its facets and the inputs/outputs of its lineage run. */
export interface NamespaceJob {
  name: string;
  facets: Facets;
  io: RunIo;
  /** When its lineage run ended (or started, while running). */
  ranAt?: string | null;
}

export const jobGroupId = (namespace: string) => `openlineage:namespace:${namespace}`;
export const jobId = (name: string) => `openlineage:job:${name}`;
export const datasetId = (d: { namespace: string; name: string }) =>
  `openlineage:dataset:${d.namespace}/${d.name}`;
export const datasetColumnId = (d: { namespace: string; name: string }, field: string) =>
  `${datasetId(d)}#${field}`;

const internal = (databuilder_id: string): LineageID => ({ type: 'internal_resource', databuilder_id });

interface ColumnLineageFacet {
  fields?: Record<
    string,
    {
      inputFields?: Array<{
        namespace: string;
        name: string;
        field: string;
        transformations?: Array<{ type?: string }>;
      }>;
    }
  >;
}
interface SchemaFacet {
  fields?: Array<{ name: string; type?: string; description?: string }>;
}

/** Column edges whose every transformation is INDIRECT, as databuilder_id pairs (their kind is set after the sync). */
export function indirectColumnEdges(
  jobs: NamespaceJob[],
  standalone: OpenLineageDataset[],
  collected: NamespaceDatasets = collectDatasets(jobs, standalone),
): Array<[string, string]> {
  return collected.indirect;
}

/** A namespace's datasets, columns and column edges, gathered once for its records and its edge kinds. */
export type NamespaceDatasets = ReturnType<typeof collectDatasets>;
export const collectNamespaceDatasets = (jobs: NamespaceJob[], standalone: OpenLineageDataset[]) =>
  collectDatasets(jobs, standalone);

/**
 * The whole state of one namespace as one sync run (the sync engine replaces the integration's previous one):
 *
 *   job_group (namespace) ─> job                        dataset (table) ─> columns (schema facet + column lineage)
 *   lineage:  input dataset ──> job ──> output dataset   input column ──> output column (columnLineage facet)
 *   warehouse: output dataset ──> the table of that name elsewhere in the catalog; that table ──> input dataset
 *              (pending until an integration brings it; symlinks give more names)
 *
 * Datasets announced alone (DatasetEvent) in this namespace are tables of it too. Pure.
 */
export function* namespaceRecords(
  namespace: string,
  jobs: NamespaceJob[],
  standalone: OpenLineageDataset[],
  collected?: NamespaceDatasets,
): Generator<RunRecord> {
  let line = 0;
  const origin = () => ({ file: `openlineage:${namespace}`, line: ++line });
  const resource = (value: Resource): RunRecord => ({ kind: 'resource', value, origin: origin() });
  const edge = (value: DeclaredLineage): RunRecord => ({ kind: 'lineage', value, origin: origin() });

  const datasets = collected ?? collectDatasets(jobs, standalone);
  const statistics = datasetStatistics(jobs, standalone);
  if (jobs.length > 0)
    yield resource({ entity_type: 'job_group', databuilder_id: jobGroupId(namespace), title: namespace });
  for (const job of jobs) yield resource(jobResource(namespace, job));
  for (const dataset of datasets.all.values()) {
    yield resource(datasetResource(dataset, statistics.get(datasetKey(dataset))));
    for (const column of datasets.columns.get(datasetKey(dataset)) ?? []) yield resource(column);
  }
  for (const job of jobs) {
    for (const input of job.io.inputs)
      yield edge({ from_identifier: internal(datasetId(input)), to_identifier: internal(jobId(job.name)) });
    for (const output of job.io.outputs) {
      yield edge({ from_identifier: internal(jobId(job.name)), to_identifier: internal(datasetId(output)) });
    }
  }
  for (const [from, to] of datasets.columnEdges)
    yield edge({ from_identifier: internal(from), to_identifier: internal(to) });
  for (const dataset of datasets.all.values()) {
    const isOutput = datasets.outputs.has(datasetKey(dataset));
    for (const name of namesOf(dataset)) {
      const table = externalTableOf(datasetAddress(name.namespace, name.name));
      yield edge(
        isOutput
          ? { from_identifier: internal(datasetId(dataset)), to_identifier: table }
          : { from_identifier: table, to_identifier: internal(datasetId(dataset)) },
      );
    }
  }
}

function collectDatasets(jobs: NamespaceJob[], standalone: OpenLineageDataset[]) {
  const all = new Map<string, OpenLineageDataset>();
  const outputs = new Set<string>();
  const add = (list: OpenLineageDataset[]) => {
    for (const dataset of mergeDatasets([], list)) {
      const key = datasetKey(dataset);
      const before = all.get(key);
      all.set(key, before ? mergeDatasets([before], [dataset])[0]! : dataset);
    }
  };
  add(standalone);
  for (const job of jobs) {
    add(job.io.inputs);
    add(job.io.outputs);
    for (const output of job.io.outputs) outputs.add(datasetKey(output));
  }
  // Column lineage may name input datasets the event did not list: they are datasets too.
  const columnEdges: Array<[string, string]> = [];
  const fieldsOf = new Map<string, Map<string, { type?: string; description?: string; order?: number }>>();
  const field = (d: { namespace: string; name: string }, name: string) => {
    const key = datasetKey(d);
    if (!all.has(key)) all.set(key, { namespace: d.namespace, name: d.name });
    let fields = fieldsOf.get(key);
    if (!fields) {
      fields = new Map();
      fieldsOf.set(key, fields);
    }
    if (!fields.has(name)) fields.set(name, {});
    return fields.get(name)!;
  };
  for (const dataset of [...all.values()]) {
    facetOf<SchemaFacet>(dataset.facets, 'schema')?.fields?.forEach((f, i) => {
      if (typeof f?.name !== 'string' || f.name === '') return;
      Object.assign(field(dataset, f.name), { type: f.type, description: f.description, order: i + 1 });
    });
  }
  const seen = new Set<string>();
  const direct = new Set<string>();
  // Per job: two jobs writing one dataset each bring their own column lineage (merged facets would keep one).
  const written = [...jobs.flatMap((job) => job.io.outputs), ...standalone];
  for (const dataset of written) {
    const lineage = facetOf<ColumnLineageFacet>(dataset.facets, 'columnLineage');
    for (const [outField, entry] of Object.entries(lineage?.fields ?? {})) {
      field(dataset, outField);
      for (const input of entry?.inputFields ?? []) {
        if (!input?.namespace || !input.name || !input.field) continue;
        field(input, input.field);
        const pair: [string, string] = [
          datasetColumnId(input, input.field),
          datasetColumnId(dataset, outField),
        ];
        const key = pair.join('\u0000');
        if (pair[0] === pair[1]) continue;
        // INDIRECT only when every transformation says so (a value that also flows directly is a direct edge).
        const types = (input.transformations ?? []).map((t) => t?.type);
        if (!(types.length > 0 && types.every((t) => t === 'INDIRECT'))) direct.add(key);
        if (!seen.has(key)) {
          seen.add(key);
          columnEdges.push(pair);
        }
      }
    }
  }
  const columns = new Map<string, Resource[]>();
  for (const [key, fields] of fieldsOf) {
    const dataset = all.get(key)!;
    columns.set(
      key,
      [...fields].map(([name, f]) => ({
        entity_type: 'column',
        databuilder_id: datasetColumnId(dataset, name),
        parent_databuilder_id: datasetId(dataset),
        title: name,
        type: f.type ?? null,
        description: f.description ?? null,
        sort_order: f.order ?? null,
      })),
    );
  }
  const indirect = columnEdges.filter((pair) => !direct.has(pair.join('\u0000')));
  return { all, outputs, columns, columnEdges, indirect };
}

function jobResource(namespace: string, job: NamespaceJob): Resource {
  const jobType = facetOf<{ integration?: string; jobType?: string; processingType?: string }>(
    job.facets,
    'jobType',
  );
  return {
    entity_type: 'job',
    databuilder_id: jobId(job.name),
    parent_databuilder_id: jobGroupId(namespace),
    title: job.name,
    description: facetOf<{ description?: string }>(job.facets, 'documentation')?.description ?? null,
    definition: facetOf<{ query?: string }>(job.facets, 'sql')?.query ?? null,
    native_type: jobType ? [jobType.integration, jobType.jobType].filter(Boolean).join(' ') || null : null,
    owners: ownersOf(job.facets),
  };
}

function datasetResource(dataset: OpenLineageDataset, statistics?: DatasetStatistics): Resource {
  const address = datasetAddress(dataset.namespace, dataset.name);
  return {
    ...(statistics && {
      row_count: statistics.row_count,
      byte_size: statistics.byte_size,
      properties: { data_quality_metrics: statistics },
    }),
    entity_type: 'table',
    databuilder_id: datasetId(dataset),
    title: address.table,
    database: address.database,
    schema: address.schema,
    description: facetOf<{ description?: string }>(dataset.facets, 'documentation')?.description ?? null,
    native_type: facetOf<{ datasetType?: string }>(dataset.facets, 'datasetType')?.datasetType ?? null,
    owners: ownersOf(dataset.facets),
  };
}

interface MetricsFacet {
  rowCount?: unknown;
  bytes?: unknown;
  fileCount?: unknown;
  columnMetrics?: Record<string, Record<string, unknown> | null>;
}
interface StatisticsFacet {
  rowCount?: unknown;
  size?: unknown;
  fileCount?: unknown;
}

/** A dataset's latest measures, as its table's `properties.data_quality_metrics` (row count and size also its own). */
export interface DatasetStatistics {
  row_count: number | null;
  byte_size: number | null;
  file_count: number | null;
  /** The job whose run measured them (null: a DatasetEvent), and when that run ended. */
  job: string | null;
  measured_at: string | null;
  /** Per column: null_count, distinct_count, sum, count, min, max, quantiles (those the facet gave). */
  columns: Record<string, ColumnMetrics>;
}

export interface ColumnMetrics {
  null_count?: number;
  distinct_count?: number;
  sum?: number;
  count?: number;
  min?: number;
  max?: number;
  quantiles?: Record<string, number>;
}

const count = (value: unknown) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
const finite = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

const COLUMN_METRICS: Array<[keyof Omit<ColumnMetrics, 'quantiles'>, string]> = [
  ['null_count', 'nullCount'],
  ['distinct_count', 'distinctCount'],
  ['sum', 'sum'],
  ['count', 'count'],
  ['min', 'min'],
  ['max', 'max'],
];

/**
 * The latest `dataQualityMetrics` (an input's measures: rows, bytes, files, per-column nulls, distinct values,
 * min/max/sum, quantiles) and `outputStatistics` (what a run wrote: rows, bytes, files) of each dataset, from the
 * lineage runs of the namespace's jobs (the most recent run wins) and DatasetEvents (older than any run). Like
 * dataQualityAssertions (quality-facets.ts), read where producers put them: `inputFacets`/`outputFacets`, or
 * `facets`. Pure.
 */
export function datasetStatistics(
  jobs: NamespaceJob[],
  standalone: OpenLineageDataset[],
): Map<string, DatasetStatistics> {
  const found = new Map<string, DatasetStatistics>();
  const read = (dataset: OpenLineageDataset, job: NamespaceJob | null) => {
    const metrics =
      facetOf<MetricsFacet>(dataset.inputFacets, 'dataQualityMetrics') ??
      facetOf<MetricsFacet>(dataset.facets, 'dataQualityMetrics');
    const written =
      facetOf<StatisticsFacet>(dataset.outputFacets, 'outputStatistics') ??
      facetOf<StatisticsFacet>(dataset.facets, 'outputStatistics');
    if (!metrics && !written) return;
    const columns: Record<string, ColumnMetrics> = {};
    for (const [name, values] of Object.entries(metrics?.columnMetrics ?? {})) {
      if (typeof values !== 'object' || values === null) continue;
      const column: ColumnMetrics = {};
      for (const [key, facetKey] of COLUMN_METRICS) {
        const value = finite(values[facetKey]);
        if (value !== undefined) column[key] = value;
      }
      const quantiles = Object.entries((values.quantiles ?? {}) as Record<string, unknown>).filter(
        ([, v]) => finite(v) !== undefined,
      );
      if (quantiles.length > 0) column.quantiles = Object.fromEntries(quantiles) as Record<string, number>;
      columns[name] = column;
    }
    // A dataset both read and written by one run: its input's measures and its output's statistics together.
    const before = found.get(datasetKey(dataset));
    const same = before && before.job === (job?.name ?? null) ? before : undefined;
    found.set(datasetKey(dataset), {
      row_count: count(written?.rowCount) ?? count(metrics?.rowCount) ?? same?.row_count ?? null,
      byte_size: count(written?.size) ?? count(metrics?.bytes) ?? same?.byte_size ?? null,
      file_count: count(written?.fileCount) ?? count(metrics?.fileCount) ?? same?.file_count ?? null,
      job: job?.name ?? null,
      measured_at: job?.ranAt ?? null,
      columns: metrics ? columns : (same?.columns ?? {}),
    });
  };
  for (const dataset of standalone) read(dataset, null);
  const byTime = [...jobs].sort((a, b) => (a.ranAt ?? '').localeCompare(b.ranAt ?? ''));
  for (const job of byTime) for (const dataset of [...job.io.inputs, ...job.io.outputs]) read(dataset, job);
  return found;
}

function ownersOf(facets: Facets | undefined): string[] | null {
  const owners = facetOf<{ owners?: Array<{ name?: string }> }>(facets, 'ownership')?.owners ?? [];
  const names = owners.map((o) => o?.name).filter((n): n is string => typeof n === 'string' && n !== '');
  return names.length > 0 ? [...new Set(names)] : null;
}

/** The dataset's own name and its symlinks' (alternative names of the same data, e.g. a Hive table of a path). */
function namesOf(dataset: OpenLineageDataset): Array<{ namespace: string; name: string }> {
  const symlinks =
    facetOf<{ identifiers?: Array<{ namespace?: string; name?: string }> }>(dataset.facets, 'symlinks')
      ?.identifiers ?? [];
  const names = [{ namespace: dataset.namespace, name: dataset.name }];
  for (const s of symlinks) {
    if (typeof s?.namespace === 'string' && typeof s.name === 'string' && s.name !== '') {
      names.push({ namespace: s.namespace, name: s.name });
    }
  }
  return names;
}
