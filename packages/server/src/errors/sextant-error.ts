import type { ErrorCode } from './codes.js';

/**
 * Base of every error the catalog throws on purpose. The HTTP status is decided once, at the edge
 * (api/plugins/error-handler.ts), from the subclass; `code` is stable and documented in docs/errors.md.
 */
export abstract class SextantError extends Error {
  abstract readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class InputError extends SextantError {
  readonly status = 400;
}
export class AuthenticationError extends SextantError {
  readonly status = 401;
}
export class ForbiddenError extends SextantError {
  readonly status = 403;
}
/** Also used for "exists, but not in your workspace": existence is never leaked. */
export class NotFoundError extends SextantError {
  readonly status = 404;
}
export class ConflictError extends SextantError {
  readonly status = 409;
}
export class PayloadTooLargeError extends SextantError {
  readonly status = 413;
}
export class UnsupportedMediaTypeError extends SextantError {
  readonly status = 415;
}
export class UnprocessableError extends SextantError {
  readonly status = 422;
}
export class RateLimitedError extends SextantError {
  readonly status = 429;
}
export class UnavailableError extends SextantError {
  readonly status = 503;
}
