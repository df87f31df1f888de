import { isUtf8 } from 'node:buffer';
import type { FastifyInstance } from 'fastify';
import { InputError } from '../../errors/index.js';
import { firstInvalidUtf8 } from '../../lib/first-invalid-utf8.js';

/**
 * JSON bodies as Fastify parses them (empty and malformed bodies, prototype poisoning refused), but read as bytes
 * and refused when they are not UTF-8 (RFC 8259 §8.1): decoding them as text would turn invalid bytes into U+FFFD
 * silently, and the catalog would store what the client never sent. The check is one native `isUtf8`; the error
 * names the byte offset of the first invalid sequence.
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const bytes = body as Buffer;
    if (!isUtf8(bytes)) {
      const offset = firstInvalidUtf8(bytes);
      done(
        new InputError('invalid_json', `the body is not valid UTF-8 at byte ${offset}`, { offset }),
        undefined,
      );
      return;
    }
    if (request.routeOptions.config.rawJsonBody === true && bytes.length > 0) {
      done(null, new RawJsonBody(bytes));
      return;
    }
    parseJson(request, bytes as unknown as string, (error: Error | null, value?: unknown) => {
      // JSON text can only carry NUL escaped, so a body without the escape holds none: the text check
      // (text-input.ts) need not walk it. A 4 MB OpenLineage batch cost 0.25 ms per event to walk.
      if (!error && typeof value === 'object' && value !== null && bytes.indexOf('\\u0000') === -1)
        WITHOUT_NUL.add(value);
      done(error, value);
    });
  });
}

const WITHOUT_NUL = new WeakSet<object>();

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The JSON body reaches the handler as a RawJsonBody (its UTF-8 bytes, not parsed), for a route that parses it
     * itself (OpenLineage receipt: most of a large body is stored as received). The route's body schema then
     * documents the body but does not validate it (the route checks it); NUL escapes are the route's to refuse.
     */
    rawJsonBody?: boolean;
  }
}

/**
 * The bytes of a JSON body (checked to be UTF-8, not decoded or parsed), for a route with `config.rawJsonBody`,
 * which refuses invalid JSON, prototype poisoning (lib/json-poison.ts) and NUL escapes itself, as the parser and
 * the text check would.
 */
export class RawJsonBody {
  constructor(readonly bytes: Buffer) {
    WITHOUT_NUL.add(this);
  }
}

/** True when this parsed body came from JSON text with no `\u0000` escape: no string or key in it holds NUL. */
export function isKnownWithoutNul(body: unknown): boolean {
  return typeof body === 'object' && body !== null && WITHOUT_NUL.has(body);
}
