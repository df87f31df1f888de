import type { FastifyRequest } from 'fastify';
import Type, { type Static, type TSchema } from 'typebox';

import { LiteralUnion, Nullable } from '../../lib/typebox.js';

export { LiteralUnion, Nullable };

export const ErrorBodySchema = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      details: Type.Record(Type.String(), Type.Unknown()),
    }),
  },
  { $id: 'ErrorBody', description: 'Every error answer has this shape.' },
);
export type ErrorBody = Static<typeof ErrorBodySchema>;

/** A `pattern` for text that reaches PostgreSQL, which refuses NUL bytes in text (that must be a 400, not a 500). */
export const WITHOUT_NUL = '^[^\\u0000]*$';

export const IdParamsSchema = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 200, pattern: WITHOUT_NUL }),
});

export const PageQuerySchema = Type.Object({
  // Bounded so that (page - 1) × page_size stays a valid OFFSET on both backends (an overflow was a 500).
  page: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 1_000_000_000, default: 1, description: '1-based page number' }),
  ),
  page_size: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 1000, default: 50, description: 'results per page (≤ 1000)' }),
  ),
});
export type PageQuery = Static<typeof PageQuerySchema>;

export const DEFAULT_PAGE_SIZE = 50;

/** The list envelope of compat.md §1, for items of `item`. */
export function ListEnvelope<T extends TSchema>(item: T) {
  return Type.Object({
    links: Type.Object({ next: Nullable(Type.String()), previous: Nullable(Type.String()) }),
    meta: Type.Object({
      page: Type.Integer(),
      previous_page: Nullable(Type.Integer()),
      next_page: Nullable(Type.Integer()),
    }),
    count: Type.Integer(),
    total_pages: Type.Integer(),
    results: Type.Array(item),
  });
}

export interface Page {
  page: number;
  pageSize: number;
  offset: number;
}

export function pageOf(query: PageQuery): Page {
  const page = query.page ?? 1;
  const pageSize = query.page_size ?? DEFAULT_PAGE_SIZE;
  return { page, pageSize, offset: (page - 1) * pageSize };
}

/** Wraps one page of results in the envelope, with absolute `next`/`previous` links that keep the other params. */
export function envelope<T>(request: FastifyRequest, page: Page, count: number, results: T[]) {
  const totalPages = Math.max(1, Math.ceil(count / page.pageSize));
  const nextPage = page.page < totalPages ? page.page + 1 : null;
  const previousPage = page.page > 1 ? Math.min(page.page - 1, totalPages) : null;
  const link = (target: number | null) => {
    if (target === null) return null;
    const url = new URL(request.url, `${request.protocol}://${request.host}`);
    url.searchParams.set('page', String(target));
    return url.toString();
  };
  return {
    links: { next: link(nextPage), previous: link(previousPage) },
    meta: { page: page.page, previous_page: previousPage, next_page: nextPage },
    count,
    total_pages: totalPages,
    results,
  };
}

/** Standard error answers every route may give, for its `response` schema and the OpenAPI document. */
export const ERROR_RESPONSES = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
} as const;
