import Type from 'typebox';
import {
  type AccountServices,
  createUserAccount,
  deleteUserAccount,
  getUserView,
  inviteUsers,
  listUserViews,
  updateUserAccount,
} from '../../accounts/index.js';
import type { App, AppContext } from '../context.js';
import { ERROR_RESPONSES, ErrorBodySchema, envelope, IdParamsSchema, pageOf } from '../schemas/common.js';
import {
  CreateUserBodySchema,
  InvitedUsersSchema,
  InviteUsersBodySchema,
  UpdateUserBodySchema,
  UserListQuerySchema,
  UserListSchema,
  UserSchema,
} from '../schemas/user.js';

const BASE = '/api/v1/user';
const TAGS = ['users'];

/** compat.md §6 `/user`: viewers list and read; admins create, change and delete (the default for writes). */
export function registerUserRoutes(app: App, ctx: AppContext): void {
  const services: AccountServices = { db: ctx.store.db, flags: ctx.store.flags };

  app.get(
    BASE,
    {
      schema: {
        tags: TAGS,
        summary: 'List the users of the workspace',
        querystring: UserListQuerySchema,
        response: { 200: UserListSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const page = pageOf(request.query);
      const { views, count } = await listUserViews(services, {
        workspaceId: request.auth.workspaceId,
        role: request.query.role,
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
        summary: 'Create a user; or several with the older bulk form {emails[], role, groups[], teams[]}',
        description:
          'The bulk form creates one user per email, all or none, and answers {count, results} in the order of emails.',
        body: Type.Union([CreateUserBodySchema, InviteUsersBodySchema]),
        response: {
          201: Type.Union([UserSchema, InvitedUsersSchema]),
          ...ERROR_RESPONSES,
          409: ErrorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      if ('emails' in body) {
        const results = await inviteUsers(services, request.auth, body);
        return reply.status(201).send({ count: results.length, results });
      }
      return reply.status(201).send(await createUserAccount(services, request.auth, body));
    },
  );

  app.get(
    `${BASE}/:id`,
    {
      schema: {
        tags: TAGS,
        summary: 'One user',
        params: IdParamsSchema,
        response: { 200: UserSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => getUserView(services, request.auth.workspaceId, request.params.id),
  );

  app.patch(
    `${BASE}/:id`,
    {
      schema: {
        tags: TAGS,
        summary: 'Change a user: name, role, active, password (never demotes the last admin)',
        params: IdParamsSchema,
        body: UpdateUserBodySchema,
        response: { 200: UserSchema, ...ERROR_RESPONSES, 409: ErrorBodySchema },
      },
    },
    async (request) => updateUserAccount(services, request.auth, request.params.id, request.body),
  );

  app.delete(
    `${BASE}/:id`,
    {
      schema: {
        tags: TAGS,
        summary: 'Delete a user with their API keys and sessions (never the last admin)',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...ERROR_RESPONSES, 409: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      await deleteUserAccount(services, request.auth, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
