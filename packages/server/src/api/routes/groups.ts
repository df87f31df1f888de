import Type from 'typebox';
import {
  type AccountServices,
  createGroup,
  deleteGroup,
  getGroupView,
  listGroupViews,
  updateGroup,
} from '../../accounts/index.js';
import type { App, AppContext } from '../context.js';
import {
  ERROR_RESPONSES,
  ErrorBodySchema,
  envelope,
  IdParamsSchema,
  PageQuerySchema,
  pageOf,
} from '../schemas/common.js';
import {
  CreateGroupBodySchema,
  GroupListSchema,
  GroupSchema,
  UpdateGroupBodySchema,
} from '../schemas/group.js';

const BASE = '/api/v1/auth/group';
const TAGS = ['groups'];

/** compat.md §6 `/auth/group`: viewers list and read; admins manage groups and their members. */
export function registerGroupRoutes(app: App, ctx: AppContext): void {
  const services: AccountServices = { db: ctx.store.db, flags: ctx.store.flags };

  app.get(
    BASE,
    {
      schema: {
        tags: TAGS,
        summary: 'List groups with their members',
        querystring: PageQuerySchema,
        response: { 200: GroupListSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const page = pageOf(request.query);
      const { views, count } = await listGroupViews(services, {
        workspaceId: request.auth.workspaceId,
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
        summary: 'Create a group',
        body: CreateGroupBodySchema,
        response: { 201: GroupSchema, ...ERROR_RESPONSES, 409: ErrorBodySchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createGroup(services, request.auth, request.body)),
  );

  app.get(
    `${BASE}/:id`,
    {
      schema: {
        tags: TAGS,
        summary: 'One group',
        params: IdParamsSchema,
        response: { 200: GroupSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => getGroupView(services, request.auth.workspaceId, request.params.id),
  );

  app.patch(
    `${BASE}/:id`,
    {
      schema: {
        tags: TAGS,
        summary: 'Change a group; `members` replaces the membership',
        params: IdParamsSchema,
        body: UpdateGroupBodySchema,
        response: { 200: GroupSchema, ...ERROR_RESPONSES, 409: ErrorBodySchema },
      },
    },
    async (request) => updateGroup(services, request.auth, request.params.id, request.body),
  );

  app.delete(
    `${BASE}/:id`,
    {
      schema: {
        tags: TAGS,
        summary: 'Delete a group (its users stay)',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      await deleteGroup(services, request.auth, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
