import { type Expression, type Kysely, type RawBuilder, type Selectable, type SqlBool, sql } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { AuditLogsTable, Database } from '../schema.js';

export type AuditLogRow = Selectable<AuditLogsTable> & {
  performer_email: string | null;
  performer_name: string | null;
  performer_first_name: string | null;
  performer_last_name: string | null;
};

export interface AuditLogFilters {
  entityId?: string | undefined;
  actorUserId?: string | undefined;
  entityType?: string | undefined;
  action?: string | undefined;
  /** Entries of the last `days` days only (Secoda's `days`, default 90 at the API). */
  since?: string | undefined;
}

/**
 * What an audit filter may compare (a whitelist: nothing else reaches SQL). `performer_type` is derived: API when
 * a key acted, USER for a signed-in person, SYSTEM when no one did (syncs, schedules).
 */
export type AuditColumn =
  | 'id'
  | 'action'
  | 'actor_user_id'
  | 'performer_type'
  | 'entity_id'
  | 'entity_type'
  | 'created_at';

export type AuditFilter =
  | { operator: 'and' | 'or' | 'not'; operands: AuditFilter[] }
  | { operator: 'exact' | 'contains'; column: AuditColumn; value: string }
  | { operator: 'in'; column: AuditColumn; value: string[] };

export interface AuditSortKey {
  column: AuditColumn;
  order: 'asc' | 'desc';
}

const PERFORMER_TYPE = sql<string>`(case when audit_logs.actor_api_key_id is not null then 'API'
  when audit_logs.actor_user_id is not null then 'USER' else 'SYSTEM' end)`;

function columnRef(column: AuditColumn): RawBuilder<unknown> {
  return column === 'performer_type' ? PERFORMER_TYPE : sql.ref(`audit_logs.${column}`);
}

function compile(flags: DialectFlags, filter: AuditFilter): Expression<SqlBool> {
  switch (filter.operator) {
    case 'and':
    case 'or': {
      const parts = filter.operands.map((operand) => compile(flags, operand));
      return sql<SqlBool>`(${sql.join(parts, sql.raw(` ${filter.operator} `))})`;
    }
    case 'not':
      return sql<SqlBool>`not (${compile(flags, filter.operands[0]!)})`;
    case 'exact':
      return sql<SqlBool>`${columnRef(filter.column)} = ${filter.value}`;
    case 'in':
      return sql<SqlBool>`${columnRef(filter.column)} in (${sql.join(filter.value)})`;
    case 'contains': {
      const pattern = `%${filter.value.replace(/[!%_]/g, '!$&')}%`;
      return sql<SqlBool>`${columnRef(filter.column)} ${sql.raw(flags.likeOperator)} ${pattern} escape '!'`;
    }
  }
}

/**
 * A page of the workspace's audit entries with who acted (name and email for Secoda's `performer_metadata`).
 * Default order newest first; ids are time-ordered, so they break ties in the same order.
 */
export async function listAuditLogs(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: {
    workspaceId: string;
    filters: AuditLogFilters;
    filter?: AuditFilter | undefined;
    sort?: AuditSortKey[] | undefined;
    limit: number;
    offset: number;
  },
): Promise<{ rows: AuditLogRow[]; count: number }> {
  const { filters } = options;
  let query = db
    .selectFrom('audit_logs')
    .leftJoin('users', 'users.id', 'audit_logs.actor_user_id')
    .where('audit_logs.workspace_id', '=', options.workspaceId);
  if (filters.entityId !== undefined) query = query.where('audit_logs.entity_id', '=', filters.entityId);
  if (filters.actorUserId !== undefined)
    query = query.where('audit_logs.actor_user_id', '=', filters.actorUserId);
  if (filters.entityType !== undefined)
    query = query.where('audit_logs.entity_type', '=', filters.entityType);
  if (filters.action !== undefined) query = query.where('audit_logs.action', '=', filters.action);
  if (filters.since !== undefined) query = query.where('audit_logs.created_at', '>=', filters.since);
  if (options.filter) {
    const condition = compile(flags, options.filter);
    query = query.where(() => condition);
  }
  let ordered = query
    .selectAll('audit_logs')
    .select([
      'users.email as performer_email',
      'users.name as performer_name',
      'users.first_name as performer_first_name',
      'users.last_name as performer_last_name',
    ]);
  for (const key of options.sort ?? [{ column: 'created_at', order: 'desc' }]) {
    ordered = ordered.orderBy(columnRef(key.column), key.order);
  }
  const rows = await ordered
    .orderBy('audit_logs.id', options.sort?.[0]?.order ?? 'desc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  const { n } = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, count: Number(n) };
}
