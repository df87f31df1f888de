import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { chunksOf, executeSql, placeholders } from './raw-sql.js';

/** Deepest chain of rows whose full title waits on a parent's (nested columns); deeper ones keep a partial title. */
const MAX_TITLE_DEPTH = 8;
/** Rows per statement (two parameters each for links). */
const CHUNK = 1000;

/** Sets the parent of rows written before their parent was declared in the run. */
export async function linkRunParents(
  db: Kysely<Database>,
  flags: DialectFlags,
  links: ReadonlyArray<{ id: string; parentId: string }>,
): Promise<void> {
  for (const chunk of chunksOf(links, CHUNK)) {
    await executeSql(
      db,
      flags,
      `with link (id, parent_id) as (values ${chunk.map(() => '(?, ?)').join(', ')})
       update resources set parent_id = link.parent_id from link where resources.id = link.id`,
      chunk.flatMap((link) => [link.id, link.parentId]),
    );
  }
}

/**
 * Derives `parent.title_full + '.' + title` for rows whose full title follows their parent's and whose parent
 * was linked late, one level of nesting per pass.
 */
export async function deriveFullTitles(
  db: Kysely<Database>,
  flags: DialectFlags,
  ids: readonly string[],
): Promise<void> {
  const derived = `coalesce((select p.title_full || '.' from resources p where p.id = resources.parent_id), '') || title`;
  for (const chunk of chunksOf(ids, CHUNK)) {
    for (let depth = 0; depth < MAX_TITLE_DEPTH; depth++) {
      const changed = await executeSql(
        db,
        flags,
        `update resources set title_full = ${derived}
         where id in (${placeholders(chunk.length)}) and title_full <> ${derived}`,
        chunk,
      );
      if (changed === 0) break;
    }
  }
}
