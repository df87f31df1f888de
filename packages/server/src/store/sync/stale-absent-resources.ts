import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { chunksOf, executeSql, placeholders } from './raw-sql.js';

const CHUNK = 1000;
const PAGE = 50_000;

/**
 * Marks the integration's live resources that the run did not declare as stale (hidden, kept with their user
 * edits). The integration's databuilder_ids are read from their index alone and checked against the run's own
 * index in memory; only the absent ones are written. Returns how many were staled.
 */
export async function staleAbsentResources(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { integrationId: string; now: string; isDeclared: (databuilderId: string) => boolean },
): Promise<number> {
  const absent: string[] = [];
  // Pages in key order, so memory stays flat for an integration of millions.
  for (let after = ''; ; ) {
    const page = await db
      .selectFrom('resources')
      .select('databuilder_id')
      .where('integration_id', '=', options.integrationId)
      .where('databuilder_id', '>', after)
      .orderBy('databuilder_id')
      .limit(PAGE)
      .execute();
    for (const { databuilder_id } of page) {
      if (!options.isDeclared(databuilder_id as string)) absent.push(databuilder_id as string);
    }
    if (page.length < PAGE) break;
    after = page.at(-1)!.databuilder_id as string;
  }
  let staled = 0;
  for (const chunk of chunksOf(absent, CHUNK)) {
    staled += await executeSql(
      db,
      flags,
      `update resources set stale = 1, stale_at = ?, updated_at = ?
       where integration_id = ? and stale = 0 and databuilder_id in (${placeholders(chunk.length)})`,
      [options.now, options.now, options.integrationId, ...chunk],
    );
  }
  return staled;
}
