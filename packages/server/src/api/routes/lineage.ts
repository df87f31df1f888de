import Type, { type Static } from 'typebox';
import { buildLineageGraph, impactToCsv, listImpact } from '../../lineage/graph/index.js';
import {
  createManualLineage,
  deleteManualLineage,
  getLineageEdge,
  listLineage,
} from '../../lineage/manual/index.js';
import { lineageFromQuery, type QueryLineageMode } from '../../lineage/query/index.js';
import type { App, AppContext } from '../context.js';
import {
  ERROR_RESPONSES,
  ErrorBodySchema,
  envelope,
  IdParamsSchema,
  ListEnvelope,
  pageOf,
} from '../schemas/common.js';
import {
  ImpactQuerySchema,
  ImpactSchema,
  LineageGraphQuerySchema,
  LineageGraphSchema,
  ManualLineageCreateSchema,
  ManualLineageListQuerySchema,
  ManualLineageSchema,
  QueryLineageAnswerSchema,
  QueryLineageBodySchema,
  QueryLineageQuerySchema,
} from '../schemas/lineage.js';

const tags = ['lineage'];
const WRITE_ERRORS = { ...ERROR_RESPONSES, 409: ErrorBodySchema, 413: ErrorBodySchema, 422: ErrorBodySchema };

/** `/api/v1/lineage/...`: manual lineage, lineage from SQL, and Sextant's graph and impact extensions. */
export function registerLineageRoutes(app: App, ctx: AppContext): void {
  registerManualLineageRoutes(app, ctx);
  registerQueryLineageRoutes(app, ctx);
  registerGraphRoutes(app, ctx);
}

function registerManualLineageRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/lineage/manual',
    {
      schema: {
        tags,
        summary: 'List lineage edges (each in the direction that matches the filters)',
        querystring: ManualLineageListQuerySchema,
        response: { 200: ListEnvelope(ManualLineageSchema), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const page = pageOf(request.query);
      const { results, count } = await listLineage(ctx.store, {
        workspaceId: request.auth.workspaceId,
        filter: {
          fromIds: splitCommas(request.query.from_entity__in),
          toIds: splitCommas(request.query.to_entity__in),
        },
        limit: page.pageSize,
        offset: page.offset,
      });
      return envelope(request, page, count, results);
    },
  );

  app.post(
    '/api/v1/lineage/manual',
    {
      config: { access: 'editor' },
      schema: {
        tags,
        summary: 'Create manual lineage (the opposite direction is answered automatically)',
        body: ManualLineageCreateSchema,
        response: { 201: ManualLineageSchema, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const created = await createManualLineage(ctx.store, { auth: request.auth, lineage: request.body });
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/v1/lineage/manual/:id',
    {
      schema: {
        tags,
        summary: 'Get a lineage edge',
        params: IdParamsSchema,
        response: { 200: ManualLineageSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) =>
      getLineageEdge(ctx.store, { workspaceId: request.auth.workspaceId, id: request.params.id }),
  );

  app.delete(
    '/api/v1/lineage/manual/:id',
    {
      config: { access: 'editor' },
      schema: {
        tags,
        summary: 'Delete manual lineage (both directions); other edges answer 403',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      await deleteManualLineage(ctx.store, { auth: request.auth, id: request.params.id });
      return reply.status(204).send(null);
    },
  );
}

function registerQueryLineageRoutes(app: App, ctx: AppContext): void {
  const path = '/api/v1/lineage/lineage_from_query';
  app.get(
    path,
    {
      schema: {
        tags,
        summary: 'Preview the lineage of a SQL query resolved against the catalog (writes nothing)',
        querystring: QueryLineageQuerySchema,
        response: { 200: QueryLineageAnswerSchema, ...ERROR_RESPONSES, 422: ErrorBodySchema },
      },
    },
    async (request) =>
      lineageFromQuery(ctx.store, { auth: request.auth, input: request.query, mode: 'preview' }),
  );
  const writes: Array<{ method: 'post' | 'patch'; mode: QueryLineageMode; summary: string }> = [
    { method: 'post', mode: 'create', summary: 'Record the lineage of a SQL query' },
    {
      method: 'patch',
      mode: 'replace',
      summary: "Record the lineage of a SQL query, replacing the target's non-manual upstream lineage",
    },
  ];
  for (const write of writes) {
    app[write.method](
      path,
      {
        config: { access: 'editor' },
        schema: {
          tags,
          summary: write.summary,
          body: QueryLineageBodySchema,
          response: { 200: QueryLineageAnswerSchema, ...WRITE_ERRORS },
        },
      },
      // Both writes answer 200, as Secoda documents for POST (compat.md §8), not 201.
      async (request) =>
        lineageFromQuery(ctx.store, {
          auth: request.auth,
          input: request.body,
          mode: write.mode,
        }),
    );
  }
}

function registerGraphRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/lineage/graph',
    {
      schema: {
        tags,
        summary: 'Sextant extension: the lineage graph around a resource, with hidden-neighbour counts',
        querystring: LineageGraphQuerySchema,
        response: { 200: LineageGraphSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) =>
      buildLineageGraph(ctx.store, {
        workspaceId: request.auth.workspaceId,
        resourceId: request.query.resource_id,
        direction: request.query.direction ?? 'both',
        depth: request.query.depth ?? 3,
        level: request.query.level ?? 'table',
      }),
  );

  app.get(
    '/api/v1/lineage/impact',
    {
      schema: {
        tags,
        summary: 'Sextant extension: every downstream asset with its distance (JSON or CSV)',
        querystring: ImpactQuerySchema,
        response: { 200: ImpactSchema, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const impact = await listImpact(ctx.store, {
        workspaceId: request.auth.workspaceId,
        resourceId: request.query.resource_id,
        entityType: request.query.entity_type,
        integrationId: request.query.integration_id,
        depth: request.query.depth,
      });
      if (request.query.format === 'csv') {
        // Text with a non-JSON content type is sent as is; the JSON response schema does not apply to it.
        const csv = impactToCsv(impact.assets) as unknown as Static<typeof ImpactSchema>;
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="impact-${impact.root.id}.csv"`)
          .send(csv);
      }
      return {
        root: { ...impact.root, distance: 0 },
        level: impact.level,
        truncated: impact.truncated,
        count: impact.assets.length,
        results: impact.assets,
      };
    },
  );
}

/** `?x__in=a,b` arrives as `['a,b']` (or several values); absent stays absent. */
/** `a,b` and repeated parameters as one id list; a parameter with no id in it (`?to_entity__in=`) is no filter. */
function splitCommas(values: string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  const ids = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
  return ids.length > 0 ? ids : undefined;
}
