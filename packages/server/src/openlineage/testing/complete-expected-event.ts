import { createHash } from 'node:crypto';

const PRODUCER = 'https://github.com/OpenLineage/OpenLineage/tree/1.0.0/integration/test';
const FACET_SCHEMA = 'https://openlineage.io/spec/facets/1-0-0/CustomFacet.json';
const PLACEHOLDER = /^\$\{json-unit\.|^\{\{.*\}\}$/;

/** A UUID derived from text, so the same job in one fixture file keeps one run. */
export function uuidOf(text: string): string {
  const h = createHash('sha256').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Turns an *expected* event of an integration test (a partial RunEvent with matcher placeholders, see the
 * fixtures README) into a complete one with the same lineage shape: placeholders become plain values, missing
 * `eventTime`/`producer`/`schemaURL`/`runId` are filled (one run per job and file; the time from `index` so the
 * file's order is the events' order), facets get the `_producer`/`_schemaURL` every facet carries, and the job
 * name is prefixed with `tag` so each file's jobs are its own.
 */
export function completeExpectedEvent(raw: unknown, options: { file: string; index: number; tag: string }) {
  const event = replacePlaceholders(structuredClone(raw)) as Record<string, any>;
  const time = new Date(Date.UTC(2024, 0, 1, 0, 0, options.index)).toISOString();
  if (typeof event.eventTime !== 'string' || event.eventTime === 'placeholder') event.eventTime = time;
  event.eventTime = time;
  event.producer ??= PRODUCER;
  event.schemaURL ??= 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent';
  if (event.job) event.job.name = `${options.tag}:${event.job.name}`;
  if (event.eventType || event.run) {
    event.run ??= {};
    const runId = event.run.runId;
    if (typeof runId !== 'string' || !/^[0-9a-f-]{36}$/i.test(runId)) {
      event.run.runId = uuidOf(`${options.file}:${event.job?.namespace}:${event.job?.name}`);
    }
  }
  for (const side of ['inputs', 'outputs'] as const) {
    for (const dataset of event[side] ?? []) {
      dataset.namespace ??= 'placeholder';
      dataset.name ??= 'placeholder';
      const fields = dataset.facets?.columnLineage?.fields ?? {};
      for (const entry of Object.values<any>(fields)) {
        for (const input of entry?.inputFields ?? []) input.namespace ??= 'placeholder';
      }
    }
  }
  const parent = event.run?.facets?.parent;
  if (parent?.run && typeof parent.run.runId !== 'string')
    parent.run.runId = uuidOf(`${options.file}:parent`);
  if (parent?.run?.runId === 'placeholder') parent.run.runId = uuidOf(`${options.file}:parent`);
  completeFacets(event);
  return event;
}

function replacePlaceholders(value: unknown): unknown {
  if (typeof value === 'string') return PLACEHOLDER.test(value) ? 'placeholder' : value;
  if (Array.isArray(value)) return value.map(replacePlaceholders);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replacePlaceholders(v)]));
  }
  return value;
}

function completeFacets(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) completeFacets(item);
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (['facets', 'inputFacets', 'outputFacets'].includes(key) && child && typeof child === 'object') {
      for (const facet of Object.values(child as Record<string, Record<string, unknown>>)) {
        if (!facet || typeof facet !== 'object') continue;
        if (typeof facet._producer !== 'string' || facet._producer === 'placeholder')
          facet._producer = PRODUCER;
        if (typeof facet._schemaURL !== 'string' || facet._schemaURL === 'placeholder') {
          facet._schemaURL = FACET_SCHEMA;
        }
      }
    }
    completeFacets(child);
  }
}

/** Removes the facet a problem path points into (`…/facets/<name>/…`); false when the path names none. */
export function dropFacetAt(event: Record<string, any>, path: string): boolean {
  const parts = path.split('/').slice(1);
  const at = parts.findIndex((p) => ['facets', 'inputFacets', 'outputFacets'].includes(p));
  if (at < 0 || parts[at + 1] === undefined) return false;
  let node: any = event;
  for (const part of parts.slice(0, at + 1)) node = node?.[part];
  if (!node || typeof node !== 'object') return false;
  delete node[parts[at + 1]!];
  return true;
}
