import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import {
  listCollectionMembers,
  pageWorkspaceHistoryRows,
  type WorkspaceHistoryTable,
} from '../store/transfer/workspace-history-rows.js';
import type { RecordKind } from './export-records.js';

/**
 * What an export carries after the catalog: collections (with their resources), sync history, API keys (their
 * hash, never a key) and the audit log. Columns naming a user name it by email, like the rest of the export.
 */
const HISTORY: ReadonlyArray<{ kind: RecordKind; table: WorkspaceHistoryTable; userColumn: string }> = [
  { kind: 'collection', table: 'collections', userColumn: 'created_by' },
  { kind: 'sync', table: 'syncs', userColumn: 'triggered_by' },
  { kind: 'api_key', table: 'api_keys', userColumn: 'user_id' },
  { kind: 'audit_log', table: 'audit_logs', userColumn: 'actor_user_id' },
];

/** The user column of each history kind, as the export names it (an email) and as the store holds it (an id). */
export const HISTORY_USER_COLUMNS: Readonly<Partial<Record<RecordKind, string>>> = Object.fromEntries(
  HISTORY.map((entry) => [entry.kind, entry.userColumn]),
);

export const HISTORY_TABLES: Readonly<Partial<Record<RecordKind, WorkspaceHistoryTable>>> =
  Object.fromEntries(HISTORY.map((entry) => [entry.kind, entry.table]));

/** The history records as JSONL text chunks, a page at a time. `emails` maps user ids to emails. */
export async function* exportHistory(
  db: Kysely<Database>,
  workspaceId: string,
  emails: ReadonlyMap<string, string>,
): AsyncGenerator<string> {
  for (const { kind, table, userColumn } of HISTORY) {
    let afterId: string | null = null;
    for (;;) {
      const rows = await pageWorkspaceHistoryRows(db, table, { workspaceId, afterId });
      if (rows.length === 0) break;
      afterId = String(rows.at(-1)!.id);
      const members =
        kind === 'collection'
          ? await listCollectionMembers(
              db,
              rows.map((r) => String(r.id)),
            )
          : undefined;
      yield rows
        .map(({ workspace_id: _local, ...row }) => {
          const user = row[userColumn];
          const record: Record<string, unknown> = { record: kind, ...row };
          record[userColumn] = typeof user === 'string' ? (emails.get(user) ?? null) : null;
          if (members) record.resources = members.get(String(row.id)) ?? [];
          return `${JSON.stringify(record)}\n`;
        })
        .join('');
    }
  }
}
