import type { Selectable } from 'kysely';
import type { TeamsTable } from '../schema.js';
import { memberSetStore } from './member-sets.js';

export type TeamRow = Selectable<TeamsTable>;

export const teamStore = memberSetStore({
  table: 'teams',
  members: 'team_members',
  key: 'team_id',
  notFound: 'team_not_found',
  noun: 'team',
});

export const findMissingTeamIds = teamStore.findMissingIds;
