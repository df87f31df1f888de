import fc from 'fast-check';

/** The part of JSON Schema our route schemas use (what TypeBox emits into openapi.json). */
export interface JsonSchema {
  type?: string;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  nullable?: boolean;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  minProperties?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
}

export interface ArbitraryOptions {
  /** Extra strings mixed into every generated string (hostile input); each is kept only if the schema allows it. */
  strings: readonly string[];
  /** Every generated string must pass this (e.g. no NUL while that fix is pending on another branch). */
  accept: (value: string) => boolean;
}

// Generated collections stay small: the point is reaching code paths, not volume (size limits have their own cases).
const MAX_ITEMS = 4;
const MAX_STRING = 40;

/**
 * A fast-check arbitrary of values that the schema accepts. Written here because the one JSON-Schema→fast-check
 * package (json-schema-fast-check) is archived and targets fast-check 1/2; our schemas use a small subset.
 */
export function validOf(schema: JsonSchema, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  const base = validBase(schema, options);
  return schema.nullable
    ? fc.oneof({ arbitrary: base, weight: 4 }, { arbitrary: fc.constant(null), weight: 1 })
    : base;
}

function validBase(schema: JsonSchema, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((s) => validOf(s, options)));
  switch (schema.type) {
    case 'string':
      return validString(schema, options);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? 1_000_000 });
    case 'number':
      return fc.double({
        min: schema.exclusiveMinimum ?? schema.minimum ?? -1e9,
        max: schema.maximum ?? 1e9,
        noNaN: true,
        noDefaultInfinity: true,
        minExcluded: schema.exclusiveMinimum !== undefined,
      });
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const item = validOf(schema.items ?? {}, options);
      const constraints = {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? MAX_ITEMS, Math.max(MAX_ITEMS, schema.minItems ?? 0)),
      };
      return schema.uniqueItems
        ? fc.uniqueArray(item, { ...constraints, selector: (v) => JSON.stringify(v) })
        : fc.array(item, constraints);
    }
    case 'object':
      return validObject(schema, options);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function validObject(schema: JsonSchema, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const keys = Object.keys(properties);
  if (keys.length === 0) {
    if (schema.additionalProperties === false) return fc.constant({});
    const values =
      typeof schema.additionalProperties === 'object'
        ? validOf(schema.additionalProperties, options)
        : fc.string();
    return fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), values, {
      minKeys: schema.minProperties ?? 0,
      maxKeys: MAX_ITEMS,
    });
  }
  const shape = Object.fromEntries(keys.map((key) => [key, validOf(properties[key]!, options)]));
  const record = fc.record(shape, { requiredKeys: schema.required ?? [] });
  const minProperties = schema.minProperties ?? 0;
  return minProperties > 0 ? record.filter((r) => Object.keys(r).length >= minProperties) : record;
}

function validString(schema: JsonSchema, options: ArbitraryOptions): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? MAX_STRING, MAX_STRING));
  const pattern = schema.pattern ? new RegExp(schema.pattern, 'u') : undefined;
  const fits = (s: string) =>
    options.accept(s) &&
    [...s].length >= minLength &&
    [...s].length <= (schema.maxLength ?? Number.POSITIVE_INFINITY) &&
    (!pattern || pattern.test(s));
  if (schema.format === 'email') {
    return fc.emailAddress().filter(fits);
  }
  const hostile = options.strings.filter(fits);
  const plain = fc.string({ minLength, maxLength, unit: 'grapheme' }).filter(fits);
  return hostile.length > 0
    ? fc.oneof({ arbitrary: plain, weight: 3 }, { arbitrary: fc.constantFrom(...hostile), weight: 2 })
    : plain;
}

/**
 * A fast-check arbitrary of values that break the schema in one place: a wrong type, a value out of range or too
 * long, a missing required property, an unknown property, or one property broken the same way (recursively).
 */
export function invalidOf(schema: JsonSchema, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  const wrongType = fc.constantFrom<unknown>(
    ...[42, 'text', true, [], {}, -1.5].filter((v) => !acceptsType(schema, v)),
    ...(schema.nullable ? [] : [null]),
  );
  const specific: Array<fc.Arbitrary<unknown>> = [];
  if (schema.type === 'string') {
    if (schema.maxLength !== undefined) specific.push(fc.constant('x'.repeat(schema.maxLength + 1)));
    if ((schema.minLength ?? 0) > 0) specific.push(fc.constant(''));
    if (schema.enum) specific.push(fc.constant('not_one_of_the_enum'));
  }
  if (schema.type === 'integer' || schema.type === 'number') {
    if (schema.maximum !== undefined) specific.push(fc.constant(schema.maximum + 1));
    if (schema.minimum !== undefined) specific.push(fc.constant(schema.minimum - 1));
    if (schema.type === 'integer') specific.push(fc.constant(1.5));
  }
  if (schema.type === 'array') {
    if (schema.maxItems !== undefined && schema.maxItems <= 1000)
      specific.push(fc.constant(Array.from({ length: schema.maxItems + 1 }, () => 'x')));
    if (schema.items) specific.push(invalidOf(schema.items, options).map((bad) => [bad]));
  }
  if (schema.type === 'object' && schema.properties) specific.push(invalidObject(schema, options));
  return specific.length > 0 ? fc.oneof(wrongType, ...specific) : wrongType;
}

function invalidObject(schema: JsonSchema, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const valid = validObject(schema, options) as fc.Arbitrary<Record<string, unknown>>;
  const variants: Array<fc.Arbitrary<unknown>> = [];
  const required = schema.required ?? [];
  if (required.length > 0) {
    variants.push(
      fc.tuple(valid, fc.constantFrom(...required)).map(([v, key]) => {
        const { [key]: _dropped, ...rest } = v;
        return rest;
      }),
    );
  }
  if (schema.additionalProperties === false) {
    variants.push(valid.map((v) => ({ ...v, definitely_not_a_field: 1, __proto__x: 'y' })));
  }
  const keys = Object.keys(properties);
  if (keys.length > 0) {
    variants.push(
      fc
        .constantFrom(...keys)
        .chain((key) => fc.tuple(valid, fc.constant(key), invalidOf(properties[key]!, options)))
        .map(([v, key, bad]) => ({ ...v, [key]: bad })),
    );
  }
  // An open object with no required or known fields (an OpenLineage event: the route validates it itself) has no
  // invalid shape of its own; a value of the wrong type is still generated by the caller.
  if (variants.length === 0) return fc.constant([]);
  return fc.oneof(...variants);
}

function acceptsType(schema: JsonSchema, value: unknown): boolean {
  if (schema.anyOf) return schema.anyOf.some((s) => acceptsType(s, value));
  if (schema.enum) return schema.enum.includes(value);
  switch (schema.type) {
    case undefined:
      return true;
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      return false;
  }
}
