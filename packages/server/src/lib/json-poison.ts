/**
 * Prototype poisoning in JSON, refused as Fastify's body parser (secure-json-parse) refuses it: an object with a
 * `__proto__` key, or with a `constructor` key holding an object with a `prototype` key. For code that parses JSON
 * bodies itself (OpenLineage receipt), with the same tests in the same order: a cheap look at the text first.
 */

// secure-json-parse's own patterns (the plain and the \u-escaped spellings of the keys).
const PROTO_KEY =
  /"(?:_|\\u005[Ff])(?:_|\\u005[Ff])(?:p|\\u0070)(?:r|\\u0072)(?:o|\\u006[Ff])(?:t|\\u0074)(?:o|\\u006[Ff])(?:_|\\u005[Ff])(?:_|\\u005[Ff])"\s*:/;
const CONSTRUCTOR_KEY =
  /"(?:c|\\u0063)(?:o|\\u006[Ff])(?:n|\\u006[Ee])(?:s|\\u0073)(?:t|\\u0074)(?:r|\\u0072)(?:u|\\u0075)(?:c|\\u0063)(?:t|\\u0074)(?:o|\\u006[Ff])(?:r|\\u0072)"\s*:/;

/** True when the JSON text may hold such a key (then its parsed value must be looked at: findPoisonedObject). */
export function mayPoisonPrototypes(text: string): boolean {
  if (!text.includes('__proto__') && !text.includes('constructor') && !text.includes('\\u00')) return false;
  return PROTO_KEY.test(text) || CONSTRUCTOR_KEY.test(text);
}

/** True when a parsed JSON value holds a poisoning object (iterative: a deep value cannot overflow the stack). */
export function holdsPoisonedObject(value: unknown): boolean {
  const pending: unknown[] = [value];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (typeof node !== 'object' || node === null) continue;
    if (Object.hasOwn(node, '__proto__')) return true;
    const ctor = (node as { constructor?: unknown }).constructor;
    if (
      Object.hasOwn(node, 'constructor') &&
      typeof ctor === 'object' &&
      ctor !== null &&
      Object.hasOwn(ctor, 'prototype')
    )
      return true;
    for (const child of Object.values(node))
      if (typeof child === 'object' && child !== null) pending.push(child);
  }
  return false;
}
