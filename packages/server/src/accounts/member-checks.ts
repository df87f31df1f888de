import type { Kysely } from 'kysely';
import { ConflictError, InputError } from '../errors/index.js';
import { findMissingUserIds } from '../store/accounts/index.js';
import { isUniqueViolation } from '../store/catalog/index.js';
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

/**
 * The checks above read before they write; two requests racing for the same name or email can both pass them,
 * and the unique index stops the second. This turns that index error into the same 409 the check gives.
 */
export async function conflictOnDuplicate<T>(work: Promise<T>, message: string, field: string): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('already_exists', message, { field });
    throw error;
  }
}
