import Type, { type TSchema } from 'typebox';
import type { AccountServices, GroupView, MemberSetInput } from '../../accounts/index.js';
import type { AuthContext } from '../../auth/authenticate.js';
import type { App, AppContext } from '../context.js';
import {
  ERROR_RESPONSES,
  ErrorBodySchema,
  envelope,
  IdParamsSchema,
  PageQuerySchema,
  pageOf,
} from '../schemas/common.js';

export interface MemberSetRoutes {
  base: string;
  tag: string;
  noun: 'team' | 'group';
  service: MemberSetServiceLike;
  schemas: { view: TSchema; list: TSchema; create: TSchema; update: TSchema };
}

/** The service calls the routes make (`memberSetService` in accounts/ gives both kinds these). */
export interface MemberSetServiceLike {
  list(
    services: AccountServices,
    options: { workspaceId: string; limit: number; offset: number },
  ): Promise<{ views: GroupView[]; count: number }>;
  get(services: AccountServices, workspaceId: string, id: string): Promise<GroupView>;
  create(
    services: AccountServices,
    auth: AuthContext,
    input: MemberSetInput & { name: string },
  ): Promise<GroupView>;
  update(services: AccountServices, auth: AuthContext, id: string, input: MemberSetInput): Promise<GroupView>;
  remove(services: AccountServices, auth: AuthContext, id: string): Promise<void>;
}

/**
 * compat.md §6 `/auth/teams/` and `/auth/group`: viewers list and read; admins manage the sets and their members.
 * Both families have the same five routes, so one function registers either.
 */
export function registerMemberSetRoutes(app: App, ctx: AppContext, spec: MemberSetRoutes): void {
  const services: AccountServices = { db: ctx.store.db, flags: ctx.store.flags };
  const { base, noun, schemas, service } = spec;
  const tags = [spec.tag];

  app.get(
    base,
    {
      schema: {
        tags,
        summary: `List ${noun}s with their members`,
        querystring: PageQuerySchema,
        response: { 200: schemas.list, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const page = pageOf(request.query);
      const { views, count } = await service.list(services, {
        workspaceId: request.auth.workspaceId,
        limit: page.pageSize,
        offset: page.offset,
      });
      return envelope(request, page, count, views);
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary: `Create a ${noun}`,
        body: schemas.create,
        response: { 201: schemas.view, ...ERROR_RESPONSES, 409: ErrorBodySchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.create(services, request.auth, request.body as MemberSetInput & { name: string }),
        ),
  );

  app.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: `One ${noun}`,
        params: IdParamsSchema,
        response: { 200: schemas.view, ...ERROR_RESPONSES },
      },
    },
    async (request) => service.get(services, request.auth.workspaceId, request.params.id),
  );

  app.patch(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: `Change a ${noun}; \`members\` replaces the membership`,
        params: IdParamsSchema,
        body: schemas.update,
        response: { 200: schemas.view, ...ERROR_RESPONSES, 409: ErrorBodySchema },
      },
    },
    async (request) =>
      service.update(services, request.auth, request.params.id, request.body as MemberSetInput),
  );

  app.delete(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: `Delete a ${noun} (its users stay)`,
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      await service.remove(services, request.auth, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
