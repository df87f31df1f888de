import { teamService } from '../../accounts/index.js';
import type { App, AppContext } from '../context.js';
import {
  CreateTeamBodySchema,
  TeamListQuerySchema,
  TeamSchema,
  UpdateTeamBodySchema,
} from '../schemas/team.js';
import { registerMemberSetRoutes } from './member-set-routes.js';

/** compat.md §6 `/auth/teams/`. */
export function registerTeamRoutes(app: App, ctx: AppContext): void {
  registerMemberSetRoutes(app, ctx, {
    base: '/api/v1/auth/teams',
    tag: 'teams',
    noun: 'team',
    service: teamService,
    schemas: {
      view: TeamSchema,
      create: CreateTeamBodySchema,
      update: UpdateTeamBodySchema,
      listQuery: TeamListQuerySchema,
    },
  });
}
