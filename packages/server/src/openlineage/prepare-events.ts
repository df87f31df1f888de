import { createHash } from 'node:crypto';
import { InputError } from '../errors/index.js';
import { assertWithoutNul } from '../lib/find-nul-field.js';
import { holdsPoisonedObject, mayPoisonPrototypes } from '../lib/json-poison.js';
import type { NewOpenLineageEvent } from '../store/openlineage/index.js';
import {
  type EventOutline,
  KnownSpans,
  type KnownValueEnd,
  outlineEvents,
  type Span,
  textOf,
} from './event-text.js';
import { normalizeTimestamp } from './event-time.js';
import {
  datasetKey,
  EMPTY_IO,
  mergeIo,
  type OpenLineageDataset,
  type OpenLineageEvent,
  type RunIo,
} from './openlineage-model.js';
import {
  assertValidEvents,
  eventKindOf,
  findEventProblems,
  findSplitEventProblems,
  type OpenLineageProblem,
} from './validate-event.js';

/** An event row before its workspace and receipt time are known. */
export type PreparedEventRow = Omit<NewOpenLineageEvent, 'workspace_id' | 'received_at'>;

export interface PreparedEvents {
  rows: PreparedEventRow[];
  /**
   * The `{inputs, outputs}` texts the rows refer to, by content hash, in parts (text, or bytes as received): decoded
   * only when the database lacks that content (ioText).
   */
  io: Map<string, IoParts>;
}

export type IoParts = Array<string | Buffer>;

/** The text of an io content's parts. */
export const ioText = (parts: IoParts) =>
  parts.map((part) => (typeof part === 'string' ? part : part.toString('utf8'))).join('');

export const MAX_BATCH_EVENTS = 10_000;

type Side = 'inputs' | 'outputs';
const SIDES: Side[] = ['inputs', 'outputs'];

/**
 * The `inputs` and `outputs` values validated before, exactly as received, that are stored as they are (valid,
 * with datasets, none named twice): the next event carrying that very text (a job's next run, a run's COMPLETE
 * after its START) is neither scanned, parsed nor validated again; its text is compared with the known one.
 * Each has an id, and the content hash of a pair of them is kept too. Bounded: the oldest are forgotten first.
 */
const known: Record<Side, KnownSpans<number>> = {
  inputs: new KnownSpans(2_000),
  outputs: new KnownSpans(2_000),
};
let knownIds = 0;
const pairHashes = new Map<string, string>();
const PAIR_HASHES_MAX = 20_000;

/**
 * Validates an OpenLineage body's JSON text (one event, or a batch: an array) and turns it into the rows receipt
 * stores, all or nothing: the first invalid event refuses the whole body (400 naming its index and JSON path).
 *
 * An event's inputs and outputs (nearly all of a Spark event's ~40 KB) are kept as received: their text is cut out
 * of the body (event-text.ts), and parsed and validated only when that text was not validated before. The rest of
 * the event (small) is parsed and validated each time, and stored as received too. Bodies the outline does not
 * fit, and those holding a NUL escape or a key that may poison a prototype, are parsed whole, as before; they
 * answer what Fastify's parser and text check answered (400 `invalid_json`, `invalid_text`).
 */
export function prepareOpenLineageEvents(text: Buffer, options: { isBatch: boolean }): PreparedEvents {
  const prepared: PreparedEvents = { rows: [], io: new Map() };
  const problems: OpenLineageProblem[] = [];
  // The position of each inputs/outputs value found known, with its id.
  const knownAt = new Map<number, number>();
  const knownValueEnd: KnownValueEnd = (_, key, at) => {
    const side = sideOf(text, key);
    const found = side ? known[side].find(text, at) : undefined;
    if (!found) return undefined;
    knownAt.set(at, found.info);
    return at + found.length;
  };
  const events = text.includes('\\u0000') ? undefined : outlineEvents(text, options.isBatch, knownValueEnd);
  if (events && events.length > MAX_BATCH_EVENTS) throw tooManyEvents();
  if (events) {
    let ok = true;
    for (let i = 0; i < events.length && ok; i++) {
      const prefix = options.isBatch ? `/${i}` : '';
      const found = prepareFromText(text, events[i]!, { prefix, knownAt, prepared });
      if (found === undefined) ok = false;
      else problems.push(...found);
    }
    if (ok) {
      assertValidEvents(problems);
      return prepared;
    }
    prepared.rows = [];
    prepared.io.clear();
    problems.length = 0;
  }
  const whole = text.toString('utf8');
  const parsed = parseJson(whole.charCodeAt(0) === 0xfeff ? whole.slice(1) : whole, { check: true });
  assertWithoutNul(parsed, 'body');
  const list = eventsOf(parsed, options.isBatch);
  list.forEach((event, i) => {
    problems.push(...findEventProblems(event, options.isBatch ? `/${i}` : ''));
  });
  assertValidEvents(problems);
  for (const event of list) prepared.rows.push(rowOf(event as OpenLineageEvent, prepared.io));
  return prepared;
}

function sideOf(text: Buffer, key: Span): Side | undefined {
  const length = key.end - key.start;
  if (length === 8 && text.toString('latin1', key.start, key.end) === '"inputs"') return 'inputs';
  if (length === 9 && text.toString('latin1', key.start, key.end) === '"outputs"') return 'outputs';
  return undefined;
}

/**
 * One event from its text: its problems (empty when valid, and its row added), or undefined when its text is not
 * of the outline the fast way reads (the caller parses the whole body then).
 */
function prepareFromText(
  text: Buffer,
  event: EventOutline,
  context: { prefix: string; knownAt: Map<number, number>; prepared: PreparedEvents },
): OpenLineageProblem[] | undefined {
  const { prefix, knownAt, prepared } = context;
  const spans: Partial<Record<Side, Span>> = {};
  const others: string[] = [];
  for (const member of event.members) {
    const side = sideOf(text, member.key);
    if (side) {
      if (spans[side]) return undefined;
      spans[side] = member.value;
    } else {
      others.push(text.toString('utf8', member.key.start, member.value.end));
    }
  }
  const eventText = textOf(text, event.span);
  if (!spans.inputs && !spans.outputs) return prepareWhole(eventText, prefix, prepared);
  const restText = `{${others.join(',')}}`;
  if (mayPoisonPrototypes(restText)) return undefined;
  const rest = parseJson(restText) as Record<string, unknown>;
  // An escaped key spelling the same name: the outline did not see it.
  if (Object.hasOwn(rest, 'inputs') || Object.hasOwn(rest, 'outputs')) return undefined;
  if (eventKindOf(rest) === 'dataset') return prepareWhole(eventText, prefix, prepared);
  // Each side: its bytes, and its id when known (valid as it is), else its parsed value (to validate).
  const ids: Partial<Record<Side, number>> = {};
  const parsed: Partial<RunIo> = {};
  const texts: Partial<Record<Side, Buffer>> = {};
  for (const side of SIDES) {
    const span = spans[side];
    if (!span) continue;
    texts[side] = text.subarray(span.start, span.end);
    const id = knownAt.get(span.start);
    if (id !== undefined) ids[side] = id;
    else {
      const sideText = textOf(text, span);
      if (mayPoisonPrototypes(sideText)) return undefined;
      parsed[side] = parseJson(sideText) as OpenLineageDataset[];
    }
  }
  const problems = findSplitEventProblems(rest, parsed, prefix);
  if (problems.length > 0) return problems;
  const count = (side: Side) => (ids[side] !== undefined ? 1 : (parsed[side]?.length ?? 0));
  // No datasets: stored whole, as an event without them.
  if (count('inputs') + count('outputs') === 0) return prepareWhole(eventText, prefix, prepared);
  if (namesADatasetTwice(parsed)) {
    // Merged as the drain merges a run's datasets (one entry per dataset), so that equal contents hash equal.
    const sideOf = (side: Side) =>
      parsed[side] ??
      (texts[side] === undefined ? [] : (JSON.parse(texts[side].toString('utf8')) as OpenLineageDataset[]));
    const merged = JSON.stringify(
      mergeIo(EMPTY_IO, { inputs: sideOf('inputs'), outputs: sideOf('outputs') }),
    );
    const hash = ioHashOf([merged]);
    prepared.io.set(hash, [merged]);
    prepared.rows.push(rowFields(rest as unknown as OpenLineageEvent, restText, hash));
    return problems;
  }
  for (const side of SIDES) {
    if ((parsed[side]?.length ?? 0) === 0) continue;
    ids[side] = ++knownIds;
    known[side].add(texts[side]!, ids[side]);
  }
  const parts: IoParts = ['{"inputs":', texts.inputs ?? '[]', ',"outputs":', texts.outputs ?? '[]', '}'];
  const hash = pairHashOf(parts, ids, texts);
  prepared.io.set(hash, parts);
  prepared.rows.push(rowFields(rest as unknown as OpenLineageEvent, restText, hash));
  return problems;
}

/** The content hash of an io text, remembered per pair of known sides (a missing side is id 0). */
function pairHashOf(
  parts: IoParts,
  ids: Partial<Record<Side, number>>,
  texts: Partial<Record<Side, Buffer>>,
): string {
  const idOf = (side: Side) => (texts[side] === undefined ? 0 : ids[side]);
  const a = idOf('inputs');
  const b = idOf('outputs');
  if (a === undefined || b === undefined) return ioHashOf(parts);
  const key = `${a}:${b}`;
  let hash = pairHashes.get(key);
  if (hash === undefined) {
    hash = ioHashOf(parts);
    if (pairHashes.size >= PAIR_HASHES_MAX) pairHashes.delete(pairHashes.keys().next().value!);
    pairHashes.set(key, hash);
  }
  return hash;
}

/** An event parsed whole (no datasets to cut out, or a DatasetEvent), stored as received. */
function prepareWhole(
  eventText: string,
  prefix: string,
  prepared: PreparedEvents,
): OpenLineageProblem[] | undefined {
  if (mayPoisonPrototypes(eventText)) return undefined;
  const event = parseJson(eventText);
  const problems = findEventProblems(event, prefix);
  if (problems.length === 0) prepared.rows.push(rowOf(event as OpenLineageEvent, prepared.io, eventText));
  return problems;
}

function namesADatasetTwice(io: Partial<RunIo>): boolean {
  for (const side of [io.inputs ?? [], io.outputs ?? []]) {
    const seen = new Set<string>();
    for (const dataset of side) {
      const key = datasetKey(dataset);
      if (seen.has(key)) return true;
      seen.add(key);
    }
  }
  return false;
}

function eventsOf(parsed: unknown, isBatch: boolean): unknown[] {
  if (!isBatch) {
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw bodyShape('must be object');
    return [parsed];
  }
  if (!Array.isArray(parsed)) throw bodyShape('must be array');
  if (parsed.length > MAX_BATCH_EVENTS) throw tooManyEvents();
  return parsed;
}

/** The answers Fastify's schema validation gave these routes (their schemas document the body). */
export function bodyShape(message: string): InputError {
  return new InputError('validation_failed', `body ${message}`, {
    problems: [{ in: 'body', field: '', message }],
  });
}

const tooManyEvents = () => bodyShape(`must NOT have more than ${MAX_BATCH_EVENTS} items`);

/** JSON.parse, failing as Fastify's parser fails (`check`: refusing prototype poisoning as it does too). */
function parseJson(text: string, options: { check?: boolean } = {}): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalidJson();
  }
  if (options.check && mayPoisonPrototypes(text) && holdsPoisonedObject(value)) throw invalidJson();
  return value;
}

const invalidJson = () =>
  new InputError('invalid_json', "Body is not valid JSON but content-type is set to 'application/json'");

/** The row of a parsed event: its inputs and outputs go to `io` by content hash, the rest to `body`. */
function rowOf(event: OpenLineageEvent, io: Map<string, IoParts>, eventText?: string): PreparedEventRow {
  const kind = eventKindOf(event as unknown as Record<string, unknown>);
  const { inputs, outputs, ...rest } = event;
  const split = kind !== 'dataset' && (inputs?.length ?? 0) + (outputs?.length ?? 0) > 0;
  if (!split) return rowFields(event, eventText ?? JSON.stringify(event), null);
  // Merged as the drain merges a run's datasets (one entry per dataset), so equal contents hash equal.
  const text = JSON.stringify(mergeIo(EMPTY_IO, { inputs, outputs }));
  const hash = ioHashOf([text]);
  io.set(hash, [text]);
  return rowFields(rest, JSON.stringify(rest), hash);
}

function rowFields(event: OpenLineageEvent, body: string, ioHash: string | null): PreparedEventRow {
  const kind = eventKindOf(event as unknown as Record<string, unknown>);
  return {
    event_kind: kind,
    event_type: kind === 'run' ? (event.eventType ?? 'OTHER') : null,
    // Validation accepted it, so it parses.
    event_time: normalizeTimestamp(event.eventTime)!,
    run_id: kind === 'run' ? event.run!.runId : null,
    job_namespace: event.job?.namespace ?? null,
    job_name: event.job?.name ?? null,
    body,
    io_hash: ioHash,
    state: 'pending',
    error: null,
  };
}

/** The content hash of an `{inputs, outputs}` JSON text (given whole, or in parts: the same hash). */
export function ioHashOf(text: string | IoParts): string {
  const hash = createHash('sha256');
  for (const part of typeof text === 'string' ? [text] : text) hash.update(part);
  return hash.digest('base64url');
}
