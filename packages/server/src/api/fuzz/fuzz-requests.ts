import fc from 'fast-check';
import {
  encodeText,
  type HostileFamily,
  hostileBodies,
  hostileFiles,
  hostileFilters,
  hostileIds,
  hostileStrings,
} from './hostile-inputs.js';
import type { Operation, Parameter } from './operations.js';
import { type MultipartPart, multipartBody, type RawRequest } from './raw-http.js';
import { type ArbitraryOptions, invalidOf, validOf } from './schema-arbitrary.js';

/** A request without credentials, and what it is for the failure message. */
export interface FuzzRequest extends RawRequest {
  note: string;
}

export interface FuzzContext {
  families: Set<HostileFamily>;
  /** Real ids of the catalog by path-parameter name (`id` is every kind), so valid bodies reach the handlers. */
  ids: Record<string, string[]>;
}

export function arbitraryOptions(ctx: FuzzContext): ArbitraryOptions {
  return {
    strings: hostileStrings(ctx.families),
    accept: (s) =>
      (ctx.families.has('nul') || !s.includes('\u0000')) && (ctx.families.has('unicode') || isWellFormed(s)),
  };
}

function isWellFormed(s: string): boolean {
  return !/[\ud800-\udfff]/.test(s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''));
}

/** Generated requests for one operation: path ids, query strings and a body drawn from its own schema. */
export function requestArbitrary(op: Operation, ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const options = arbitraryOptions(ctx);
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const path = fc.tuple(...pathParams.map((p) => pathValue(p, ctx)));
  const query = fc.tuple(
    ...queryParams.map((p) => fc.option(queryValue(p, ctx, options), { nil: undefined })),
  );
  return fc.tuple(path, query, bodyArbitrary(op, ctx, options)).map(([pathValues, queryValues, body]) => {
    let url = op.path;
    pathParams.forEach((p, i) => {
      url = url.replace(`{${p.name}}`, pathValues[i]!);
    });
    const pairs = queryParams.flatMap((p, i) =>
      queryValues[i] === undefined ? [] : [`${p.name}=${queryValues[i]}`],
    );
    return {
      method: op.method,
      path: pairs.length > 0 ? `${url}?${pairs.join('&')}` : url,
      headers: body.contentType ? { 'content-type': body.contentType } : ({} as Record<string, string>),
      ...(body.body ? { body: body.body } : {}),
      note: body.note,
    };
  });
}

function pathValue(p: Parameter, ctx: FuzzContext): fc.Arbitrary<string> {
  const real = ctx.ids[p.name] ?? ctx.ids.id ?? [];
  return fc.oneof(
    ...(real.length > 0 ? [{ arbitrary: fc.constantFrom(...real), weight: 4 }] : []),
    { arbitrary: fc.uuid(), weight: 1 },
    { arbitrary: fc.constantFrom(...hostileIds(ctx.families)), weight: 1 },
  );
}

function queryValue(p: Parameter, ctx: FuzzContext, options: ArbitraryOptions): fc.Arbitrary<string> {
  const filters = p.name === 'filter' || p.name === 'sort' ? hostileFilters(ctx.families) : [];
  const schema = p.schema.type === 'array' && p.schema.items ? p.schema.items : p.schema;
  const text = (v: unknown) => encodeText(typeof v === 'string' ? v : JSON.stringify(v));
  return fc.oneof(
    { arbitrary: validOf(schema, options).map(text), weight: 4 },
    { arbitrary: invalidOf(schema, options).map(text), weight: 1 },
    { arbitrary: fc.constantFrom(...hostileIds(ctx.families)), weight: 1 },
    ...(filters.length > 0 ? [{ arbitrary: fc.constantFrom(...filters).map(encodeText), weight: 3 }] : []),
  );
}

interface GeneratedBody {
  body: Buffer | undefined;
  contentType: string | undefined;
  note: string;
}

function bodyArbitrary(
  op: Operation,
  ctx: FuzzContext,
  options: ArbitraryOptions,
): fc.Arbitrary<GeneratedBody> {
  const json = (note: string) => (value: unknown) => ({
    body: Buffer.from(JSON.stringify(value) ?? 'null'),
    contentType: 'application/json',
    note,
  });
  if (op.multipart) return multipartArbitrary(op, ctx, options);
  if (!op.body) {
    if (op.method === 'GET' || op.method === 'DELETE')
      return fc.constant({ body: undefined, contentType: undefined, note: 'no body' });
    return fc.oneof(
      fc.constant({ body: undefined, contentType: undefined, note: 'no body' }),
      fc.jsonValue({ maxDepth: 2 }).map(json('stray JSON body')),
    );
  }
  return fc.oneof(
    { arbitrary: validOf(op.body, options).map(json('valid body')), weight: 3 },
    { arbitrary: invalidOf(op.body, options).map(json('invalid body')), weight: 2 },
    {
      arbitrary: fc.constantFrom(
        { body: Buffer.from('name=x'), contentType: 'application/x-www-form-urlencoded', note: 'form body' },
        { body: Buffer.from('{}'), contentType: 'text/plain', note: 'text/plain' },
        {
          body: Buffer.from('{"a":1}'),
          contentType: 'application/json; charset=latin1',
          note: 'odd charset',
        },
        { body: undefined, contentType: 'application/json', note: 'empty JSON body' },
      ),
      weight: 1,
    },
  );
}

function multipartArbitrary(
  op: Operation,
  ctx: FuzzContext,
  options: ArbitraryOptions,
): fc.Arbitrary<GeneratedBody> {
  const fields = op.multipart!;
  const files = hostileFiles(ctx.families);
  const fileContent = fc.oneof(
    fc.constantFrom(...files).map((f) => f.content),
    fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
    fc
      .array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 })
      .map((lines) => Buffer.from(lines.map((l) => JSON.stringify(l)).join('\n'))),
  );
  const text = fc.oneof(
    fc.constantFrom(...options.strings),
    fc.string(),
    fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
  );
  const filePart = (name: string) =>
    fc
      .record({
        content: fileContent,
        filename: fc.constantFrom(
          'f.csv',
          'r.jsonl',
          'manifest.json',
          'x.ts',
          '../../etc/passwd',
          'icon.png',
          'ü "q".txt',
        ),
        contentType: fc.constantFrom(
          'text/csv',
          'application/json',
          'application/octet-stream',
          'image/png',
          'text/typescript',
        ),
      })
      .map((f) => ({ name, ...f }));
  const textPart = (name: string) => text.map((t) => ({ name, content: Buffer.from(t) }));
  const parts = fc.tuple(
    ...fields.files.map((name) => fc.option(filePart(name), { nil: undefined, freq: 4 })),
    ...fields.texts.map((name) => fc.option(textPart(name), { nil: undefined, freq: 4 })),
    fc.option(textPart('not_a_field'), { nil: undefined, freq: 6 }),
  );
  return fc.oneof(
    {
      arbitrary: parts.map((ps) => ({
        ...multipartBody(ps.filter((p) => p !== undefined)),
        note: 'multipart',
      })),
      weight: 5,
    },
    {
      arbitrary: fc.constant({
        body: Buffer.from('{}'),
        contentType: 'application/json',
        note: 'JSON to an upload route',
      }),
      weight: 1,
    },
    {
      arbitrary: fc.constant({
        body: Buffer.from('--x\r\n'),
        contentType: 'multipart/form-data',
        note: 'multipart without boundary',
      }),
      weight: 1,
    },
  );
}

// Text fields of the marketplace upload that must be valid for a hostile file to reach its reader.
const VALID_TEXT: Record<string, string> = {
  credential_fields: '[]',
  allowed_endpoints: '[]',
  name: 'fuzz',
  category: 'fuzz',
};

/** A valid request for an operation (real ids, a body its schema accepts): the base the sweep varies. */
export function baseRequest(op: Operation, ctx: FuzzContext): FuzzRequest {
  let url = op.path;
  for (const p of op.parameters.filter((q) => q.in === 'path')) {
    url = url.replace(`{${p.name}}`, ctx.ids[p.name]?.[0] ?? ctx.ids.id?.[0] ?? 'x');
  }
  const options = { ...arbitraryOptions(ctx), strings: [] };
  const body = op.body ? fc.sample(validOf(op.body, options), { numRuns: 1, seed: 1 })[0] : undefined;
  return {
    method: op.method,
    path: url,
    headers: op.body ? { 'content-type': 'application/json' } : {},
    ...(op.body ? { body: Buffer.from(JSON.stringify(body)) } : {}),
    note: 'base',
  };
}

/**
 * The fixed sweep: every hostile body, id, query value and file once on every operation where it fits, with
 * everything else valid, so each reaches as deep as it can.
 */
export function hostileSweep(
  op: Operation,
  ctx: FuzzContext,
  base: FuzzRequest,
  rotation: { share: number; index: number } = { share: 1, index: 0 },
): FuzzRequest[] {
  const all = allHostile(op, ctx, base);
  return all.filter((_, i) => (i + rotation.index) % rotation.share === 0);
}

function allHostile(op: Operation, ctx: FuzzContext, base: FuzzRequest): FuzzRequest[] {
  const out: FuzzRequest[] = [];
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const [pathOnly, baseQuery] = base.path.split('?') as [string, string | undefined];
  for (const p of pathParams) {
    for (const id of hostileIds(ctx.families)) {
      const real = ctx.ids[p.name]?.[0] ?? ctx.ids.id?.[0] ?? 'x';
      let url = op.path;
      for (const q of pathParams) url = url.replace(`{${q.name}}`, q === p ? id : real);
      out.push({ ...base, path: url, note: `hostile ${p.name} ${id.slice(0, 30)}` });
    }
  }
  for (const p of op.parameters.filter((q) => q.in === 'query')) {
    const values =
      p.name === 'filter' || p.name === 'sort'
        ? hostileFilters(ctx.families).map(encodeText)
        : [...hostileStrings(ctx.families).map(encodeText), ...hostileIds(ctx.families), 'x'.repeat(5000)];
    for (const value of values) {
      const query = [baseQuery, `${p.name}=${value}`].filter(Boolean).join('&');
      out.push({ ...base, path: `${pathOnly}?${query}`, note: `hostile query ${p.name}` });
    }
  }
  if (op.body) {
    for (const { name, body } of hostileBodies(ctx.families)) {
      out.push({
        ...base,
        body,
        headers: { 'content-type': 'application/json' },
        note: `hostile body: ${name}`,
      });
    }
    for (const s of hostileStrings(ctx.families)) {
      const every = fillStrings(op.body, base.body, s);
      if (every)
        out.push({
          ...base,
          body: every,
          headers: { 'content-type': 'application/json' },
          note: `every string ${JSON.stringify(s).slice(0, 30)}`,
        });
    }
  }
  if (op.multipart) {
    for (const file of hostileFiles(ctx.families)) {
      for (const field of op.multipart.files) {
        const parts: MultipartPart[] = [
          { name: field, filename: 'upload.csv', contentType: 'text/csv', content: file.content },
        ];
        for (const t of op.multipart.texts)
          parts.push({ name: t, content: Buffer.from(VALID_TEXT[t] ?? 'fuzz') });
        const { body, contentType } = multipartBody(parts);
        out.push({
          ...base,
          body,
          headers: { 'content-type': contentType },
          note: `hostile file ${field}: ${file.name}`,
        });
      }
    }
  }
  return out;
}

/** The base body with every top-level string property of the schema set to `value`, or undefined if it has none. */
function fillStrings(
  schema: NonNullable<Operation['body']>,
  base: Buffer | undefined,
  value: string,
): Buffer | undefined {
  const strings = Object.entries(schema.properties ?? {}).filter(([, s]) => s.type === 'string' && !s.enum);
  if (strings.length === 0) return undefined;
  let body: Record<string, unknown> = {};
  try {
    const parsed = base ? JSON.parse(base.toString('utf8')) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed;
  } catch {
    // the base was deliberately broken: start from an empty object
  }
  for (const [key] of strings) body[key] = value;
  return Buffer.from(JSON.stringify(body));
}
