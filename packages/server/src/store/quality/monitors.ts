import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import { listPage } from '../list-page.js';
import type { Database } from '../schema.js';
import type { MonitorsTable } from './quality-tables.js';

export type MonitorRow = Selectable<MonitorsTable>;

export async function insertMonitor(db: Kysely<Database>, row: Insertable<MonitorsTable>): Promise<void> {
  await db.insertInto('monitors').values(row).execute();
}

export async function findMonitor(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<MonitorRow | undefined> {
  return db
    .selectFrom('monitors')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateMonitorRow(
  db: Kysely<Database>,
  id: string,
  changes: Omit<Updateable<MonitorsTable>, 'id' | 'workspace_id'>,
): Promise<void> {
  await db.updateTable('monitors').set(changes).where('id', '=', id).execute();
}

export async function deleteMonitorRow(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('monitors').where('id', '=', id).execute();
}

export async function listMonitorRows(
  db: Kysely<Database>,
  options: {
    workspaceId: string;
    targetId?: string | undefined;
    tableId?: string | undefined;
    status?: string | undefined;
    limit: number;
    offset: number;
  },
): Promise<{ rows: MonitorRow[]; count: number }> {
  let base = db.selectFrom('monitors').where('workspace_id', '=', options.workspaceId);
  if (options.targetId) base = base.where('target_id', '=', options.targetId);
  const { tableId } = options;
  if (tableId) {
    base = base.where((eb) =>
      eb.or([
        eb('target_id', '=', tableId),
        eb('target_id', 'in', eb.selectFrom('resources').select('id').where('parent_id', '=', tableId)),
      ]),
    );
  }
  if (options.status) base = base.where('status', '=', options.status);
  return listPage(base, (q) => q.selectAll().orderBy('created_at', 'desc').orderBy('id'), options);
}

/** Enabled monitors whose next run is due, oldest first. */
export async function listDueMonitors(
  db: Kysely<Database>,
  options: { now: string; limit: number },
): Promise<MonitorRow[]> {
  return db
    .selectFrom('monitors')
    .selectAll()
    .where('is_enabled', '=', 1)
    .where('next_run_at', '<=', options.now)
    .orderBy('next_run_at')
    .limit(options.limit)
    .execute();
}

/**
 * Moves a due monitor's next run on, only if nobody moved it since it was read: the process whose update counts
 * runs the monitor, so several processes on one database run each due monitor once.
 */
export async function claimDueMonitor(
  db: Kysely<Database>,
  options: { id: string; expectedNextRun: string; nextRun: string },
): Promise<boolean> {
  const result = await db
    .updateTable('monitors')
    .set({ next_run_at: options.nextRun })
    .where('id', '=', options.id)
    .where('next_run_at', '=', options.expectedNextRun)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Enabled monitors on any of the resources, with whether each has an open incident. */
export async function listMonitorHealth(
  db: Kysely<Database>,
  targetIds: string[],
): Promise<Array<{ metric_type: string; status: string; has_open_incident: boolean }>> {
  if (targetIds.length === 0) return [];
  const rows = await db
    .selectFrom('monitors')
    .leftJoin('monitor_incidents', (join) =>
      join
        .onRef('monitor_incidents.monitor_id', '=', 'monitors.id')
        .on('monitor_incidents.status', '=', 'open'),
    )
    .select(['monitors.metric_type', 'monitors.status', 'monitor_incidents.id as incident_id'])
    .where('monitors.target_id', 'in', targetIds)
    .where('monitors.is_enabled', '=', 1)
    .execute();
  return rows.map((row) => ({
    metric_type: row.metric_type,
    status: row.status,
    has_open_incident: row.incident_id !== null,
  }));
}

/** The monitors a dbt integration's syncs own (monitors as code), by their key in the project. */
export async function listManagedMonitors(
  db: Kysely<Database>,
  integrationId: string,
): Promise<Map<string, MonitorRow>> {
  const rows = await db.selectFrom('monitors').selectAll().where('managed_by', '=', integrationId).execute();
  return new Map(rows.map((row) => [row.managed_key ?? '', row]));
}
