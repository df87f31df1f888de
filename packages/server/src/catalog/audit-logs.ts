import { parseJsonColumn } from '../lib/json.js';
import {
  type AuditLogFilters,
  type AuditLogRow,
  listAuditLogs as listAuditLogRows,
} from '../store/catalog/index.js';
import type { CatalogStore, PageRequest } from './read-resources.js';

/** One audit entry as the API answers it: who (user, and key if any), what, when, before/after. */
export interface AuditLogView {
  id: string;
  created_at: string;
  workspace_id: string;
  actor: string | null;
  actor_api_key: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
}

export async function listAuditLogs(
  store: CatalogStore,
  options: { workspaceId: string; filters: AuditLogFilters; page: PageRequest },
): Promise<{ results: AuditLogView[]; count: number }> {
  const { rows, count } = await listAuditLogRows(store.db, {
    workspaceId: options.workspaceId,
    filters: options.filters,
    ...options.page,
  });
  return { results: rows.map(toAuditLogView), count };
}

function toAuditLogView(row: AuditLogRow): AuditLogView {
  return {
    id: row.id,
    created_at: row.created_at,
    workspace_id: row.workspace_id,
    actor: row.actor_user_id,
    actor_api_key: row.actor_api_key_id,
    action: row.action,
    entity_type: row.entity_type,
    entity_id: row.entity_id,
    before: parseJsonColumn<unknown>(row.before, null),
    after: parseJsonColumn<unknown>(row.after, null),
  };
}
