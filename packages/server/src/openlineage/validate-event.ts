import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { InputError } from '../errors/index.js';
import { normalizeTimestamp } from './event-time.js';
import { OPENLINEAGE_SCHEMAS } from './spec/openlineage-schemas.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020, formats: string[]) => Ajv2020;

const CORE_ID = 'https://openlineage.io/spec/2-0-2/OpenLineage.json';
/** Problems reported per event; a producer bug usually repeats the same one on every dataset. */
const MAX_PROBLEMS = 10;

export type EventKind = 'run' | 'dataset' | 'job';
type FacetPlace = 'run' | 'job' | 'dataset' | 'inputDataset' | 'outputDataset';

/** Where each facet kind sits in an event: the core schema's facet definitions that facet schemas extend. */
const PLACE_OF_BASE: Record<string, FacetPlace> = {
  RunFacet: 'run',
  JobFacet: 'job',
  DatasetFacet: 'dataset',
  InputDatasetFacet: 'inputDataset',
  OutputDatasetFacet: 'outputDataset',
};

export interface OpenLineageProblem {
  path: string;
  message: string;
}

interface Validators {
  events: Record<EventKind, ValidateFunction>;
  /** An event's `inputs` and `outputs` alone, as the RunEvent and JobEvent schemas define them. */
  io: ValidateFunction;
  /** Facet name → its validator, per place; facets with no schema here (custom ones) are kept unchecked. */
  facets: Record<FacetPlace, Map<string, ValidateFunction>>;
}

let compiled: Validators | undefined;

/** Compiles the spec's schemas once (first use): the core event schemas and every facet schema. */
function validators(): Validators {
  if (compiled) return compiled;
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
  addFormats(ajv, ['uuid']);
  // Producers' URIs are often not RFC 3986 (`git@host:repo`, `jdbc:…`, Marquez's own test events): any string.
  for (const format of ['uri', 'uri-reference', 'url', 'email']) ajv.addFormat(format, true);
  // Lenient like the producers: nanoseconds and zone-less local times are timestamps (normalised on receipt).
  ajv.addFormat('date-time', { type: 'string', validate: (text) => normalizeTimestamp(text) !== undefined });
  for (const schema of Object.values(OPENLINEAGE_SCHEMAS)) ajv.addSchema(schema);
  const eventValidator = (name: string) => ajv.getSchema(`${CORE_ID}#/$defs/${name}`)!;
  const facets: Validators['facets'] = {
    run: new Map(),
    job: new Map(),
    dataset: new Map(),
    inputDataset: new Map(),
    outputDataset: new Map(),
  };
  for (const [path, schema] of Object.entries(OPENLINEAGE_SCHEMAS)) {
    if (!path.startsWith('facets/')) continue;
    const text = JSON.stringify(schema);
    const places = [...text.matchAll(/OpenLineage\.json#\/\$defs\/(\w+)"/g)]
      .map((m) => PLACE_OF_BASE[m[1]!])
      .filter((p): p is FacetPlace => p !== undefined);
    for (const name of Object.keys((schema.properties as Record<string, unknown>) ?? {})) {
      const validate = ajv.compile({ $ref: `${schema.$id as string}#/properties/${name}` });
      for (const place of new Set(places)) facets[place].set(name, validate);
    }
  }
  compiled = {
    io: ajv.compile({
      type: 'object',
      properties: {
        inputs: { type: 'array', items: { $ref: `${CORE_ID}#/$defs/InputDataset` } },
        outputs: { type: 'array', items: { $ref: `${CORE_ID}#/$defs/OutputDataset` } },
      },
    }),
    events: {
      run: eventValidator('RunEvent'),
      dataset: eventValidator('DatasetEvent'),
      job: eventValidator('JobEvent'),
    },
    facets,
  };
  return compiled;
}

/**
 * Which event a body is: a RunEvent carries `run`, a DatasetEvent `dataset`, a JobEvent only `job` (Marquez's
 * test JobEvent carries an `eventType` too: without a run it is still a JobEvent).
 */
export function eventKindOf(body: Record<string, unknown>): EventKind {
  if ('run' in body) return 'run';
  if ('dataset' in body) return 'dataset';
  return 'job';
}

/**
 * The problems of one event against the spec (core schema, then each facet that has a schema), paths as JSON
 * pointers under `prefix`. Empty when valid. A missing top-level `schemaURL` is tolerated (Marquez does too; its
 * own seed events omit it).
 */
export function findEventProblems(body: unknown, prefix = ''): OpenLineageProblem[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return [{ path: prefix || '/', message: 'an OpenLineage event must be a JSON object' }];
  }
  const event = body as Record<string, unknown>;
  const problems = coreProblems(event, prefix);
  problems.push(...runAndJobFacetProblems(event, prefix), ...datasetFacetProblems(event, prefix));
  return dedupe(problems).slice(0, MAX_PROBLEMS);
}

/**
 * The problems of an event received in parts (prepare-events.ts): `rest`, the event without its `inputs` and
 * `outputs`, and `io`, those of the two to check (one validated before is left out). Same problems, same paths
 * and order as findEventProblems of the whole event, but for the core schema's `required` errors, which come
 * before those of the datasets here.
 */
export function findSplitEventProblems(
  rest: Record<string, unknown>,
  io: { inputs?: unknown; outputs?: unknown },
  prefix = '',
): OpenLineageProblem[] {
  const problems = coreProblems(rest, prefix);
  const { io: validate } = validators();
  if (!validate(io)) problems.push(...describe(validate.errors, prefix));
  problems.push(...runAndJobFacetProblems(rest, prefix), ...datasetFacetProblems(io, prefix));
  return dedupe(problems).slice(0, MAX_PROBLEMS);
}

function coreProblems(event: Record<string, unknown>, prefix: string): OpenLineageProblem[] {
  const validate = validators().events[eventKindOf(event)];
  const checked = 'schemaURL' in event ? event : { ...event, schemaURL: `${CORE_ID}#/$defs/RunEvent` };
  return validate(checked) ? [] : describe(validate.errors, prefix);
}

function facetProblems(value: unknown, place: FacetPlace, path: string): OpenLineageProblem[] {
  if (typeof value !== 'object' || value === null) return [];
  const problems: OpenLineageProblem[] = [];
  const { facets } = validators();
  for (const [name, facet] of Object.entries(value as Record<string, unknown>)) {
    const check = facets[place].get(name);
    if (check && !check(facet)) problems.push(...describe(check.errors, `${path}/${escapePointer(name)}`));
  }
  return problems;
}

function runAndJobFacetProblems(event: Record<string, unknown>, prefix: string): OpenLineageProblem[] {
  const run = event.run as Record<string, unknown> | undefined;
  const job = event.job as Record<string, unknown> | undefined;
  return [
    ...facetProblems(run?.facets, 'run', `${prefix}/run/facets`),
    ...facetProblems(job?.facets, 'job', `${prefix}/job/facets`),
  ];
}

/** The facets of `inputs`, `outputs` and (a DatasetEvent's) `dataset`. */
function datasetFacetProblems(
  event: { inputs?: unknown; outputs?: unknown; dataset?: unknown },
  prefix: string,
): OpenLineageProblem[] {
  const problems: OpenLineageProblem[] = [];
  const datasets = (side: 'inputs' | 'outputs', extra: 'inputFacets' | 'outputFacets') => {
    const list = event[side];
    if (!Array.isArray(list)) return;
    list.forEach((dataset: Record<string, unknown> | null, i) => {
      problems.push(...facetProblems(dataset?.facets, 'dataset', `${prefix}/${side}/${i}/facets`));
      const place = side === 'inputs' ? 'inputDataset' : 'outputDataset';
      problems.push(...facetProblems(dataset?.[extra], place, `${prefix}/${side}/${i}/${extra}`));
    });
  };
  datasets('inputs', 'inputFacets');
  datasets('outputs', 'outputFacets');
  const dataset = event.dataset as Record<string, unknown> | undefined;
  problems.push(...facetProblems(dataset?.facets, 'dataset', `${prefix}/dataset/facets`));
  return problems;
}

/** Throws a 400 naming the first problem's JSON path (all of them, up to ten, in details). */
export function assertValidEvents(problems: OpenLineageProblem[]): void {
  if (problems.length === 0) return;
  const first = problems[0]!;
  throw new InputError(
    'openlineage_invalid_event',
    `invalid OpenLineage event at ${first.path}: ${first.message}`,
    {
      problems: problems.slice(0, MAX_PROBLEMS),
    },
  );
}

function describe(errors: ErrorObject[] | null | undefined, prefix: string): OpenLineageProblem[] {
  // allOf/anyOf branches repeat their children's errors; the leaf ones say what is wrong.
  return (errors ?? [])
    .filter((e) => !['anyOf', 'oneOf', 'allOf', 'if'].includes(e.keyword))
    .map((e) => ({
      path: `${prefix}${e.instancePath}` || '/',
      message:
        e.keyword === 'required'
          ? `missing required property "${(e.params as { missingProperty: string }).missingProperty}"`
          : (e.message ?? 'invalid'),
    }));
}

function dedupe(problems: OpenLineageProblem[]): OpenLineageProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const escapePointer = (name: string) => name.replaceAll('~', '~0').replaceAll('/', '~1');
