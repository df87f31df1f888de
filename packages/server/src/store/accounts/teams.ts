import type { Kysely, Selectable } from 'kysely';
import { parseJsonColumn } from '../../lib/json.js';
import type { Database, TeamsTable } from '../schema.js';
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

/** The workspace's default team ("General"). */
export async function findDefaultTeam(
  db: Kysely<Database>,
  workspaceId: string,
): Promise<TeamRow | undefined> {
  return db
    .selectFrom('teams')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('is_default_team', '=', 1)
    .orderBy('created_at')
    .executeTakeFirst();
}

/**
 * Takes a deleted team off the resources that name it; a resource that belonged only to that team moves to the
 * default team (Secoda: "resources that belonged only to it move to General").
 */
export async function moveResourcesOffTeam(
  db: Kysely<Database>,
  options: { workspaceId: string; teamId: string; defaultTeamId: string | null; updatedAt: string },
): Promise<void> {
  const rows = await db
    .selectFrom('resources')
    .select(['id', 'teams'])
    .where('workspace_id', '=', options.workspaceId)
    .where('teams', 'like', `%${JSON.stringify(options.teamId)}%`)
    .execute();
  for (const row of rows) {
    const before = parseJsonColumn<string[]>(row.teams, []);
    if (!before.includes(options.teamId)) continue;
    let teams = before.filter((id) => id !== options.teamId);
    if (teams.length === 0 && options.defaultTeamId) teams = [options.defaultTeamId];
    await db
      .updateTable('resources')
      .set({ teams: JSON.stringify(teams), updated_at: options.updatedAt })
      .where('id', '=', row.id)
      .execute();
  }
}
