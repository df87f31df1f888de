import type { Kysely } from 'kysely';
import type { BaseLogger } from 'pino';
import Type, { type Static } from 'typebox';
import type { AuthContext } from '../auth/authenticate.js';
import type { SecretBox } from '../auth/secret-box.js';
import { InputError, NotFoundError } from '../errors/index.js';
import { nowIso } from '../lib/time.js';
import { Nullable } from '../lib/typebox.js';
import {
  claimProfileSchedule,
  deleteProfileSchedule,
  findProfileSchedule,
  findQualityResource,
  listDueProfileSchedules,
  upsertProfileSchedule,
} from '../store/quality/index.js';
import type { Database } from '../store/schema.js';
import { profileTable } from './profile-table.js';

/** A table's profiling schedule as the API answers it. */
const ProfileScheduleViewSchema = Type.Object(
  {
    resource_id: Type.String(),
    frequency_hours: Type.Integer(),
    sample_percent: Nullable(Type.Number()),
    next_run_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type ProfileScheduleView = Static<typeof ProfileScheduleViewSchema>;
/** The answer of the schedule routes: null when the table has none. */
export const ProfileScheduleSchema = Nullable(ProfileScheduleViewSchema);

/** Profiles the table every `frequency_hours` (the first run one period from now); null removes the schedule. */
export async function putProfileSchedule(
  db: Kysely<Database>,
  auth: AuthContext,
  tableId: string,
  input: { frequency_hours: number | null; sample_percent?: number | undefined },
): Promise<ProfileScheduleView | null> {
  const table = await findQualityResource(db, auth.workspaceId, tableId);
  if (!table) throw new NotFoundError('resource_not_found', `no resource ${tableId}`);
  if (table.entity_type !== 'table')
    throw new InputError('quality_target_unsupported', 'profiles are taken of tables');
  const quality = db;
  if (input.frequency_hours === null) {
    await deleteProfileSchedule(quality, tableId);
    return null;
  }
  const now = new Date();
  const row = {
    resource_id: tableId,
    workspace_id: auth.workspaceId,
    frequency_hours: input.frequency_hours,
    sample_percent: input.sample_percent ?? null,
    next_run_at: new Date(now.getTime() + input.frequency_hours * 3_600_000).toISOString(),
    updated_by: auth.userId,
    updated_at: nowIso(),
  };
  await upsertProfileSchedule(quality, row);
  return toView(row);
}

export async function getProfileSchedule(
  db: Kysely<Database>,
  workspaceId: string,
  tableId: string,
): Promise<ProfileScheduleView | null> {
  const row = await findProfileSchedule(db, workspaceId, tableId);
  return row ? toView(row) : null;
}

/** Profiles the tables whose schedule is due (each claimed by one process); answers how many ran. */
export async function runDueProfiles(
  deps: { db: Kysely<Database>; secrets: SecretBox; log?: Pick<BaseLogger, 'warn'> | undefined },
  now: Date,
): Promise<number> {
  const quality = deps.db;
  let ran = 0;
  for (const row of await listDueProfileSchedules(quality, { now: now.toISOString(), limit: 20 })) {
    const nextRun = new Date(now.getTime() + row.frequency_hours * 3_600_000).toISOString();
    if (
      !(await claimProfileSchedule(quality, {
        resourceId: row.resource_id,
        expectedNextRun: row.next_run_at,
        nextRun,
      }))
    )
      continue;
    await profileTable(deps.db, deps.secrets, {
      workspaceId: row.workspace_id,
      resourceId: row.resource_id,
      trigger: 'schedule',
      profile: { samplePercent: row.sample_percent ?? undefined },
    }).catch((error) =>
      deps.log?.warn({ err: error, resourceId: row.resource_id }, 'scheduled profile failed'),
    );
    ran++;
  }
  return ran;
}

function toView(row: {
  resource_id: string;
  frequency_hours: number;
  sample_percent: number | null;
  next_run_at: string;
  updated_at: string;
}): ProfileScheduleView {
  return {
    resource_id: row.resource_id,
    frequency_hours: row.frequency_hours,
    sample_percent: row.sample_percent === null ? null : Number(row.sample_percent),
    next_run_at: row.next_run_at,
    updated_at: row.updated_at,
  };
}
