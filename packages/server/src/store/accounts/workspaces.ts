import type { Kysely } from 'kysely';
import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import type { Database, WorkspacesTable } from '../schema.js';

export async function countWorkspaces(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('workspaces')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function createWorkspace(db: Kysely<Database>, name: string): Promise<WorkspacesTable> {
  const now = nowIso();
  const row = { id: newId(), name, created_at: now, updated_at: now };
  await db.insertInto('workspaces').values(row).execute();
  // Secoda's default team ("General") exists from the first start; resources of deleted teams move to it.
  await db
    .insertInto('teams')
    .values({
      id: newId(),
      workspace_id: row.id,
      name: 'General',
      description: 'The default team',
      icon: null,
      type: 'OPEN',
      archived: 0,
      is_default_team: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return row;
}
