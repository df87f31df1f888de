import {
  getColumnProfile,
  getProfileSchedule,
  getQualityScore,
  listTableProfileViews,
  previewTable,
  profileTable,
  putProfileSchedule,
} from '../../quality/index.js';
import type { App, AppContext } from '../context.js';
import { ERROR_RESPONSES, envelope, IdParamsSchema, pageOf } from '../schemas/common.js';
import {
  ColumnProfileAnswerSchema,
  ProfileListQuerySchema,
  ProfileRunBodySchema,
  ProfileScheduleBodySchema,
  ProfileScheduleSchema,
  QualityScoreSchema,
  TablePreviewSchema,
  TableProfileListSchema,
  TableProfileSchema,
} from '../schemas/quality.js';

const BASE = '/api/v1/quality';
const TAGS = ['quality'];

/** Column profiles of connector-backed tables (docs/quality.md). */
export function registerQualityRoutes(app: App, ctx: AppContext): void {
  app.post(
    `${BASE}/tables/:id/profiles`,
    {
      config: { access: 'editor' },
      schema: {
        tags: TAGS,
        summary: 'Profile a table now (read-only, sampled when large); answers the stored profile',
        params: IdParamsSchema,
        body: ProfileRunBodySchema,
        response: { 201: TableProfileSchema, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const profile = await profileTable(ctx.store.db, ctx.secrets, {
        workspaceId: request.auth.workspaceId,
        resourceId: request.params.id,
        trigger: 'manual',
        profile: {
          samplePercent: request.body?.sample_percent,
          statementTimeoutMs: request.body?.statement_timeout_ms,
        },
      });
      return reply.status(201).send(profile);
    },
  );

  app.get(
    `${BASE}/tables/:id/profiles`,
    {
      schema: {
        tags: TAGS,
        summary: "A table's profiles, newest first",
        params: IdParamsSchema,
        querystring: ProfileListQuerySchema,
        response: { 200: TableProfileListSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const page = pageOf(request.query);
      const { views, count } = await listTableProfileViews(ctx.store.db, {
        workspaceId: request.auth.workspaceId,
        resourceId: request.params.id,
        limit: page.pageSize,
        offset: page.offset,
      });
      return envelope(request, page, count, views);
    },
  );

  app.get(
    `${BASE}/columns/:id/profile`,
    {
      schema: {
        tags: TAGS,
        summary: "A column's figures from its table's newest profile",
        params: IdParamsSchema,
        response: { 200: ColumnProfileAnswerSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => getColumnProfile(ctx.store.db, request.auth.workspaceId, request.params.id),
  );

  app.get(
    `${BASE}/tables/:id/preview`,
    {
      // Viewers reach the handler: the integration's preview_role (default editor) decides.
      config: { access: 'viewer' },
      schema: {
        tags: TAGS,
        summary: 'The first 50 rows (PII columns masked, never read); audited',
        params: IdParamsSchema,
        response: { 200: TablePreviewSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => previewTable(ctx.store.db, ctx.secrets, request.auth, request.params.id),
  );

  app.get(
    `${BASE}/tables/:id/score`,
    {
      schema: {
        tags: TAGS,
        summary: "The table's Data Quality Score (stewardship, usability, freshness, reliability)",
        params: IdParamsSchema,
        response: { 200: QualityScoreSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => getQualityScore(ctx.store.db, request.auth.workspaceId, request.params.id),
  );

  app.get(
    `${BASE}/tables/:id/profile_schedule`,
    {
      schema: {
        tags: TAGS,
        summary: "The table's profile schedule (null when it has none)",
        params: IdParamsSchema,
        response: { 200: ProfileScheduleSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => getProfileSchedule(ctx.store.db, request.auth.workspaceId, request.params.id),
  );

  app.put(
    `${BASE}/tables/:id/profile_schedule`,
    {
      config: { access: 'editor' },
      schema: {
        tags: TAGS,
        summary: 'Profile the table every N hours (null frequency removes the schedule)',
        params: IdParamsSchema,
        body: ProfileScheduleBodySchema,
        response: { 200: ProfileScheduleSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => putProfileSchedule(ctx.store.db, request.auth, request.params.id, request.body),
  );
}
