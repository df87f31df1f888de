import type { Kysely } from 'kysely';
import { InputError, NotFoundError } from '../errors/index.js';
import { nowIso } from '../lib/time.js';
import {
  claimDueMonitor,
  findIncident,
  findMonitor,
  listDueMonitors,
  type MonitorRow,
  updateIncidentRow,
} from '../store/quality/index.js';
import type { Database } from '../store/schema.js';
import type { MonitorSchedule } from './monitor-schedule.js';
import { nextMonitorRun } from './monitor-schedule.js';
import { type IncidentView, type MeasurementView, toIncidentView } from './monitor-views.js';
import { runDueProfiles } from './profile-schedule.js';
import { refreshQualityScores, refreshStaleQualityScores } from './quality-score.js';
import { type MonitorRunDeps, runMonitor } from './run-monitor.js';

/** Monitors run at once by one process (each holds one warehouse connection while it measures). */
const MONITOR_CONCURRENCY = 4;
/** Due monitors claimed per scheduler pass; the rest wait for the next pass. */
const DUE_PER_PASS = 200;

/** `POST /monitor/monitors/run/`: runs the monitors now; answers when every measurement is stored. */
export async function runMonitorsNow(
  deps: MonitorRunDeps,
  workspaceId: string,
  ids: string[],
): Promise<MeasurementView[]> {
  if (ids.length === 0)
    throw new InputError('invalid_monitor', 'monitors must list at least one monitor id', {
      field: 'monitors',
    });
  const rows: MonitorRow[] = [];
  for (const id of new Set(ids)) {
    const row = await findMonitor(deps.db, workspaceId, id);
    if (!row) throw new NotFoundError('monitor_not_found', `no monitor ${id}`, { id });
    rows.push(row);
  }
  const measurements = await runAll(rows, (row) => runMonitor(deps, row));
  await refreshQualityScores(deps.db, rows.map(targetOf));
  return measurements;
}

const targetOf = (row: MonitorRow) => ({ workspace_id: row.workspace_id, id: row.target_id });

/**
 * Runs the enabled monitors whose `next_run_at` has come: each is claimed by moving its next run on (only one
 * process wins a claim), then measured, at most {@link MONITOR_CONCURRENCY} at once. Answers how many ran.
 */
export async function runDueMonitors(deps: MonitorRunDeps, now: Date): Promise<number> {
  const db = deps.db;
  const due = await listDueMonitors(db, { now: now.toISOString(), limit: DUE_PER_PASS });
  const claimed: MonitorRow[] = [];
  for (const row of due) {
    const nextRun = nextMonitorRun(JSON.parse(row.schedule) as MonitorSchedule, now);
    if (await claimDueMonitor(db, { id: row.id, expectedNextRun: row.next_run_at!, nextRun }))
      claimed.push(row);
  }
  await runAll(claimed, (row) =>
    runMonitor(deps, row).catch((error) => {
      deps.log?.warn({ err: error, monitorId: row.id }, 'monitor run failed');
      return undefined;
    }),
  );
  await refreshQualityScores(deps.db, claimed.map(targetOf));
  return claimed.length;
}

/**
 * The job service's hook: each scheduler pass starts a background round of due monitors, then of due scheduled
 * profiles, unless one is still running, so slow warehouses never hold up the job loop or the API.
 */
export function createMonitorScheduler(deps: MonitorRunDeps): {
  tick(now: Date): void;
  idle(): Promise<void>;
} {
  let round: Promise<void> | undefined;
  return {
    tick(now) {
      if (round) return;
      round = runDueMonitors(deps, now)
        .then(() => runDueProfiles(deps, now))
        .then(() => refreshStaleQualityScores(deps.db, now))
        .then(() => undefined)
        .catch((error) =>
          deps.log?.warn({ err: error }, 'monitor scheduling failed; retrying at the next pass'),
        )
        .finally(() => {
          round = undefined;
        });
    },
    async idle() {
      await round;
    },
  };
}

/** A user resolves an open incident (`PATCH /monitor/incidents/{id}` with `{"status": "resolved"}`). */
export async function resolveIncident(
  db: Kysely<Database>,
  auth: { workspaceId: string; userId: string },
  id: string,
): Promise<IncidentView> {
  const quality = db;
  const incident = await findIncident(quality, auth.workspaceId, id);
  if (!incident) throw new NotFoundError('incident_not_found', `no incident ${id}`);
  if (incident.status === 'open') {
    const at = nowIso();
    await updateIncidentRow(quality, id, {
      status: 'resolved',
      resolved_at: at,
      resolved_by: auth.userId,
      updated_at: at,
    });
    return toIncidentView({
      ...incident,
      status: 'resolved',
      resolved_at: at,
      resolved_by: auth.userId,
      updated_at: at,
    });
  }
  return toIncidentView(incident);
}

async function runAll<T, R>(items: T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(MONITOR_CONCURRENCY, items.length) }, worker));
  return results;
}
