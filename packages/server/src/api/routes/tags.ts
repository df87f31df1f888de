import Type from 'typebox';
import { createTag, deleteTag, getTag, listTags, updateTag } from '../../catalog/tags.js';
import type { App, AppContext } from '../context.js';
import { ERROR_RESPONSES, ErrorBodySchema, envelope, ListEnvelope, pageOf } from '../schemas/common.js';
import { CatalogIdParamsSchema } from '../schemas/resource.js';
import { TagCreateSchema, TagListQuerySchema, TagPatchSchema, TagSchema } from '../schemas/tag.js';

/** `/api/v1/tag`: tags CRUD. Tagging a resource is a PATCH of its `tags` (ids). */
export function registerTagRoutes(app: App, ctx: AppContext): void {
  const tags = ['tags'];
  const WRITE_ERRORS = { ...ERROR_RESPONSES, 409: ErrorBodySchema, 413: ErrorBodySchema };

  app.get(
    '/api/v1/tag',
    {
      schema: {
        tags,
        summary: 'List tags by name',
        querystring: TagListQuerySchema,
        response: { 200: ListEnvelope(TagSchema), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const page = pageOf(request.query);
      const { results, count } = await listTags(ctx.store, {
        workspaceId: request.auth.workspaceId,
        name: request.query.name,
        page: { limit: page.pageSize, offset: page.offset },
      });
      return envelope(request, page, count, results);
    },
  );

  app.post(
    '/api/v1/tag',
    {
      config: { access: 'editor' },
      schema: {
        tags,
        summary: 'Create a tag (409 when the name exists)',
        body: TagCreateSchema,
        response: { 201: TagSchema, ...WRITE_ERRORS },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createTag(ctx.store, { auth: request.auth, input: request.body })),
  );

  app.get(
    '/api/v1/tag/:id',
    {
      schema: {
        tags,
        summary: 'Get a tag',
        params: CatalogIdParamsSchema,
        response: { 200: TagSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => getTag(ctx.store, request.auth.workspaceId, request.params.id),
  );

  app.patch(
    '/api/v1/tag/:id',
    {
      config: { access: 'editor' },
      schema: {
        tags,
        summary: 'Edit a tag',
        params: CatalogIdParamsSchema,
        body: TagPatchSchema,
        response: { 200: TagSchema, ...WRITE_ERRORS },
      },
    },
    async (request) =>
      updateTag(ctx.store, { auth: request.auth, id: request.params.id, patch: request.body }),
  );

  app.delete(
    '/api/v1/tag/:id',
    {
      config: { access: 'editor' },
      schema: {
        tags,
        summary: 'Delete a tag (untags its resources)',
        params: CatalogIdParamsSchema,
        response: { 204: Type.Null(), ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      await deleteTag(ctx.store, { auth: request.auth, id: request.params.id });
      return reply.status(204).send(null);
    },
  );
}
