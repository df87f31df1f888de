import type { Kysely } from 'kysely';
import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/time.js';
import type { Database } from './schema.js';

export interface AuditEntry {
  workspaceId: string;
  actorUserId: string | null;
  actorApiKeyId: string | null;
  /** `create`, `update`, `delete`, or a verb of the domain (`revoke`, `sign_in`, ...). */
  action: string;
  /** What kind of thing changed: `resource`, `tag`, `integration`, `user`, ... */
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one audit entry. Call it inside the same transaction as the change it describes, so the log and the
 * catalog can never disagree. Secrets must be removed from `before`/`after` by the caller.
 */
export async function recordAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_logs')
    .values({
      id: newId(),
      workspace_id: entry.workspaceId,
      actor_user_id: entry.actorUserId,
      actor_api_key_id: entry.actorApiKeyId,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      created_at: nowIso(),
    })
    .execute();
}
