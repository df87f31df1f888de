import {
  approveMarketplaceVersion,
  listReviewQueue,
  rejectMarketplaceVersion,
  submitMarketplaceVersion,
} from '../../marketplace/index.js';
import type { App, AppContext } from '../context.js';
import { ERROR_RESPONSES, ErrorBodySchema, envelope, PageQuerySchema, pageOf } from '../schemas/common.js';
import {
  MarketplaceVersionSchema,
  RejectBodySchema,
  ReviewQueueSchema,
  VersionParamsSchema,
} from '../schemas/marketplace.js';

const BASE = '/api/v1/marketplace';
const TAGS = ['marketplace'];

/** Publishing: owners submit versions; reviewers (admins of the first workspace) read the queue and decide. */
export function registerMarketplaceReviewRoutes(app: App, ctx: AppContext): void {
  const db = ctx.store.db;
  const versionRoute = (action: string) => `${BASE}/integrations/:id/versions/:version/${action}`;
  const REVIEW_RESPONSES = { 200: MarketplaceVersionSchema, ...ERROR_RESPONSES, 409: ErrorBodySchema };

  app.post(
    versionRoute('submit'),
    {
      schema: {
        tags: TAGS,
        summary: 'Submit a version of your own integration for review',
        params: VersionParamsSchema,
        response: REVIEW_RESPONSES,
      },
    },
    async (request) => submitMarketplaceVersion(db, request.auth, request.params),
  );

  app.post(
    versionRoute('approve'),
    {
      schema: {
        tags: TAGS,
        summary: 'Approve a submitted version (reviewers: admins of the first workspace)',
        params: VersionParamsSchema,
        response: REVIEW_RESPONSES,
      },
    },
    async (request) => approveMarketplaceVersion(db, request.auth, request.params),
  );

  app.post(
    versionRoute('reject'),
    {
      schema: {
        tags: TAGS,
        summary: 'Reject a submitted version with a note (reviewers)',
        params: VersionParamsSchema,
        body: RejectBodySchema,
        response: REVIEW_RESPONSES,
      },
    },
    async (request) =>
      rejectMarketplaceVersion(db, request.auth, { ...request.params, note: request.body.note }),
  );

  app.get(
    `${BASE}/reviews`,
    {
      config: { access: 'admin' },
      schema: {
        tags: TAGS,
        summary: 'Versions waiting for review, on the whole server (reviewers)',
        querystring: PageQuerySchema,
        response: { 200: ReviewQueueSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const page = pageOf(request.query);
      const { views, count } = await listReviewQueue(db, request.auth, {
        limit: page.pageSize,
        offset: page.offset,
      });
      return envelope(request, page, count, views);
    },
  );
}
