import { groupService } from '../../accounts/index.js';
import type { App, AppContext } from '../context.js';
import { CreateGroupBodySchema, GroupSchema, UpdateGroupBodySchema } from '../schemas/group.js';
import { registerMemberSetRoutes } from './member-set-routes.js';

/** compat.md §6 `/auth/group`. */
export function registerGroupRoutes(app: App, ctx: AppContext): void {
  registerMemberSetRoutes(app, ctx, {
    base: '/api/v1/auth/group',
    tag: 'groups',
    noun: 'group',
    service: groupService,
    schemas: {
      view: GroupSchema,
      create: CreateGroupBodySchema,
      update: UpdateGroupBodySchema,
    },
  });
}
