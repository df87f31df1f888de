import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { executeSql } from './raw-sql.js';
import { STAGE_RESOURCES } from './staging-tables.js';

/**
 * Marks the integration's live resources that the run did not declare as stale (hidden, kept with their user
 * edits). Returns how many were staled.
 */
export async function staleAbsentResources(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { integrationId: string; now: string },
): Promise<number> {
  return executeSql(
    db,
    flags,
    `update resources set stale = 1, stale_at = ?, updated_at = ?
     where integration_id = ? and stale = 0
       and not exists (select 1 from ${STAGE_RESOURCES} s where s.databuilder_id = resources.databuilder_id)`,
    [options.now, options.now, options.integrationId],
  );
}
