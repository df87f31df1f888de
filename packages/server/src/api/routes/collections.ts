import Type from 'typebox';
import {
  createCollection,
  deleteCollection,
  getCollection,
  listCollections,
  updateCollection,
} from '../../catalog/collections.js';
import type { App, AppContext } from '../context.js';
import { CollectionCreateSchema, CollectionPatchSchema, CollectionSchema } from '../schemas/collection.js';
import {
  ERROR_RESPONSES,
  ErrorBodySchema,
  envelope,
  ListEnvelope,
  PageQuerySchema,
  pageOf,
} from '../schemas/common.js';
import { CatalogIdParamsSchema } from '../schemas/resource.js';

const BASE = '/api/v1/collection/collections';

/** `/api/v1/collection/collections`: collections CRUD and membership. */
export function registerCollectionRoutes(app: App, ctx: AppContext): void {
  const tags = ['collections'];
  const WRITE_ERRORS = { ...ERROR_RESPONSES, 413: ErrorBodySchema, 422: ErrorBodySchema };

  app.get(
    BASE,
    {
      schema: {
        tags,
        summary: 'List collections, newest first',
        querystring: PageQuerySchema,
        response: { 200: ListEnvelope(CollectionSchema), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const page = pageOf(request.query);
      const { results, count } = await listCollections(ctx.store, {
        workspaceId: request.auth.workspaceId,
        page: { limit: page.pageSize, offset: page.offset },
      });
      return envelope(request, page, count, results);
    },
  );

  app.post(
    BASE,
    {
      config: { access: 'editor' },
      schema: {
        tags,
        summary: 'Create a collection',
        body: CollectionCreateSchema,
        response: { 201: CollectionSchema, ...WRITE_ERRORS },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCollection(ctx.store, { auth: request.auth, input: request.body })),
  );

  app.get(
    `${BASE}/:id`,
    {
      schema: {
        tags,
        summary: 'Get a collection',
        params: CatalogIdParamsSchema,
        response: { 200: CollectionSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => getCollection(ctx.store, request.auth.workspaceId, request.params.id),
  );

  app.patch(
    `${BASE}/:id`,
    {
      config: { access: 'editor' },
      schema: {
        tags,
        summary: 'Edit a collection or its members',
        params: CatalogIdParamsSchema,
        body: CollectionPatchSchema,
        response: { 200: CollectionSchema, ...WRITE_ERRORS },
      },
    },
    async (request) =>
      updateCollection(ctx.store, { auth: request.auth, id: request.params.id, patch: request.body }),
  );

  app.delete(
    `${BASE}/:id`,
    {
      config: { access: 'editor' },
      schema: {
        tags,
        summary: 'Delete a collection (its resources stay)',
        params: CatalogIdParamsSchema,
        response: { 204: Type.Null(), ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      await deleteCollection(ctx.store, { auth: request.auth, id: request.params.id });
      return reply.status(204).send(null);
    },
  );
}
