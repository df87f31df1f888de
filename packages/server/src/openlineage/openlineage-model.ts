/** The parts of OpenLineage events Sextant reads; everything else (custom facets too) is kept as received. */
export type Facets = Record<string, unknown>;

export interface OpenLineageDataset {
  namespace: string;
  name: string;
  facets?: Facets;
  inputFacets?: Facets;
  outputFacets?: Facets;
}

export interface OpenLineageEvent {
  eventTime: string;
  eventType?: string;
  producer?: string;
  run?: { runId: string; facets?: Facets };
  job?: { namespace: string; name: string; facets?: Facets };
  inputs?: OpenLineageDataset[];
  outputs?: OpenLineageDataset[];
  dataset?: OpenLineageDataset;
}

/** The inputs and outputs seen on a run's events, merged by dataset (facets: the latest of each name). */
export interface RunIo {
  inputs: OpenLineageDataset[];
  outputs: OpenLineageDataset[];
}

export const EMPTY_IO: RunIo = { inputs: [], outputs: [] };

export const datasetKey = (d: { namespace: string; name: string }) => `${d.namespace}\u0000${d.name}`;

/** Merges datasets by namespace and name, later facets replacing earlier ones of the same name. */
export function mergeDatasets(a: OpenLineageDataset[], b: OpenLineageDataset[]): OpenLineageDataset[] {
  const merged = new Map<string, OpenLineageDataset>();
  for (const dataset of [...a, ...b]) {
    const key = datasetKey(dataset);
    const before = merged.get(key);
    merged.set(key, before ? mergeDataset(before, dataset) : { ...dataset });
  }
  return [...merged.values()];
}

function mergeDataset(a: OpenLineageDataset, b: OpenLineageDataset): OpenLineageDataset {
  const out: OpenLineageDataset = { namespace: a.namespace, name: a.name };
  for (const field of ['facets', 'inputFacets', 'outputFacets'] as const) {
    if (a[field] || b[field]) out[field] = { ...a[field], ...b[field] };
  }
  return out;
}

export function mergeIo(a: RunIo, b: Partial<RunIo>): RunIo {
  return {
    inputs: mergeDatasets(a.inputs, b.inputs ?? []),
    outputs: mergeDatasets(a.outputs, b.outputs ?? []),
  };
}

/** A facet's object, or undefined when absent or not an object (`_deleted` facets count as absent). */
export function facetOf<T>(facets: Facets | undefined, name: string): T | undefined {
  const value = facets?.[name];
  if (typeof value !== 'object' || value === null || (value as { _deleted?: unknown })._deleted === true) {
    return undefined;
  }
  return value as T;
}
