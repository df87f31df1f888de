import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { InputError, SextantError, UnsupportedMediaTypeError } from '../errors/index.js';

/**
 * A body that is not valid multipart (no boundary, cut off before its closing boundary) makes the parser throw
 * plain errors: they are the client's, so they answer 400 instead of 500. Our errors and the multipart plugin's
 * coded ones (413 limits) keep their status.
 */
export function asClientError(error: unknown): unknown {
  if (error instanceof SextantError) return error;
  const coded = error as { code?: unknown; statusCode?: unknown };
  if (
    typeof coded?.statusCode === 'number' ||
    (typeof coded?.code === 'string' && coded.code.startsWith('FST_'))
  )
    return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new InputError('invalid_request', `the multipart body cannot be read: ${reason}`);
}

/** Upload routes take multipart/form-data only: a JSON (or any other) body is a 415, as docs/errors.md says. */
export function requireMultipart(request: FastifyRequest, fields: string[]): void {
  if (request.isMultipart()) return;
  throw new UnsupportedMediaTypeError(
    'unsupported_media_type',
    `send multipart/form-data with the field(s) ${fields.join(', ')}`,
    { contentType: request.headers['content-type'] ?? null },
  );
}

const CHECK_EVERY_MS = 200;

/**
 * Runs `read` on a file part, and fails it with a 400 naming the field if the body was cut off before the part's
 * closing boundary. The multipart parser leaves such a part's stream without `end` or `error` (sometimes destroyed,
 * sometimes just open), so whoever reads it would wait until the client gives up. A part is cut off when its
 * stream was destroyed before its end, or when the request has been read to its end and the part, still open,
 * has had nothing to read for two checks. `signal` aborts the reader's own streams (e.g. a file being written).
 */
export async function readFilePart<T>(
  request: FastifyRequest,
  part: MultipartFile,
  read: (part: MultipartFile, signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const cutOff = new Promise<never>((_, reject) => {
    let idleChecks = 0;
    timer = setInterval(() => {
      const file = part.file;
      if (file.readableEnded) return clearInterval(timer);
      const idle = request.raw.readableEnded && file.readableLength === 0;
      idleChecks = idle ? idleChecks + 1 : 0;
      if (!file.destroyed && idleChecks < 2) return;
      clearInterval(timer);
      const error = new InputError(
        'invalid_request',
        `multipart field "${part.fieldname}": the body ended before the part's closing boundary`,
        { field: part.fieldname },
      );
      controller.abort(error);
      file.destroy();
      reject(error);
    }, CHECK_EVERY_MS);
  });
  const work = read(part, controller.signal);
  work.catch(() => {}); // when the cut-off wins the race, the reader's own rejection has no one to hear it
  try {
    return await Promise.race([work, cutOff]);
  } finally {
    clearInterval(timer);
  }
}
