/** A job or a dataset of an OpenLineage event: where it lives and its name there. */
export interface OpenLineageName {
  namespace: string;
  name: string;
}

/** A dataset of an event, with any facets it carries (`facets`, `inputFacets`, `outputFacets`). */
export type OpenLineageDataset = OpenLineageName & Record<string, unknown>;

export interface OpenLineageRunEventOptions {
  /** START, RUNNING, COMPLETE, FAIL, ABORT, OTHER. */
  type: string;
  runId: string;
  /** ISO 8601. */
  time: string;
  job: OpenLineageName;
  inputs?: OpenLineageDataset[];
  outputs?: OpenLineageDataset[];
  /** The message of the ErrorMessageRunFacet a failed run carries. */
  error?: string;
}

const AIRFLOW_PRODUCER = 'https://github.com/apache/airflow/tree/providers-openlineage/1.0.0';

/**
 * An OpenLineage 2-0-2 RunEvent as Airflow's provider posts it to `/api/v1/lineage/batch`; with `error`, the run
 * carries the ErrorMessageRunFacet that a FAIL shows on the job's page and in notifications.
 */
export function openLineageRunEvent(options: OpenLineageRunEventOptions) {
  return {
    eventType: options.type,
    eventTime: options.time,
    producer: AIRFLOW_PRODUCER,
    schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
    run: {
      runId: options.runId,
      facets: options.error
        ? {
            errorMessage: {
              _producer: AIRFLOW_PRODUCER,
              _schemaURL: 'https://openlineage.io/spec/facets/1-0-1/ErrorMessageRunFacet.json',
              message: options.error,
              programmingLanguage: 'python',
            },
          }
        : {},
    },
    job: options.job,
    inputs: options.inputs ?? [],
    outputs: options.outputs ?? [],
  };
}
