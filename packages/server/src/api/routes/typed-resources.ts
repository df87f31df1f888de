import Type from 'typebox';
import { createManualResource } from '../../catalog/create-resource.js';
import { deleteResource } from '../../catalog/delete-resource.js';
import { getResourceView, listTypedResources } from '../../catalog/read-resources.js';
import { readScopeOf } from '../../catalog/read-scope.js';
import { forCaller, type ResourceView } from '../../catalog/resource-view.js';
import { updateResource } from '../../catalog/update-resource.js';
import type { App, AppContext } from '../context.js';
import { ERROR_RESPONSES, ErrorBodySchema, envelope, ListEnvelope, pageOf } from '../schemas/common.js';
import {
  CatalogIdParamsSchema,
  createResourceBodySchema,
  ResourcePatchSchema,
  TypedListQuerySchema,
  typedResourceSchema,
} from '../schemas/resource.js';

/** The typed routes of compat §6: path → the entity type it serves. */
export const TYPED_RESOURCE_ROUTES = [
  { path: '/api/v1/database/databases', entityType: 'database', tag: 'databases' },
  { path: '/api/v1/database/schemas', entityType: 'schema', tag: 'schemas' },
  { path: '/api/v1/table/tables', entityType: 'table', tag: 'tables' },
  { path: '/api/v1/table/columns', entityType: 'column', tag: 'columns' },
  { path: '/api/v1/dashboard/dashboards', entityType: 'dashboard', tag: 'dashboards' },
  { path: '/api/v1/dashboard/charts', entityType: 'chart', tag: 'charts' },
] as const;

/** List, create (hand-made), get, edit and delete, per entity type; an id of another type answers 404. */
export function registerTypedResourceRoutes(app: App, ctx: AppContext): void {
  for (const route of TYPED_RESOURCE_ROUTES) registerTypedRoute(app, ctx, route);
}

function registerTypedRoute(app: App, ctx: AppContext, route: (typeof TYPED_RESOURCE_ROUTES)[number]): void {
  const { path, entityType } = route;
  const item = typedResourceSchema(entityType);
  const tags = [route.tag];
  const WRITE_ERRORS = { ...ERROR_RESPONSES, 413: ErrorBodySchema, 422: ErrorBodySchema };

  app.get(
    path,
    {
      config: { access: 'guest' },
      schema: {
        tags,
        summary: `List ${route.tag} (filters: integration_id, parent_id, title, and their __in lists)`,
        querystring: TypedListQuerySchema,
        response: { 200: ListEnvelope(item), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const page = pageOf(request.query);
      const { results, count } = await listTypedResources(ctx.store, {
        workspaceId: request.auth.workspaceId,
        entityType,
        filters: {
          ...request.query,
          integration_id__in: splitCommas(request.query.integration_id__in),
          parent_id__in: splitCommas(request.query.parent_id__in),
          title__in: splitCommas(request.query.title__in),
        },
        scope: await readScopeOf(ctx.store, request.auth),
        page: { limit: page.pageSize, offset: page.offset },
      });
      return envelope(
        request,
        page,
        count,
        results.map((view) => forCaller(view, request.auth.role)),
      );
    },
  );

  app.post(
    path,
    {
      config: { access: 'editor' },
      schema: {
        tags,
        summary: `Create a hand-made ${entityType} (no integration)`,
        body: createResourceBodySchema(entityType),
        response: { 201: item, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const created = await createManualResource(ctx.store, {
        auth: request.auth,
        entityType,
        input: request.body,
      });
      return reply.status(201).send(asTypedItem(created, request.auth.role));
    },
  );

  app.get(
    `${path}/:id`,
    {
      config: { access: 'guest' },
      schema: {
        tags,
        summary: `Get a ${entityType}`,
        params: CatalogIdParamsSchema,
        response: { 200: item, ...ERROR_RESPONSES },
      },
    },
    async (request) =>
      asTypedItem(
        await getResourceView(ctx.store, {
          workspaceId: request.auth.workspaceId,
          id: request.params.id,
          entityType,
          scope: await readScopeOf(ctx.store, request.auth),
        }),
        request.auth.role,
      ),
  );

  app.patch(
    `${path}/:id`,
    {
      config: { access: 'editor' },
      schema: {
        tags,
        summary: `Edit a ${entityType}`,
        params: CatalogIdParamsSchema,
        body: ResourcePatchSchema,
        response: { 200: item, ...WRITE_ERRORS },
      },
    },
    async (request) =>
      asTypedItem(
        await updateResource(ctx.store, {
          auth: request.auth,
          id: request.params.id,
          entityType,
          patch: request.body,
        }),
        request.auth.role,
      ),
  );

  app.delete(
    `${path}/:id`,
    {
      config: { access: 'editor' },
      schema: {
        tags,
        summary: `Delete a ${entityType} and everything below it`,
        params: CatalogIdParamsSchema,
        response: { 204: Type.Null(), ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      await deleteResource(ctx.store, { auth: request.auth, id: request.params.id, entityType });
      return reply.status(204).send(null);
    },
  );
}

/**
 * A view of the route's entity type carries that type's extra fields (toResourceView adds them by entity type),
 * but TypeScript cannot tie the loop's entity type to one of the three answer schemas; the serializer checks.
 */
function asTypedItem(view: ResourceView, role: string): never {
  return forCaller(view, role) as never;
}

/** Django-style `field__in=a,b` (also repeated `field__in=a&field__in=b`). */
function splitCommas(values: string[] | undefined): string[] | undefined {
  return values?.flatMap((value) => value.split(',')).filter((value) => value !== '');
}
