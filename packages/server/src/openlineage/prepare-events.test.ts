import { describe, expect, test } from 'vitest';
import { ioText, type PreparedEvents, prepareOpenLineageEvents as prepareBytes } from './prepare-events.js';

const prepareOpenLineageEvents = (text: string, options: { isBatch: boolean }) =>
  prepareBytes(Buffer.from(text), options);

// Receipt reads an event's inputs/outputs from the body's text (event-text.ts) and validates a text only once:
// whatever way the text is written, what is stored must be what parsing the whole event gives.

const PRODUCER = 'https://github.com/OpenLineage/OpenLineage/tree/1.9.0/integration/spark';
const SCHEMA = 'https://openlineage.io/spec/facets/1-1-0/SchemaDatasetFacet.json';
let runs = 0;

function dataset(name: string, fields = ['id', 'amount']) {
  return {
    namespace: 'postgres://db:5432',
    name,
    facets: {
      schema: {
        _producer: PRODUCER,
        _schemaURL: SCHEMA,
        fields: fields.map((field) => ({ name: field, type: 'int' })),
      },
    },
  };
}

function runEvent(over: Record<string, unknown> = {}) {
  runs++;
  return {
    eventType: 'START',
    eventTime: '2024-05-01T10:00:00Z',
    producer: PRODUCER,
    schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
    run: { runId: `0176a8c2-fe01-7439-87e6-${String(runs).padStart(12, '0')}` },
    job: { namespace: 'ns', name: 'job' },
    inputs: [dataset('shop.public.orders'), dataset('shop.public.customers')],
    outputs: [dataset('shop.mart.daily')],
    ...over,
  };
}

/** The rows and io contents as plain data, io parsed (texts may differ in spacing only). */
function contents(prepared: PreparedEvents) {
  return prepared.rows.map((row) => ({
    ...row,
    body: JSON.parse(row.body),
    io: row.io_hash === null ? null : JSON.parse(ioText(prepared.io.get(row.io_hash)!)),
  }));
}

const prepare = (body: unknown, isBatch = true, space?: number) =>
  prepareOpenLineageEvents(JSON.stringify(body, null, space), { isBatch });

function problemOf(text: string, isBatch = true) {
  try {
    prepareOpenLineageEvents(text, { isBatch });
  } catch (error) {
    return error as { code: string; message: string; details: Record<string, unknown> };
  }
  throw new Error('accepted');
}

describe('prepareOpenLineageEvents', () => {
  test('an event stores its inputs/outputs apart, as received; the rest is the body', () => {
    const event = runEvent();
    const text = JSON.stringify([event]);
    const prepared = prepareOpenLineageEvents(text, { isBatch: true });
    const [row] = prepared.rows;
    expect(row).toMatchObject({ event_kind: 'run', event_type: 'START', run_id: event.run.runId });
    const { inputs, outputs, ...rest } = event;
    expect(JSON.parse(row!.body)).toEqual(rest);
    // Minified as the producer sent it: the text stored is the one received, byte for byte.
    expect(ioText(prepared.io.get(row!.io_hash!)!)).toBe(JSON.stringify({ inputs, outputs }));
  });

  test('the same datasets again (known text) and spaced-out text store the same as the first time', () => {
    const events = [runEvent(), runEvent({ eventType: 'COMPLETE' }), runEvent({ outputs: [] })];
    const first = contents(prepare(events));
    expect(contents(prepare(events))).toEqual(first);
    // Spaced out: the same contents, stored as sent (another hash: the drain merges such a run's events).
    const withoutHash = (rows: typeof first) =>
      rows.map(({ io_hash, ...row }) => ({ ...row, split: !!io_hash }));
    expect(withoutHash(contents(prepare(events, true, 2)))).toEqual(withoutHash(first));
    expect(contents(prepare(events[0], false))).toEqual(first.slice(0, 1));
    // The same content sent the same way has the same hash (a run's START and COMPLETE: no merge to do).
    const again = prepare(events);
    expect(again.rows[0]!.io_hash).toBe(again.rows[1]!.io_hash);
  });

  test('multi-byte text (accents, emoji, escapes) is cut and stored unchanged, known or not', () => {
    const event = runEvent({
      inputs: [dataset('shop.public.crème_brûlée', ['prix_€', 'fusée_🚀', 'quote"d\\'])],
      outputs: [dataset('mart.naïve')],
    });
    const first = contents(prepare([event]));
    expect(contents(prepare([event]))).toEqual(first);
    expect(first[0]!.io.inputs[0].name).toBe('shop.public.crème_brûlée');
    expect(first[0]!.io.inputs[0].facets.schema.fields[2].name).toBe('quote"d\\');
  });

  test('a dataset named twice is merged; events without datasets and DatasetEvents are stored whole', () => {
    const twice = runEvent({ inputs: [dataset('a.b.c', ['x']), dataset('a.b.c', ['y'])], outputs: [] });
    const [merged] = contents(prepare([twice]));
    expect(merged!.io.inputs).toHaveLength(1);
    expect(merged!.io.inputs[0].facets.schema.fields).toEqual([{ name: 'y', type: 'int' }]);
    const empty = runEvent({ inputs: [], outputs: [] });
    const datasetEvent = {
      eventTime: '2024-05-01T10:00:00Z',
      producer: PRODUCER,
      schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetEvent',
      dataset: dataset('shop.public.orders'),
      inputs: [dataset('ignored.x.y')],
    };
    const rows = contents(prepare([empty, datasetEvent]));
    expect(rows.map((r) => [r.event_kind, r.io_hash])).toEqual([
      ['run', null],
      ['dataset', null],
    ]);
    expect(rows[0]!.body).toEqual(empty);
    expect(rows[1]!.body).toEqual(datasetEvent);
  });

  test('an invalid dataset is refused each time, known or not, naming the event and the path', () => {
    const good = runEvent();
    prepare([good]);
    const bad = runEvent({ inputs: [{ namespace: 'x' }] });
    for (const body of [
      [good, bad],
      [good, bad],
    ]) {
      const error = problemOf(JSON.stringify(body));
      expect(error.code).toBe('openlineage_invalid_event');
      expect(error.message).toContain('/1/inputs/0');
    }
    // A known inputs text with an invalid rest is still refused.
    const error = problemOf(JSON.stringify([{ ...good, run: {} }]));
    expect(error.message).toContain('/0/run');
  });

  test('text the outline does not read is parsed whole: the same rows, or the same errors', () => {
    const event = runEvent();
    // An escaped key spelling "inputs", keys twice, a BOM: parsed whole (JSON.parse keeps the last duplicate).
    const escaped = JSON.stringify([event]).replace('"inputs"', '"\\u0069nputs"');
    expect(contents(prepareOpenLineageEvents(escaped, { isBatch: true }))).toEqual(
      contents(prepare([event])),
    );
    const twice = JSON.stringify(event).replace('{', '{"inputs":[],');
    expect(contents(prepareOpenLineageEvents(`[${twice}]`, { isBatch: true }))).toEqual(
      contents(prepare([event])),
    );
    expect(prepareOpenLineageEvents(`\ufeff${JSON.stringify(event)}`, { isBatch: false }).rows).toHaveLength(
      1,
    );
    for (const broken of [
      '[',
      '[{"eventType":"START"',
      `[${JSON.stringify(event).slice(0, -1)}]`,
      `[${JSON.stringify(event)}] x`,
      '[{"inputs":[1 2],"run":{}}]',
      '[{"inputs":[],"run":{"a":tru}}]',
      '',
    ])
      expect(problemOf(broken).code, broken).toBe('invalid_json');
    expect(problemOf('{"a":1}').code).toBe('validation_failed');
    expect(problemOf('[1]').message).toContain('/0');
    expect(problemOf('[]', false).code).toBe('validation_failed');
  });

  test('prototype poisoning and NUL are refused as the JSON parser and the text check refuse them', () => {
    const event = runEvent();
    const withKey = (key: string, value: string) =>
      JSON.stringify([event]).replace('"inputs":[{', `"inputs":[{"${key}":${value},`);
    expect(problemOf(withKey('__proto__', '{"x":1}')).code).toBe('invalid_json');
    expect(problemOf(withKey('\\u005f_proto__', '{"x":1}')).code).toBe('invalid_json');
    expect(problemOf(withKey('constructor', '{"prototype":{"x":1}}')).code).toBe('invalid_json');
    const nul = problemOf(JSON.stringify([{ ...event, job: { namespace: 'ns', name: 'a\u0000b' } }]));
    expect(nul).toMatchObject({ code: 'invalid_text', details: { field: 'body.0.job.name' } });
  });

  test('a batch of more than 10,000 events is refused', () => {
    expect(problemOf(`[${Array(10_001).fill('{}').join(',')}]`).code).toBe('validation_failed');
  });
});
