import { type Kysely, sql } from 'kysely';

/**
 * Fields Secoda documents that Sextant did not keep (issue #18, compat.md §8): a writable display title and an
 * icon on resources, team kinds and archiving with one default team per workspace, group icons, the integration a
 * tag came from, nested collections, and which entity types a custom property applies to. Every column has a
 * default, so existing rows read as before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  await s.alterTable('resources').addColumn('title_cased', 'text').execute();
  await s.alterTable('resources').addColumn('icon', 'text').execute();
  await s
    .alterTable('teams')
    .addColumn('type', 'text', (c) => c.notNull().defaultTo('OPEN'))
    .execute();
  await s
    .alterTable('teams')
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await s
    .alterTable('teams')
    .addColumn('is_default_team', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await s.alterTable('groups').addColumn('icon', 'text').execute();
  await s.alterTable('tags').addColumn('integration_id', 'text').execute();
  await s.alterTable('collections').addColumn('parent_id', 'text').execute();
  await s
    .alterTable('custom_properties')
    .addColumn('entity_types', 'text', (c) => c.notNull().defaultTo('["all"]'))
    .execute();
  await s.alterTable('custom_properties').addColumn('integration_id', 'text').execute();
  await s
    .alterTable('users')
    .addColumn('first_name', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await s
    .alterTable('users')
    .addColumn('last_name', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  // Existing users keep their display name; it is split at its first space into first and last names.
  const users = await sql<{ id: string; name: string }>`select id, name from users`.execute(db);
  for (const user of users.rows) {
    const { first, last } = splitName(user.name);
    await sql`update users set first_name = ${first}, last_name = ${last} where id = ${user.id}`.execute(db);
  }
  await createDefaultTeams(db);
}

/** Every workspace gets its "General" team (Secoda's default team), which owns the resources of deleted teams. */
async function createDefaultTeams(db: Kysely<unknown>): Promise<void> {
  const workspaces = await sql<{
    id: string;
    created_at: string;
  }>`select id, created_at from workspaces`.execute(db);
  for (const workspace of workspaces.rows) {
    // Team names are unique in a workspace: a team already named "General" becomes the default one.
    const existing = await sql<{ id: string }>`select id from teams
      where workspace_id = ${workspace.id} and name = 'General'`.execute(db);
    if (existing.rows[0]) {
      await sql`update teams set is_default_team = 1 where id = ${existing.rows[0].id}`.execute(db);
      continue;
    }
    const id = `team-general-${workspace.id}`;
    await sql`insert into teams (id, workspace_id, name, description, icon, created_at, updated_at, type, archived, is_default_team)
              values (${id}, ${workspace.id}, 'General', 'The default team', null, ${workspace.created_at},
                      ${workspace.created_at}, 'OPEN', 0, 1)`.execute(db);
  }
}

// Same rule as splitDisplayName in store/accounts (a migration keeps its own copy: it must not change later).
function splitName(name: string): { first: string; last: string } {
  const trimmed = name.trim();
  const space = trimmed.indexOf(' ');
  if (space < 0) return { first: trimmed, last: '' };
  return { first: trimmed.slice(0, space), last: trimmed.slice(space + 1).trim() };
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore a backup to go back');
}
