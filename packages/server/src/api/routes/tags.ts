import { createTag, deleteTag, getTag, listTags, updateTag } from '../../catalog/tags.js';
import type { App, AppContext } from '../context.js';
import { ErrorBodySchema } from '../schemas/common.js';
import { CatalogIdParamsSchema } from '../schemas/resource.js';
import { TagCreateSchema, TagListQuerySchema, TagPatchSchema, TagSchema } from '../schemas/tag.js';
import { registerCrudRoutes } from './crud-routes.js';

/** `/api/v1/tag`: tags CRUD. Tagging a resource is a PATCH of its `tags` (ids). */
export function registerTagRoutes(app: App, ctx: AppContext): void {
  registerCrudRoutes(app, {
    base: '/api/v1/tag',
    tag: 'tags',
    writeAccess: 'editor',
    schemas: {
      item: TagSchema,
      create: TagCreateSchema,
      patch: TagPatchSchema,
      params: CatalogIdParamsSchema,
      listQuery: TagListQuerySchema,
    },
    writeErrors: { 409: ErrorBodySchema, 413: ErrorBodySchema },
    summaries: {
      list: 'List tags by name',
      create: 'Create a tag (409 when the name exists)',
      get: 'Get a tag',
      update: 'Edit a tag',
      delete: 'Delete a tag (untags its resources)',
    },
    list: ({ auth, query }, page) =>
      listTags(ctx.store, { workspaceId: auth.workspaceId, name: query.name, page }),
    create: (auth, input) => createTag(ctx.store, { auth, input }),
    get: (workspaceId, id) => getTag(ctx.store, workspaceId, id),
    update: (auth, id, patch) => updateTag(ctx.store, { auth, id, patch }),
    remove: (auth, id) => deleteTag(ctx.store, { auth, id }),
  });
}
