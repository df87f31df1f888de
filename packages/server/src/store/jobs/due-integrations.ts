import type { Kysely } from 'kysely';
import type { Database, IntegrationsTable } from '../schema.js';

export type DueIntegration = Pick<
  IntegrationsTable,
  | 'id'
  | 'workspace_id'
  | 'type'
  | 'scheduled_extractions_hour'
  | 'scheduled_extractions_frequency'
  | 'scheduled_extractions_next_run'
  | 'scheduled_extractions_last_run'
>;

/**
 * Integrations whose schedule is enabled and due (`next_run <= now`), of the given type prefixes only
 * (`marketplace` matches `marketplace:<id>`): push-based types (CSV, JSONL, dbt) have nothing to run.
 */
export async function listDueIntegrations(
  db: Kysely<Database>,
  options: { now: string; typePrefixes: string[]; limit: number },
): Promise<DueIntegration[]> {
  if (options.typePrefixes.length === 0) return [];
  return db
    .selectFrom('integrations')
    .select([
      'id',
      'workspace_id',
      'type',
      'scheduled_extractions_hour',
      'scheduled_extractions_frequency',
      'scheduled_extractions_next_run',
      'scheduled_extractions_last_run',
    ])
    .where('schedule_enabled', '=', 1)
    .where('scheduled_extractions_next_run', '<=', options.now)
    .where((eb) =>
      eb.or(
        options.typePrefixes.flatMap((prefix) => [
          eb('type', '=', prefix),
          eb('type', 'like', `${prefix.replace(/[%_]/g, '')}:%`),
        ]),
      ),
    )
    .orderBy('scheduled_extractions_next_run')
    .limit(options.limit)
    .execute();
}

/**
 * Moves an integration's schedule on, only if nobody did since it was read (`next_run` unchanged): of several
 * processes seeing the same due integration, exactly one gets `true` and queues the run.
 */
export async function advanceSchedule(
  db: Kysely<Database>,
  options: { integrationId: string; expectedNextRun: string; nextRun: string; lastRun: string },
): Promise<boolean> {
  const result = await db
    .updateTable('integrations')
    .set({
      scheduled_extractions_next_run: options.nextRun,
      scheduled_extractions_last_run: options.lastRun,
    })
    .where('id', '=', options.integrationId)
    .where('scheduled_extractions_next_run', '=', options.expectedNextRun)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
