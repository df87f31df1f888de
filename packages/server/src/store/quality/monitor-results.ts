import type { Insertable, Kysely, Selectable } from 'kysely';
import { listPage } from '../list-page.js';
import type { Database } from '../schema.js';
import type { MonitorIncidentsTable, MonitorMeasurementsTable } from './quality-tables.js';

export type MeasurementRow = Selectable<MonitorMeasurementsTable>;
export type IncidentRow = Selectable<MonitorIncidentsTable>;

export async function insertMeasurement(
  db: Kysely<Database>,
  row: Insertable<MonitorMeasurementsTable>,
): Promise<void> {
  await db.insertInto('monitor_measurements').values(row).execute();
}

/** Measurements of the workspace (optionally of one monitor), newest first. */
export async function listMeasurements(
  db: Kysely<Database>,
  options: { workspaceId: string; monitorId?: string | undefined; limit: number; offset: number },
): Promise<{ rows: MeasurementRow[]; count: number }> {
  let base = db.selectFrom('monitor_measurements').where('workspace_id', '=', options.workspaceId);
  if (options.monitorId) base = base.where('monitor_id', '=', options.monitorId);
  return listPage(base, (q) => q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc'), options);
}

/** The values of a monitor's last `limit` successful measurements (the automatic band learns from them). */
export async function listRecentValues(
  db: Kysely<Database>,
  monitorId: string,
  limit: number,
): Promise<number[]> {
  const rows = await db
    .selectFrom('monitor_measurements')
    .select('value')
    .where('monitor_id', '=', monitorId)
    .where('status', '!=', 'error')
    .where('value', 'is not', null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => Number(row.value));
}

export async function findOpenIncident(
  db: Kysely<Database>,
  monitorId: string,
): Promise<IncidentRow | undefined> {
  return db
    .selectFrom('monitor_incidents')
    .selectAll()
    .where('monitor_id', '=', monitorId)
    .where('status', '=', 'open')
    .executeTakeFirst();
}

export async function insertIncident(
  db: Kysely<Database>,
  row: Insertable<MonitorIncidentsTable>,
): Promise<void> {
  await db.insertInto('monitor_incidents').values(row).execute();
}

export async function updateIncidentRow(
  db: Kysely<Database>,
  id: string,
  changes: Partial<Pick<IncidentRow, 'status' | 'value' | 'resolved_at' | 'resolved_by' | 'updated_at'>>,
): Promise<void> {
  await db.updateTable('monitor_incidents').set(changes).where('id', '=', id).execute();
}

export async function findIncident(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<IncidentRow | undefined> {
  return db
    .selectFrom('monitor_incidents')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listIncidents(
  db: Kysely<Database>,
  options: {
    workspaceId: string;
    monitorId?: string | undefined;
    status?: string | undefined;
    limit: number;
    offset: number;
  },
): Promise<{ rows: IncidentRow[]; count: number }> {
  let base = db.selectFrom('monitor_incidents').where('workspace_id', '=', options.workspaceId);
  if (options.monitorId) base = base.where('monitor_id', '=', options.monitorId);
  if (options.status) base = base.where('status', '=', options.status);
  return listPage(base, (q) => q.selectAll().orderBy('opened_at', 'desc').orderBy('id', 'desc'), options);
}

/** The ids of a monitor's newest measurement and newest incident (the monitor object's `last_*` fields). */
export async function findLatestResultIds(
  db: Kysely<Database>,
  monitorId: string,
): Promise<{ measurementId: string | null; incidentId: string | null }> {
  const measurement = await db
    .selectFrom('monitor_measurements')
    .select('id')
    .where('monitor_id', '=', monitorId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const incident = await db
    .selectFrom('monitor_incidents')
    .select('id')
    .where('monitor_id', '=', monitorId)
    .orderBy('opened_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return { measurementId: measurement?.id ?? null, incidentId: incident?.id ?? null };
}
