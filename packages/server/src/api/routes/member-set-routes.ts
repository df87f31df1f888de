import type { TSchema } from 'typebox';
import type {
  AccountServices,
  GroupView,
  MemberSetInput,
  MemberSetListOptions,
} from '../../accounts/index.js';
import type { AuthContext } from '../../auth/authenticate.js';
import type { App, AppContext } from '../context.js';
import { ErrorBodySchema, IdParamsSchema } from '../schemas/common.js';
import { registerCrudRoutes } from './crud-routes.js';

/** The service calls the routes make (`memberSetService` in accounts/ gives both kinds these). */
export interface MemberSetServiceLike {
  list(
    services: AccountServices,
    options: MemberSetListOptions,
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

export interface MemberSetRoutes {
  base: string;
  tag: string;
  noun: 'team' | 'group';
  service: MemberSetServiceLike;
  schemas: { view: TSchema; create: TSchema; update: TSchema; listQuery?: TSchema };
}

/** compat.md §6 `/auth/teams/` and `/auth/group`: viewers list and read; admins manage the sets and their members. */
export function registerMemberSetRoutes(app: App, ctx: AppContext, spec: MemberSetRoutes): void {
  const services: AccountServices = { db: ctx.store.db, flags: ctx.store.flags };
  const { noun, service } = spec;
  registerCrudRoutes(app, {
    base: spec.base,
    tag: spec.tag,
    writeAccess: 'admin',
    schemas: {
      item: spec.schemas.view,
      create: spec.schemas.create,
      patch: spec.schemas.update,
      params: IdParamsSchema,
      ...(spec.schemas.listQuery ? { listQuery: spec.schemas.listQuery } : {}),
    },
    writeErrors: { 409: ErrorBodySchema },
    summaries: {
      list: `List ${noun}s with their members`,
      create: `Create a ${noun}`,
      get: `One ${noun}`,
      update: `Change a ${noun}; \`members\` replaces the membership`,
      delete: `Delete a ${noun} (its users stay)`,
    },
    list: async ({ auth, query }, page) => {
      const flags = query as { include_archived?: boolean; only_joined?: boolean };
      const { views, count } = await service.list(services, {
        workspaceId: auth.workspaceId,
        userId: auth.userId,
        includeArchived: flags.include_archived ?? false,
        onlyJoined: flags.only_joined ?? false,
        ...page,
      });
      return { results: views, count };
    },
    create: (auth, input) => service.create(services, auth, input as MemberSetInput & { name: string }),
    get: (workspaceId, id) => service.get(services, workspaceId, id),
    update: (auth, id, patch) => service.update(services, auth, id, patch as MemberSetInput),
    remove: (auth, id) => service.remove(services, auth, id),
  });
}
