import Type from 'typebox';
import { deleteResource } from '../../catalog/delete-resource.js';
import { canReadDrafts } from '../../catalog/drafts.js';
import { getResourceView } from '../../catalog/read-resources.js';
import { readScopeOf } from '../../catalog/read-scope.js';
import { forCaller } from '../../catalog/resource-view.js';
import { updateResource } from '../../catalog/update-resource.js';
import type { App, AppContext } from '../context.js';
import { ERROR_RESPONSES, ErrorBodySchema } from '../schemas/common.js';
import { CatalogIdParamsSchema, ResourcePatchSchema, ResourceSchema } from '../schemas/resource.js';

/** `/api/v1/resource/all/{id}`: any resource by id, whatever its type. */
export function registerResourceRoutes(app: App, ctx: AppContext): void {
  const tags = ['catalog'];

  app.get(
    '/api/v1/resource/all/:id',
    {
      config: { access: 'guest' },
      schema: {
        tags,
        summary: 'Get a resource (stale ones included; guests: their teams’ only)',
        params: CatalogIdParamsSchema,
        response: { 200: ResourceSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) =>
      forCaller(
        await getResourceView(ctx.store, {
          workspaceId: request.auth.workspaceId,
          id: request.params.id,
          publishedOnly: !canReadDrafts(request.auth),
          scope: await readScopeOf(ctx.store, request.auth),
        }),
        request.auth.role,
      ),
  );

  app.patch(
    '/api/v1/resource/all/:id',
    {
      config: { access: 'editor' },
      schema: {
        tags,
        summary: 'Edit a resource',
        params: CatalogIdParamsSchema,
        body: ResourcePatchSchema,
        response: { 200: ResourceSchema, ...ERROR_RESPONSES, 413: ErrorBodySchema, 422: ErrorBodySchema },
      },
    },
    async (request) =>
      forCaller(
        await updateResource(ctx.store, { auth: request.auth, id: request.params.id, patch: request.body }),
        request.auth.role,
      ),
  );

  app.delete(
    '/api/v1/resource/all/:id',
    {
      config: { access: 'editor' },
      schema: {
        tags,
        summary: 'Delete a resource and everything below it',
        params: CatalogIdParamsSchema,
        response: { 204: Type.Null(), ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      await deleteResource(ctx.store, { auth: request.auth, id: request.params.id });
      return reply.status(204).send(null);
    },
  );
}
