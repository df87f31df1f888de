/**
 * The outline of an OpenLineage body's JSON text (its UTF-8 bytes: structural characters are ASCII, never part of a
 * multi-byte character), found without decoding or parsing it: where each event of a batch sits, and
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

function skipSpace(text: Buffer, at: number): number {
  let i = at;
  while (i < text.length && isSpace(text[i]!)) i++;
  return i;
}

/** The end (exclusive) of the string whose opening quote is at `at`, or -1 when it is not closed. */
function stringEnd(text: Buffer, at: number): number {
  let quote = text.indexOf(QUOTE, at + 1);
  while (quote !== -1) {
    let backslashes = 0;
    while (text[quote - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    quote = text.indexOf(QUOTE, quote + 1);
  }
  return -1;
}

/** The end (exclusive) of the value starting at `at`, or -1 when the text ends first. */
function valueEnd(text: Buffer, at: number): number {
  const first = text[at];
  if (first === QUOTE) return stringEnd(text, at);
  if (first === OPEN_BRACE || first === OPEN_BRACKET) {
    let depth = 0;
    for (let i = at; i < text.length; ) {
      const c = text[i];
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
    const c = text[i]!;
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
export type KnownValueEnd = (text: Buffer, key: Span, at: number) => number | undefined;

/**
 * The events of a body (a batch: the array that is the whole text; else the one object that is), each with its
 * members, or undefined when the text is not of that outline (an element that is not an object, say).
 */
export function outlineEvents(
  text: Buffer,
  isBatch: boolean,
  known?: KnownValueEnd,
): EventOutline[] | undefined {
  let i = skipSpace(text, 0);
  if (!isBatch) {
    const event = outlineObjectAt(text, i, known);
    return event && skipSpace(text, event.span.end) === text.length ? [event] : undefined;
  }
  if (text[i] !== OPEN_BRACKET) return undefined;
  i = skipSpace(text, i + 1);
  const events: EventOutline[] = [];
  if (text[i] === CLOSE_BRACKET) {
    return skipSpace(text, i + 1) === text.length ? events : undefined;
  }
  for (;;) {
    const event = outlineObjectAt(text, i, known);
    if (!event) return undefined;
    events.push(event);
    i = skipSpace(text, event.span.end);
    const c = text[i];
    if (c === COMMA) {
      i = skipSpace(text, i + 1);
      continue;
    }
    if (c !== CLOSE_BRACKET) return undefined;
    return skipSpace(text, i + 1) === text.length ? events : undefined;
  }
}

/** The JSON object starting at `at` with its members, or undefined when it is not one of that outline. */
function outlineObjectAt(text: Buffer, at: number, known?: KnownValueEnd): EventOutline | undefined {
  if (text[at] !== OPEN_BRACE) return undefined;
  let i = skipSpace(text, at + 1);
  const members: MemberSpan[] = [];
  if (text[i] === CLOSE_BRACE) return { span: { start: at, end: i + 1 }, members };
  for (;;) {
    if (text[i] !== QUOTE) return undefined;
    const keyEnd = stringEnd(text, i);
    if (keyEnd === -1) return undefined;
    const key = { start: i, end: keyEnd };
    i = skipSpace(text, keyEnd);
    if (text[i] !== COLON) return undefined;
    i = skipSpace(text, i + 1);
    const end = known?.(text, key, i) ?? valueEnd(text, i);
    if (end === -1) return undefined;
    members.push({ key, value: { start: i, end } });
    i = skipSpace(text, end);
    const c = text[i];
    if (c === COMMA) {
      i = skipSpace(text, i + 1);
      continue;
    }
    if (c !== CLOSE_BRACE) return undefined;
    return { span: { start: at, end: i + 1 }, members };
  }
}

/** The text of a span, decoded. */
export const textOf = (text: Buffer, span: Span) => text.toString('utf8', span.start, span.end);

/** Below this length a value is scanned, not looked up: short ones cost little to scan. */
const KNOWN_MIN_LENGTH = 64;

/**
 * Values seen before, by their bytes (their first 64, then all of them compared): a value found again at a position
 * is known to end where its bytes end (the scan of a value reads only its own bytes), so its (long) text is
 * compared, not scanned. Each known value carries what the caller learnt of it. Bounded: past `max` values, the
 * oldest are forgotten.
 */
export class KnownSpans<T> {
  private readonly byPrefix = new Map<string, Array<{ bytes: Buffer; info: T }>>();
  private readonly order: Array<{ prefix: string; bytes: Buffer }> = [];

  constructor(private readonly max: number) {}

  /** The known value that `text` holds at `at`, if any, and its length. */
  find(text: Buffer, at: number): { length: number; info: T } | undefined {
    if (text.length - at < KNOWN_MIN_LENGTH) return undefined;
    const candidates = this.byPrefix.get(text.toString('latin1', at, at + KNOWN_MIN_LENGTH));
    if (!candidates) return undefined;
    for (const candidate of candidates) {
      const end = at + candidate.bytes.length;
      // One memory compare.
      if (end <= text.length && text.compare(candidate.bytes, 0, candidate.bytes.length, at, end) === 0)
        return { length: candidate.bytes.length, info: candidate.info };
    }
    return undefined;
  }

  add(value: Buffer, info: T): void {
    if (value.length < KNOWN_MIN_LENGTH) return;
    // A copy: a view of a request's body would keep the whole body alive.
    const own = Buffer.from(value);
    const prefix = own.toString('latin1', 0, KNOWN_MIN_LENGTH);
    const list = this.byPrefix.get(prefix) ?? [];
    if (list.some((known) => known.bytes.equals(own))) return;
    list.push({ bytes: own, info });
    this.byPrefix.set(prefix, list);
    this.order.push({ prefix, bytes: own });
    if (this.order.length > this.max) {
      const oldest = this.order.shift()!;
      const rest = (this.byPrefix.get(oldest.prefix) ?? []).filter((known) => known.bytes !== oldest.bytes);
      if (rest.length > 0) this.byPrefix.set(oldest.prefix, rest);
      else this.byPrefix.delete(oldest.prefix);
    }
  }
}
