import type { Kysely } from 'kysely';
import { ConflictError, InputError } from '../errors/index.js';
import { findMissingUserIds } from '../store/accounts/index.js';
import type { Database } from '../store/schema.js';

/** Members of a team or group must be users of the same workspace; unknown ids are named in the error. */
export async function checkMembersExist(
  db: Kysely<Database>,
  workspaceId: string,
  userIds: string[],
): Promise<void> {
  const missing = await findMissingUserIds(db, workspaceId, userIds);
  if (missing.length === 0) return;
  throw new InputError(
    'validation_failed',
    `body.members: no user with id ${missing.join(', ')} in this workspace`,
    {
      problems: missing.map((id) => ({
        in: 'body',
        field: `members.${userIds.indexOf(id)}`,
        message: 'is not a user of this workspace',
      })),
    },
  );
}

/** Team and group names are unique in a workspace (a unique index enforces it; this names the problem). */
export function checkNameFree(
  existing: { id: string } | undefined,
  kind: 'team' | 'group',
  name: string,
): void {
  if (!existing) return;
  throw new ConflictError('already_exists', `a ${kind} named "${name}" already exists`, {
    field: 'name',
    id: existing.id,
  });
}
