import Type from 'typebox';
import { listRunLogs } from '../../jobs/index.js';
import { getIntegrationSync, listIntegrationSyncs } from '../../sync/index.js';
import { emptyCounts, type SyncCounts } from '../../sync/sync-types.js';
import type { App, AppContext } from '../context.js';
import {
  ERROR_RESPONSES,
  envelope,
  IdParamsSchema,
  ListEnvelope,
  Nullable,
  PageQuerySchema,
  pageOf,
} from '../schemas/common.js';

const ProblemSchema = Type.Object({
  file: Type.Optional(Type.String()),
  line: Type.Optional(Type.Integer()),
  field: Type.Optional(Type.String()),
  message: Type.String(),
});

/** One run of an integration (a JSONL/CSV upload, an SDK run, a dbt trigger ...), as the sync routes answer it. */
export const SyncRecordSchema = Type.Object({
  id: Type.String(),
  integration_id: Type.String(),
  status: Type.Union([Type.Literal('running'), Type.Literal('succeeded'), Type.Literal('failed')]),
  dry_run: Type.Boolean(),
  source: Type.String({ description: 'jsonl, csv, sdk, dbt, connector' }),
  started_at: Type.String(),
  finished_at: Nullable(Type.String()),
  counts: Type.Object(
    Object.fromEntries(Object.keys(emptyCounts()).map((key) => [key, Type.Integer()])) as Record<
      keyof SyncCounts,
      ReturnType<typeof Type.Integer>
    >,
  ),
  warnings: Type.Array(ProblemSchema),
  error: Nullable(
    Type.Object({
      code: Type.String(),
      message: Type.String(),
      details: Type.Record(Type.String(), Type.Unknown()),
    }),
  ),
});

/** One line of a run's log: the integration's own (`log`), its http calls (`http`), or the runner's (`run`). */
const SyncLogEntrySchema = Type.Object({
  seq: Type.Integer(),
  at: Type.String(),
  kind: Type.String({ description: 'log, http or run' }),
  level: Type.String(),
  message: Type.String(),
  data: Type.Record(Type.String(), Type.Unknown(), {
    description: 'the whole entry (an http call: method, url without secrets, status, durationMs …)',
  }),
});

const SyncParamsSchema = Type.Object({
  id: IdParamsSchema.properties.id,
  sync_id: Type.String({ minLength: 1, maxLength: 200 }),
});

const BASE = '/api/v1/integration/integrations/:id/syncs';
const TAGS = ['syncs'];

/** Sextant extension: the sync records of an integration (viewers may read them). */
export function registerSyncRoutes(app: App, ctx: AppContext): void {
  app.get(
    BASE,
    {
      schema: {
        tags: TAGS,
        summary: "An integration's syncs, newest first",
        params: IdParamsSchema,
        querystring: PageQuerySchema,
        response: { 200: ListEnvelope(SyncRecordSchema), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const page = pageOf(request.query);
      const { count, results } = await listIntegrationSyncs(ctx.store, {
        workspaceId: request.auth.workspaceId,
        integrationId: request.params.id,
        offset: page.offset,
        limit: page.pageSize,
      });
      return envelope(request, page, count, results);
    },
  );

  app.get(
    `${BASE}/:sync_id`,
    {
      schema: {
        tags: TAGS,
        summary: 'One sync: status, times, counts, warnings and error',
        params: SyncParamsSchema,
        response: { 200: SyncRecordSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) =>
      getIntegrationSync(ctx.store, {
        workspaceId: request.auth.workspaceId,
        integrationId: request.params.id,
        syncId: request.params.sync_id,
      }),
  );

  app.get(
    `${BASE}/:sync_id/logs`,
    {
      schema: {
        tags: TAGS,
        summary: "A run's log lines and http call log, oldest first",
        params: SyncParamsSchema,
        querystring: PageQuerySchema,
        response: { 200: ListEnvelope(SyncLogEntrySchema), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const page = pageOf(request.query);
      const { count, results } = await listRunLogs(ctx.store, {
        workspaceId: request.auth.workspaceId,
        integrationId: request.params.id,
        syncId: request.params.sync_id,
        offset: page.offset,
        limit: page.pageSize,
      });
      return envelope(request, page, count, results);
    },
  );
}
