import type { FastifyInstance, FastifyRequest } from 'fastify';
import { assertWithoutNul } from '../../lib/find-nul-field.js';
import { isKnownWithoutNul } from './json-body.js';

export { assertWithoutNul };

/**
 * The one edge for text (issue 16): PostgreSQL cannot store NUL in text and SQLite stores it where nothing can
 * match it again, so every string of every path parameter, query string and JSON body is checked once, after
 * parsing and before schema validation, on every route (public ones too). Multipart text fields are checked where
 * they are read (marketplace-form.ts); imported records in sync/prepared-record.ts.
 */
export function registerTextInputChecks(app: FastifyInstance): void {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    assertWithoutNul(request.params, 'params');
    assertWithoutNul(request.query, 'query');
    if (!isKnownWithoutNul(request.body)) assertWithoutNul(request.body, 'body');
  });
}
