/**
 * The outline of an OpenLineage body's JSON text, found without parsing it: where each event of a batch sits, and
 * where each event's top-level members (keys and values) sit. Receipt (prepare-events.ts) uses it to store an
 * event's `inputs`/`outputs` text as received and to skip parsing the ones it has validated before.
 *
 * Only the two outer levels (the batch array, each event object) are checked here, strictly: whitespace, `[`, `,`,
 * `]`, `{`, `:`, `}` where JSON allows them and nowhere else. A value below them is only delimited (strings are
 * jumped with `indexOf`, brackets counted); whether it is valid JSON is left to `JSON.parse` of the parts that are
 * parsed, or to a content hash of a part parsed before. Any text this outline does not fit gives `undefined`, and
 * the caller parses the whole body instead (which then names the JSON error, as for any other route).
 */

export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
}

export interface MemberSpan {
  /** The key as written, quotes included (`"inputs"`; an escaped spelling is not recognised, and stays a key). */
  key: Span;
  value: Span;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The end (exclusive) of the string whose opening quote is at `at`, or -1 when it is not closed. */
function stringEnd(text: string, at: number): number {
  let quote = text.indexOf('"', at + 1);
  while (quote !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    quote = text.indexOf('"', quote + 1);
  }
  return -1;
}

/** The end (exclusive) of the value starting at `at`, or -1 when the text ends first. */
function valueEnd(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first === QUOTE) return stringEnd(text, at);
  if (first === OPEN_BRACE || first === OPEN_BRACKET) {
    let depth = 0;
    for (let i = at; i < text.length; ) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        i = stringEnd(text, i);
        if (i === -1) return -1;
        continue;
      }
      if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
    return -1;
  }
  // A number, true, false or null: up to the next delimiter (JSON.parse of the part checks its spelling).
  let i = at;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || isSpace(c) || c === QUOTE) break;
    i++;
  }
  return i === at ? -1 : i;
}

/** An event's span and its members. */
export interface EventOutline {
  span: Span;
  members: MemberSpan[];
}

/**
 * Where a member's value ends when it is known without scanning it (a value already seen: see KnownSpans), or
 * undefined to scan it.
 */
export type KnownValueEnd = (text: string, key: Span, at: number) => number | undefined;

/**
 * The events of a body (a batch: the array that is the whole text; else the one object that is), each with its
 * members, or undefined when the text is not of that outline (an element that is not an object, say).
 */
export function outlineEvents(
  text: string,
  isBatch: boolean,
  known?: KnownValueEnd,
): EventOutline[] | undefined {
  let i = skipSpace(text, 0);
  if (!isBatch) {
    const event = outlineObjectAt(text, i, known);
    return event && skipSpace(text, event.span.end) === text.length ? [event] : undefined;
  }
  if (text.charCodeAt(i) !== OPEN_BRACKET) return undefined;
  i = skipSpace(text, i + 1);
  const events: EventOutline[] = [];
  if (text.charCodeAt(i) === CLOSE_BRACKET) {
    return skipSpace(text, i + 1) === text.length ? events : undefined;
  }
  for (;;) {
    const event = outlineObjectAt(text, i, known);
    if (!event) return undefined;
    events.push(event);
    i = skipSpace(text, event.span.end);
    const c = text.charCodeAt(i);
    if (c === COMMA) {
      i = skipSpace(text, i + 1);
      continue;
    }
    if (c !== CLOSE_BRACKET) return undefined;
    return skipSpace(text, i + 1) === text.length ? events : undefined;
  }
}

/** The JSON object starting at `at` with its members, or undefined when it is not one of that outline. */
function outlineObjectAt(text: string, at: number, known?: KnownValueEnd): EventOutline | undefined {
  if (text.charCodeAt(at) !== OPEN_BRACE) return undefined;
  let i = skipSpace(text, at + 1);
  const members: MemberSpan[] = [];
  if (text.charCodeAt(i) === CLOSE_BRACE) return { span: { start: at, end: i + 1 }, members };
  for (;;) {
    if (text.charCodeAt(i) !== QUOTE) return undefined;
    const keyEnd = stringEnd(text, i);
    if (keyEnd === -1) return undefined;
    const key = { start: i, end: keyEnd };
    i = skipSpace(text, keyEnd);
    if (text.charCodeAt(i) !== COLON) return undefined;
    i = skipSpace(text, i + 1);
    const end = known?.(text, key, i) ?? valueEnd(text, i);
    if (end === -1) return undefined;
    members.push({ key, value: { start: i, end } });
    i = skipSpace(text, end);
    const c = text.charCodeAt(i);
    if (c === COMMA) {
      i = skipSpace(text, i + 1);
      continue;
    }
    if (c !== CLOSE_BRACE) return undefined;
    return { span: { start: at, end: i + 1 }, members };
  }
}

export const textOf = (text: string, span: Span) => text.slice(span.start, span.end);

/** Below this length a value is scanned, not looked up: short ones cost little to scan. */
const KNOWN_MIN_LENGTH = 64;

/**
 * Values seen before, by their text (their first 64 characters, then the whole text compared): a value found again
 * at a position is known to end where its text ends (the scan of a value reads only its own characters), so its
 * (long) text is compared, not scanned. Each known value carries a small id and what the caller learnt of it.
 * Bounded: past `max` values, the oldest are forgotten.
 */
export class KnownSpans<T> {
  private readonly byPrefix = new Map<string, Array<{ text: string; info: T }>>();
  private readonly order: Array<{ prefix: string; text: string }> = [];

  constructor(private readonly max: number) {}

  /** The known value that `text` holds at `at`, if any. */
  find(text: string, at: number): { text: string; info: T } | undefined {
    if (text.length - at < KNOWN_MIN_LENGTH) return undefined;
    const candidates = this.byPrefix.get(text.slice(at, at + KNOWN_MIN_LENGTH));
    if (!candidates) return undefined;
    // A slice compared with `===` (one memory compare): startsWith compares character by character, 20x slower.
    for (const candidate of candidates)
      if (text.slice(at, at + candidate.text.length) === candidate.text) return candidate;
    return undefined;
  }

  add(value: string, info: T): void {
    if (value.length < KNOWN_MIN_LENGTH) return;
    // A copy: a slice of a request's body would keep the whole body alive.
    const own = Buffer.from(value, 'utf8').toString('utf8');
    const prefix = own.slice(0, KNOWN_MIN_LENGTH);
    const list = this.byPrefix.get(prefix) ?? [];
    if (list.some((known) => known.text === own)) return;
    list.push({ text: own, info });
    this.byPrefix.set(prefix, list);
    this.order.push({ prefix, text: own });
    if (this.order.length > this.max) {
      const oldest = this.order.shift()!;
      const rest = (this.byPrefix.get(oldest.prefix) ?? []).filter((known) => known.text !== oldest.text);
      if (rest.length > 0) this.byPrefix.set(oldest.prefix, rest);
      else this.byPrefix.delete(oldest.prefix);
    }
  }
}
