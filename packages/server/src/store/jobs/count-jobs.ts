import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { JobStatus } from './jobs-schema.js';

/** How many jobs are queued and running, over every workspace (metrics: the job queue's depth). */
export async function countJobsByStatus(db: Kysely<Database>): Promise<Record<JobStatus, number>> {
  const rows = await db
    .selectFrom('jobs')
    .select(['status', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('status')
    .execute();
  const counts: Record<JobStatus, number> = { queued: 0, running: 0 };
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}
