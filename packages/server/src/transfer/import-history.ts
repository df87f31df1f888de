import type { Kysely } from 'kysely';
import type { DialectFlags } from '../store/dialect.js';
import type { Database } from '../store/schema.js';
import { insertTransferRows, TRANSFER_PAGE_SIZE } from '../store/transfer/catalog-transfer-rows.js';
import type { WorkspaceHistoryTable } from '../store/transfer/workspace-history-rows.js';
import { HISTORY_TABLES, HISTORY_USER_COLUMNS } from './export-history.js';
import type { RecordKind } from './export-records.js';

type Fail = (message: string, field?: string) => never;

/** Whether a record kind is one of the history kinds (export-history.ts). */
export function isHistoryKind(kind: RecordKind): boolean {
  return HISTORY_TABLES[kind] !== undefined;
}

/**
 * Collects the history records of an import (collections, syncs, API keys, audit entries) and writes them in
 * batches of one table. Users named by email become this catalog's user ids; an API key must name a user the
 * import knows, the other kinds keep an unknown one as null (who did it is gone, what was done is not).
 */
export class HistoryWriter {
  private table: WorkspaceHistoryTable | undefined;
  private rows: Record<string, unknown>[] = [];
  private members: { collection_id: string; resource_id: string }[] = [];

  constructor(
    private readonly db: Kysely<Database>,
    private readonly flags: DialectFlags,
    private readonly workspaceId: string,
  ) {}

  async add(kind: RecordKind, row: Record<string, unknown>, users: ReadonlyMap<string, string>, fail: Fail) {
    const table = HISTORY_TABLES[kind]!;
    if (this.table !== table || this.rows.length >= TRANSFER_PAGE_SIZE) await this.flush();
    this.table = table;
    if (typeof row.id !== 'string' || row.id === '') fail('id must be non-empty text', 'id');
    const userColumn = HISTORY_USER_COLUMNS[kind]!;
    const email = row[userColumn];
    const userId = typeof email === 'string' ? (users.get(email.toLowerCase()) ?? null) : null;
    if (kind === 'api_key' && userId === null)
      fail(`user_id must be the email of a user record before it, not ${JSON.stringify(email)}`, userColumn);
    const { resources, ...columns } = row;
    if (kind === 'collection') {
      if (resources !== undefined && !Array.isArray(resources))
        fail('resources must be a list of resource ids', 'resources');
      for (const resourceId of (resources ?? []) as unknown[])
        this.members.push({ collection_id: row.id as string, resource_id: String(resourceId) });
    }
    this.rows.push({ ...columns, [userColumn]: userId, workspace_id: this.workspaceId });
  }

  async flush(): Promise<void> {
    if (this.table && this.rows.length > 0)
      await insertTransferRows(this.db, this.flags, this.table, this.rows);
    await insertTransferRows(this.db, this.flags, 'collection_resources', this.members);
    this.rows = [];
    this.members = [];
  }
}
