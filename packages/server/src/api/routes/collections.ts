import {
  createCollection,
  deleteCollection,
  getCollection,
  listCollections,
  updateCollection,
} from '../../catalog/collections.js';
import type { App, AppContext } from '../context.js';
import { CollectionCreateSchema, CollectionPatchSchema, CollectionSchema } from '../schemas/collection.js';
import { ErrorBodySchema } from '../schemas/common.js';
import { CatalogIdParamsSchema } from '../schemas/resource.js';
import { registerCrudRoutes } from './crud-routes.js';

/** `/api/v1/collection/collections`: collections CRUD and membership. */
export function registerCollectionRoutes(app: App, ctx: AppContext): void {
  registerCrudRoutes(app, {
    base: '/api/v1/collection/collections',
    tag: 'collections',
    writeAccess: 'editor',
    schemas: {
      item: CollectionSchema,
      create: CollectionCreateSchema,
      patch: CollectionPatchSchema,
      params: CatalogIdParamsSchema,
    },
    writeErrors: { 413: ErrorBodySchema, 422: ErrorBodySchema },
    summaries: {
      list: 'List collections, newest first',
      create: 'Create a collection',
      get: 'Get a collection',
      update: 'Edit a collection or its members',
      delete: 'Delete a collection (its resources stay)',
    },
    list: ({ auth }, page) => listCollections(ctx.store, { workspaceId: auth.workspaceId, page }),
    create: (auth, input) => createCollection(ctx.store, { auth, input }),
    get: (workspaceId, id) => getCollection(ctx.store, workspaceId, id),
    update: (auth, id, patch) => updateCollection(ctx.store, { auth, id, patch }),
    remove: (auth, id) => deleteCollection(ctx.store, { auth, id }),
  });
}
