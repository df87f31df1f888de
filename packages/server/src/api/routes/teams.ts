import Type from 'typebox';
import {
  type AccountServices,
  createTeam,
  deleteTeam,
  getTeamView,
  listTeamViews,
  updateTeam,
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
import { CreateTeamBodySchema, TeamListSchema, TeamSchema, UpdateTeamBodySchema } from '../schemas/team.js';

const BASE = '/api/v1/auth/teams';
const TAGS = ['teams'];

/** compat.md §6 `/auth/teams/`: viewers list and read; admins manage teams and their members. */
export function registerTeamRoutes(app: App, ctx: AppContext): void {
  const services: AccountServices = { db: ctx.store.db, flags: ctx.store.flags };

  app.get(
    BASE,
    {
      schema: {
        tags: TAGS,
        summary: 'List teams with their members',
        querystring: PageQuerySchema,
        response: { 200: TeamListSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const page = pageOf(request.query);
      const { views, count } = await listTeamViews(services, {
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
        summary: 'Create a team',
        body: CreateTeamBodySchema,
        response: { 201: TeamSchema, ...ERROR_RESPONSES, 409: ErrorBodySchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createTeam(services, request.auth, request.body)),
  );

  app.get(
    `${BASE}/:id`,
    {
      schema: {
        tags: TAGS,
        summary: 'One team',
        params: IdParamsSchema,
        response: { 200: TeamSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => getTeamView(services, request.auth.workspaceId, request.params.id),
  );

  app.patch(
    `${BASE}/:id`,
    {
      schema: {
        tags: TAGS,
        summary: 'Change a team; `members` replaces the membership',
        params: IdParamsSchema,
        body: UpdateTeamBodySchema,
        response: { 200: TeamSchema, ...ERROR_RESPONSES, 409: ErrorBodySchema },
      },
    },
    async (request) => updateTeam(services, request.auth, request.params.id, request.body),
  );

  app.delete(
    `${BASE}/:id`,
    {
      schema: {
        tags: TAGS,
        summary: 'Delete a team (its users stay)',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      await deleteTeam(services, request.auth, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
