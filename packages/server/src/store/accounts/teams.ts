import type { Selectable } from 'kysely';
import type { TeamsTable } from '../schema.js';
import { memberSetStore } from './member-sets.js';

export type TeamRow = Selectable<TeamsTable>;

const teams = memberSetStore({
  table: 'teams',
  members: 'team_members',
  key: 'team_id',
  notFound: 'team_not_found',
  noun: 'team',
});

export const insertTeam = teams.insert;
export const findTeam = teams.find;
export const getTeam = teams.get;
export const findTeamByName = teams.findByName;
export const listTeams = teams.list;
export const updateTeamRow = teams.update;
export const deleteTeamRow = teams.remove;
export const listTeamMemberIds = teams.listMemberIds;
export const replaceTeamMembers = teams.replaceMembers;
export const findMissingTeamIds = teams.findMissingIds;
