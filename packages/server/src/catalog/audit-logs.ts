import Type, { type Static } from 'typebox';
import { parseJsonColumn } from '../lib/json.js';
import { Nullable } from '../lib/typebox.js';
import {
  type AuditLogFilters,
  type AuditLogRow,
  listAuditLogs as listAuditLogRows,
} from '../store/catalog/index.js';
import { parseAuditFilter, parseAuditSort } from './audit-log-query.js';
import type { CatalogStore, PageRequest } from './read-resources.js';

/**
 * One audit entry as the API answers it: Secoda's entry shape (compat.md §8) plus Sextant's own fields (who by
 * user and key, what, when, before/after), which say the same thing in more detail.
 */
export const AuditLogSchema = Type.Object({
  id: Type.String(),
  created_at: Type.String(),
  workspace_id: Type.String(),
  actor: Nullable(Type.String({ description: 'Id of the user who acted.' })),
  actor_api_key: Nullable(
    Type.String({ description: 'Id of the API key used, if any (null: browser session).' }),
  ),
  action: Type.String({
    description: '"create", "update", "delete", or a domain verb ("set_custom_property" ...).',
  }),
  entity_type: Type.String({ description: '"resource", "tag", "collection", "custom_property", ...' }),
  entity_id: Nullable(Type.String()),
  before: Type.Unknown({ description: 'The object before the change (null for creations).' }),
  after: Type.Unknown({ description: 'The object after the change (null for deletions).' }),
  // Secoda's entry shape (compat.md §8).
  parent_id: Type.Null(),
  activity_type: Type.String({ description: 'Same as `action`.' }),
  performer_id: Nullable(Type.String({ description: 'Same as `actor`.' })),
  performer_type: Type.String({
    description: 'API (an API key), USER (a signed-in person) or SYSTEM (no one).',
  }),
  performer_metadata: Nullable(
    Type.Object({
      id: Type.String(),
      email: Type.String(),
      first_name: Type.String(),
      last_name: Type.String(),
      name: Type.String(),
    }),
  ),
  resource_id: Nullable(Type.String({ description: 'Same as `entity_id`.' })),
  resource_type: Type.String({ description: 'Same as `entity_type`.' }),
  resource_metadata: Type.Object({
    id: Nullable(Type.String()),
    title: Nullable(Type.String()),
    name: Nullable(Type.String()),
    icon: Nullable(Type.String()),
    type: Type.String(),
    integration_id: Nullable(Type.String()),
  }),
  related_resource_ids: Type.Array(Type.String()),
  related_resource_type: Type.Null(),
  event_blocks: Type.Array(Type.Object({ type: Type.String(), style: Type.Null(), value: Type.String() }), {
    description: 'One text block describing the change.',
  }),
  logged_at: Type.String({ description: 'Same as `created_at`.' }),
  updated_at: Type.String(),
  is_legacy: Type.Boolean(),
  version_history_id: Type.Null(),
});
export type AuditLogView = Static<typeof AuditLogSchema>;

/** Secoda's default window and retention: entries of the last 90 days unless `days` says otherwise. */
export const DEFAULT_AUDIT_DAYS = 90;

export async function listAuditLogs(
  store: CatalogStore,
  options: {
    workspaceId: string;
    filters: AuditLogFilters;
    filter?: string | undefined;
    sort?: string | undefined;
    days?: number | undefined;
    page: PageRequest;
    now?: Date;
  },
): Promise<{ results: AuditLogView[]; count: number }> {
  const filter = parseAuditFilter(options.filter);
  const sort = parseAuditSort(options.sort);
  const days = options.days ?? DEFAULT_AUDIT_DAYS;
  const since = new Date((options.now ?? new Date()).getTime() - days * 86_400_000).toISOString();
  const { rows, count } = await listAuditLogRows(store.db, store.flags, {
    workspaceId: options.workspaceId,
    filters: { ...options.filters, since },
    filter,
    sort,
    ...options.page,
  });
  return { results: rows.map(toAuditLogView), count };
}

function toAuditLogView(row: AuditLogRow): AuditLogView {
  const before = parseJsonColumn<unknown>(row.before, null);
  const after = parseJsonColumn<unknown>(row.after, null);
  const subject = (isObject(after) ? after : isObject(before) ? before : {}) as Record<string, unknown>;
  const performerType = row.actor_api_key_id ? 'API' : row.actor_user_id ? 'USER' : 'SYSTEM';
  return {
    id: row.id,
    created_at: row.created_at,
    workspace_id: row.workspace_id,
    actor: row.actor_user_id,
    actor_api_key: row.actor_api_key_id,
    action: row.action,
    entity_type: row.entity_type,
    entity_id: row.entity_id,
    before,
    after,
    parent_id: null,
    activity_type: row.action,
    performer_id: row.actor_user_id,
    performer_type: performerType,
    performer_metadata:
      row.actor_user_id && row.performer_email !== null
        ? {
            id: row.actor_user_id,
            email: row.performer_email,
            first_name: row.performer_first_name ?? '',
            last_name: row.performer_last_name ?? '',
            name: row.performer_name ?? '',
          }
        : null,
    resource_id: row.entity_id,
    resource_type: row.entity_type,
    resource_metadata: {
      id: row.entity_id,
      title: textOf(subject.title),
      name: textOf(subject.name) ?? textOf(subject.title) ?? textOf(subject.email),
      icon: textOf(subject.icon),
      type: textOf(subject.entity_type) ?? row.entity_type,
      integration_id: textOf(subject.integration) ?? textOf(subject.integration_id),
    },
    related_resource_ids: [],
    related_resource_type: null,
    event_blocks: [{ type: 'text', style: null, value: describe(row, subject, before, after) }],
    logged_at: row.created_at,
    updated_at: row.created_at,
    is_legacy: false,
    version_history_id: null,
  };
}

/** A sentence for the entry ("ada@example.com updated resource orders: description, tags"). */
function describe(
  row: AuditLogRow,
  subject: Record<string, unknown>,
  before: unknown,
  after: unknown,
): string {
  const who = row.performer_email ?? (row.actor_user_id ? `user ${row.actor_user_id}` : 'Sextant');
  const what = textOf(subject.title) ?? textOf(subject.name) ?? row.entity_id ?? '';
  const changed =
    isObject(before) && isObject(after)
      ? Object.keys(after).filter(
          (key) => key !== 'updated_at' && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
        )
      : [];
  const verb =
    row.action === 'create'
      ? 'created'
      : row.action === 'delete'
        ? 'deleted'
        : row.action === 'update'
          ? 'updated'
          : row.action;
  return `${who} ${verb} ${row.entity_type.replaceAll('_', ' ')} ${what}${changed.length > 0 ? `: ${changed.join(', ')}` : ''}`.trim();
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
