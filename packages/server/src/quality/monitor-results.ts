import type { Kysely } from 'kysely';
import { NotFoundError } from '../errors/index.js';
import { findIncident, listIncidents, listMeasurements } from '../store/quality/index.js';
import type { Database } from '../store/schema.js';
import {
  type IncidentView,
  type MeasurementView,
  toIncidentView,
  toMeasurementView,
} from './monitor-views.js';

/** Measurements, newest first (of one monitor when `monitorId` is given). */
export async function listMeasurementViews(
  db: Kysely<Database>,
  options: { workspaceId: string; monitorId?: string | undefined; limit: number; offset: number },
): Promise<{ views: MeasurementView[]; count: number }> {
  const { rows, count } = await listMeasurements(db, options);
  return { views: rows.map(toMeasurementView), count };
}

/** Incidents, newest first; filters on monitor and status (`open`, `resolved`). */
export async function listIncidentViews(
  db: Kysely<Database>,
  options: {
    workspaceId: string;
    monitorId?: string | undefined;
    status?: string | undefined;
    limit: number;
    offset: number;
  },
): Promise<{ views: IncidentView[]; count: number }> {
  const { rows, count } = await listIncidents(db, options);
  return { views: rows.map(toIncidentView), count };
}

export async function getIncidentView(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<IncidentView> {
  const row = await findIncident(db, workspaceId, id);
  if (!row) throw new NotFoundError('incident_not_found', `no incident ${id}`);
  return toIncidentView(row);
}
