import Type from 'typebox';
import {
  createIntegration,
  deleteIntegration,
  getIntegrationView,
  type IntegrationServices,
  listIntegrationViews,
  updateIntegration,
} from '../../integrations/index.js';
import type { App, AppContext } from '../context.js';
import { ERROR_RESPONSES, envelope, IdParamsSchema, pageOf } from '../schemas/common.js';
import {
  CreateIntegrationBodySchema,
  IntegrationListQuerySchema,
  IntegrationListSchema,
  IntegrationSchema,
  UpdateIntegrationBodySchema,
} from '../schemas/integration.js';

const BASE = '/api/v1/integration/integrations';
const TAGS = ['integrations'];

/** compat.md §6 integrations: viewers list and read, admins create, change and delete (the default for writes). */
export function registerIntegrationRoutes(app: App, ctx: AppContext): void {
  const services: IntegrationServices = { db: ctx.store.db, secrets: ctx.secrets };

  app.get(
    BASE,
    {
      schema: {
        tags: TAGS,
        summary: 'List integrations, optionally of one type',
        querystring: IntegrationListQuerySchema,
        response: { 200: IntegrationListSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const page = pageOf(request.query);
      const { views, count } = await listIntegrationViews(services, {
        workspaceId: request.auth.workspaceId,
        types: typesOf(request.query),
        limit: page.pageSize,
        offset: page.offset,
      });
      return envelope(request, page, count, views);
    },
  );

  app.post(
    BASE,
    {
      schema: {
        tags: TAGS,
        summary: 'Create an integration (credentials are stored encrypted)',
        body: CreateIntegrationBodySchema,
        response: { 201: IntegrationSchema, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const view = await createIntegration(services, request.auth, request.body);
      return reply.status(201).send(view);
    },
  );

  app.get(
    `${BASE}/:id`,
    {
      schema: {
        tags: TAGS,
        summary: 'One integration',
        params: IdParamsSchema,
        response: { 200: IntegrationSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => getIntegrationView(services, request.auth.workspaceId, request.params.id),
  );

  app.patch(
    `${BASE}/:id`,
    {
      schema: {
        tags: TAGS,
        summary:
          'Change an integration (Sextant extension): name, teams, credentials (merged), policy, schedule',
        params: IdParamsSchema,
        body: UpdateIntegrationBodySchema,
        response: { 200: IntegrationSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => updateIntegration(services, request.auth, request.params.id, request.body),
  );

  app.delete(
    `${BASE}/:id`,
    {
      schema: {
        tags: TAGS,
        summary: 'Delete an integration with all its resources, lineage and syncs',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      await deleteIntegration(services, request.auth, request.params.id);
      return reply.status(204).send(null);
    },
  );
}

/** `type` and `type__in` together mean both must hold: the types listed in `type__in` that equal `type`. */
function typesOf(query: { type?: string | undefined; type__in?: string | undefined }): string[] | undefined {
  const listed = query.type__in
    ?.split(',')
    .map((type) => type.trim())
    .filter(Boolean);
  if (query.type === undefined) return listed;
  return listed ? listed.filter((type) => type === query.type) : [query.type];
}
