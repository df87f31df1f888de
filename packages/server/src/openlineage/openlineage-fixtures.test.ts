import { expect, test } from 'vitest';
import { forEachApp, type TestApp } from '../testing/index.js';
import { applyPendingOpenLineageEvents } from './apply-events.js';
import { datasetColumnId } from './namespace-records.js';
import { completeExpectedEvent, dropFacetAt } from './testing/complete-expected-event.js';
import { fixtureFiles, openLineageFixturesPresent, readFixture } from './testing/openlineage-fixtures.js';

const present = openLineageFixturesPresent();
const asList = (value: unknown) => (Array.isArray(value) ? value : [value]);
type Event = Record<string, any>;

/** Complete events of the collection: valid ones, Marquez's seed lineage and its API test events. */
const COMPLETE = present
  ? [
      ...fixtureFiles('events/valid'),
      ...fixtureFiles('marquez/api-test-resources/open_lineage'),
      'marquez/metadata.json',
    ]
  : [];
const INVALID = present ? fixtureFiles('events/invalid') : [];
const EXPECTED = present ? fixtureFiles('expected-events') : [];
/** Valid against the core schema, but a facet is not valid against its 2-0-2 facet schema (fixtures README). */
const FACET_INVALID: Record<string, string> = {
  'events/valid/fluentd-event_full.json': '/inputs/0/inputFacets/dataQualityMetrics',
  'marquez/api-test-resources/open_lineage/event_full.json': '/inputs/0/inputFacets/dataQualityMetrics',
};

async function postBatch(t: TestApp, events: unknown[]) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/lineage/batch',
    headers: t.as('editor'),
    payload: events,
  });
}

/** Posts an expected-events file, dropping facets its partial shape leaves invalid (they are not lineage). */
async function postExpected(t: TestApp, file: string, tag: string): Promise<Event[]> {
  const events = asList(readFixture(file)).map((raw, index) =>
    completeExpectedEvent(raw, { file, index, tag }),
  );
  for (let attempt = 0; attempt < 50; attempt++) {
    const res = await postBatch(t, events);
    if (res.statusCode === 201) return events;
    expect(res.statusCode, `${file}: ${res.body}`).toBe(400);
    const problems = res.json().error.details.problems as Array<{ path: string }>;
    const dropped = problems.map((p) => {
      const [, index, ...rest] = p.path.split('/');
      return dropFacetAt(events[Number(index)]!, `/${rest.join('/')}`);
    });
    // Only facets may be refused: the core of every expected event is valid once completed.
    expect(dropped.every(Boolean), `${file}: ${JSON.stringify(problems)}`).toBe(true);
  }
  throw new Error(`${file}: still refused`);
}

interface ExpectedRun {
  complete?: number;
  start?: number;
  last: number;
  inputs: Map<string, Event>;
  outputs: Map<string, Event>;
}

/**
 * Which inputs/outputs each job of a file should end with: its latest COMPLETE run's, else its latest started
 * run's (events are timed by their index in the file), merged over the run's events.
 */
function expectedLineage(events: Event[]) {
  const jobs = new Map<string, Map<string, ExpectedRun>>();
  events.forEach((event, i) => {
    if (!event.run || !event.job) return;
    const key = `${event.job.namespace}\u0000${event.job.name}`;
    const runs = jobs.get(key) ?? new Map<string, ExpectedRun>();
    jobs.set(key, runs);
    const run = runs.get(event.run.runId) ?? { last: i, inputs: new Map(), outputs: new Map() };
    runs.set(event.run.runId, run);
    run.last = i;
    if (event.eventType === 'COMPLETE') run.complete = i;
    if ((event.eventType === 'START' || event.eventType === 'RUNNING') && run.start === undefined)
      run.start = i;
    for (const side of ['inputs', 'outputs'] as const) {
      for (const d of event[side] ?? []) {
        const id = `${d.namespace}\u0000${d.name}`;
        const before = run[side].get(id);
        run[side].set(id, { ...d, facets: { ...before?.facets, ...d.facets } });
      }
    }
  });
  const out = new Map<string, ExpectedRun>();
  for (const [key, runs] of jobs) {
    const rank = (r: ExpectedRun) => (r.complete !== undefined ? 1e6 + r.complete : (r.start ?? r.last));
    out.set(key, [...runs.values()].sort((a, b) => rank(b) - rank(a))[0]!);
  }
  return out;
}

const ids = (datasets: Iterable<Event>) => [...datasets].map((d) => `${d.namespace} ${d.name}`).sort();

async function columnEdges(t: TestApp, namespace: string): Promise<Set<string>> {
  const rows = await t.store.db
    .selectFrom('lineage as l')
    .innerJoin('resources as f', 'f.id', 'l.from_resource_id')
    .innerJoin('resources as o', 'o.id', 'l.to_resource_id')
    .innerJoin('integrations as i', 'i.id', 'l.integration_id')
    .select(['f.databuilder_id as from_id', 'o.databuilder_id as to_id'])
    .where('i.type', '=', 'openlineage')
    .where('i.name', '=', namespace)
    .where('l.workspace_id', '=', t.workspaceId)
    .execute();
  return new Set(rows.map((r) => `${r.from_id} -> ${r.to_id}`));
}

async function checkFile(t: TestApp, events: Event[], file: string): Promise<number> {
  let checked = 0;
  for (const [key, run] of expectedLineage(events)) {
    const [namespace, name] = key.split('\u0000') as [string, string];
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/namespaces/${encodeURIComponent(namespace)}/jobs/${encodeURIComponent(name)}`,
      headers: t.as('viewer'),
    });
    expect(res.statusCode, `${file} ${name}: ${res.body}`).toBe(200);
    const job = res.json();
    expect(ids(job.inputs), `${file} ${name} inputs`).toEqual(ids(run.inputs.values()));
    expect(ids(job.outputs), `${file} ${name} outputs`).toEqual(ids(run.outputs.values()));
    const edges = await columnEdges(t, namespace);
    for (const output of run.outputs.values()) {
      const fields = output.facets?.columnLineage?.fields ?? {};
      for (const [field, entry] of Object.entries<any>(fields)) {
        for (const input of entry.inputFields ?? []) {
          const [from, to] = [datasetColumnId(input, input.field), datasetColumnId(output, field)];
          // A column feeding itself (MERGE INTO a table from itself) is not an edge.
          if (from === to) continue;
          const edge = `${from} -> ${to}`;
          expect(edges.has(edge), `${file}: column edge ${edge}`).toBe(true);
          checked++;
        }
      }
    }
  }
  return checked;
}

forEachApp('OpenLineage fixtures', (t) => {
  test.skipIf(!present)(
    'every complete fixture event is accepted, applied, and gives its jobs their lineage',
    async () => {
      const posted: Array<{ file: string; events: Event[] }> = [];
      for (const file of COMPLETE) {
        const events = asList(readFixture(file)) as Event[];
        const res = await postBatch(t(), events);
        if (FACET_INVALID[file]) {
          expect(res.statusCode, file).toBe(400);
          expect(res.json().error.message).toContain(`/0${FACET_INVALID[file]}`);
          continue;
        }
        expect(res.statusCode, `${file}: ${res.body}`).toBe(201);
        posted.push({ file, events });
      }
      const result = await applyPendingOpenLineageEvents(t().store);
      expect(result.failed).toBe(0);
      expect(result.applied).toBe(posted.reduce((n, p) => n + p.events.length, 0));
      // Marquez's seed lineage: every job answers its latest run's inputs and outputs.
      const seed = posted.find((p) => p.file === 'marquez/metadata.json')!;
      await checkFile(t(), seed.events, seed.file);
    },
    180_000,
  );

  test.skipIf(!present)(
    'every deliberately invalid event is refused with the JSON path of its problem',
    async () => {
      for (const file of INVALID) {
        const res = await t().app.inject({
          method: 'POST',
          url: '/api/v1/lineage',
          headers: t().as('editor'),
          payload: readFixture(file) as object,
        });
        expect(res.statusCode, file).toBe(400);
        expect(res.json().error.code).toBe('openlineage_invalid_event');
        expect(res.json().error.details.problems[0].path, file).toMatch(/^\/(run|inputs|outputs|job)/);
      }
    },
  );

  test.skipIf(!present)(
    'every expected-events shape (Spark, Hive, Flink, dbt) gives its lineage and column edges',
    async () => {
      const posted: Array<{ file: string; events: Event[] }> = [];
      for (const [i, file] of EXPECTED.entries()) {
        posted.push({ file, events: await postExpected(t(), file, `f${i}`) });
      }
      const result = await applyPendingOpenLineageEvents(t().store);
      expect(result.failed).toBe(0);
      let columnEdgesChecked = 0;
      for (const { file, events } of posted) columnEdgesChecked += await checkFile(t(), events, file);
      // The Spark and Hive shapes carry column lineage: the check above must have looked at some.
      expect(columnEdgesChecked).toBeGreaterThan(50);
    },
    300_000,
  );
});
