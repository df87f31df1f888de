import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type ErrorCode, SextantError } from '../../errors/index.js';

interface ErrorAnswer {
  status: number;
  code: ErrorCode;
  message: string;
  details: Record<string, unknown>;
}

// Fastify's own client-error codes, mapped to ours. Anything 4xx not listed keeps its status as `invalid_request`.
const FASTIFY_CODES: Record<string, { status: number; code: ErrorCode }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'invalid_json' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'invalid_json' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'invalid_request' },
  FST_REQ_FILE_TOO_LARGE: { status: 413, code: 'payload_too_large' },
  FST_PARTS_LIMIT: { status: 413, code: 'payload_too_large' },
  FST_FILES_LIMIT: { status: 413, code: 'payload_too_large' },
  FST_FIELDS_LIMIT: { status: 413, code: 'payload_too_large' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { status: 415, code: 'unsupported_media_type' },
};

// PostgreSQL errors that only bad input can cause (a NUL byte in text, a number out of range, text that is not a
// number): the input is at fault, so they answer 400 rather than 500. SQLite accepts all of these values.
const POSTGRES_INPUT_ERRORS = new Set(['22021', '22P05', '22P02', '22003', '22007', '22008', '54000']);

const BUSY_RETRY_AFTER_SECONDS = 5;

/** The one place that turns errors into `{"error":{code,message,details}}` answers (STYLE.md: Errors). */
export function toErrorAnswer(error: unknown): ErrorAnswer {
  if (error instanceof SextantError) {
    return { status: error.status, code: error.code, message: error.message, details: error.details };
  }
  const fastifyError = error as FastifyError;
  if (fastifyError?.validation) {
    const where = fastifyError.validationContext ?? 'request';
    const problems = fastifyError.validation.map((v) => ({
      in: where,
      field: fieldOf(v.instancePath, v.params as Record<string, unknown>),
      message: v.message ?? 'is invalid',
    }));
    const first = problems[0];
    const message = first
      ? `${where}${first.field ? `.${first.field}` : ''} ${first.message}`
      : 'invalid request';
    return { status: 400, code: 'validation_failed', message, details: { problems } };
  }
  if (fastifyError?.code && FASTIFY_CODES[fastifyError.code]) {
    const mapped = FASTIFY_CODES[fastifyError.code]!;
    return { ...mapped, message: fastifyError.message, details: {} };
  }
  const sqlState = (error as { code?: unknown })?.code;
  if (
    typeof sqlState === 'string' &&
    POSTGRES_INPUT_ERRORS.has(sqlState) &&
    error?.constructor?.name === 'DatabaseError'
  ) {
    return {
      status: 400,
      code: 'invalid_request',
      message: 'a value in the request cannot be stored',
      details: {},
    };
  }
  if (
    typeof sqlState === 'string' &&
    sqlState.startsWith('SQLITE_BUSY') &&
    error?.constructor?.name === 'SqliteError'
  ) {
    // Another process (a `serve --workers` sibling, a CLI import) held SQLite's one write lock past the busy
    // timeout: the request was fine and can be retried, so 503 with Retry-After, not a 500 (soak benchmark).
    return {
      status: 503,
      code: 'unavailable',
      message: 'the database is busy with another write (an import?); retry shortly',
      details: { retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS },
    };
  }
  if (
    typeof fastifyError?.statusCode === 'number' &&
    fastifyError.statusCode >= 400 &&
    fastifyError.statusCode < 500
  ) {
    return {
      status: fastifyError.statusCode,
      code: 'invalid_request',
      message: fastifyError.message,
      details: {},
    };
  }
  return { status: 500, code: 'internal_error', message: 'internal error; see the server log', details: {} };
}

function fieldOf(instancePath: string, params: Record<string, unknown>): string {
  const path = instancePath.replace(/^\//, '').replaceAll('/', '.');
  const extra = (params.missingProperty ?? params.additionalProperty) as string | undefined;
  return [path, extra].filter(Boolean).join('.');
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const answer = toErrorAnswer(error);
    if (answer.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: answer.code, status: answer.status }, answer.message);
    if (
      (answer.status === 429 || answer.status === 503) &&
      typeof answer.details.retryAfterSeconds === 'number'
    ) {
      reply.header('Retry-After', String(answer.details.retryAfterSeconds));
    }
    // An error answered before the body was read to its end (a multipart upload refused at its first file part)
    // leaves the rest of the body unread on the socket: a kept-alive connection would then never read the client's
    // next request. Close it after this answer instead.
    if (!request.raw.complete) reply.header('Connection', 'close');
    return reply
      .status(answer.status)
      .type('application/json; charset=utf-8')
      .send({ error: { code: answer.code, message: answer.message, details: answer.details } });
  });
  app.setNotFoundHandler((request, reply) => {
    return reply.status(404).send({
      error: {
        code: 'route_not_found',
        message: `no route ${request.method} ${request.url.split('?')[0]}`,
        details: {},
      },
    });
  });
}
