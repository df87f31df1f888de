import type { Kysely, Selectable } from 'kysely';
import type { AuditLogsTable, Database } from '../schema.js';

export type AuditLogRow = Selectable<AuditLogsTable>;

export interface AuditLogFilters {
  entityId?: string | undefined;
  actorUserId?: string | undefined;
  entityType?: string | undefined;
  action?: string | undefined;
}

/** A page of the workspace's audit entries, newest first (ids are time-ordered, so they break ties in order). */
export async function listAuditLogs(
  db: Kysely<Database>,
  options: { workspaceId: string; filters: AuditLogFilters; limit: number; offset: number },
): Promise<{ rows: AuditLogRow[]; count: number }> {
  const { filters } = options;
  let query = db.selectFrom('audit_logs').where('workspace_id', '=', options.workspaceId);
  if (filters.entityId !== undefined) query = query.where('entity_id', '=', filters.entityId);
  if (filters.actorUserId !== undefined) query = query.where('actor_user_id', '=', filters.actorUserId);
  if (filters.entityType !== undefined) query = query.where('entity_type', '=', filters.entityType);
  if (filters.action !== undefined) query = query.where('action', '=', filters.action);
  const rows = await query
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  const { n } = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, count: Number(n) };
}
