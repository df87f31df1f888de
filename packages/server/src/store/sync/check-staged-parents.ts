import type { Kysely } from 'kysely';
import type { SyncProblem, SyncWarning } from '../../sync/sync-types.js';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { selectSql } from './raw-sql.js';
import { STAGE_RESOURCES } from './staging-tables.js';

/** Which parent types each child type accepts (compat §2). */
const WRONG_PARENT = `(s.entity_type = 'column' and p.entity_type not in ('table', 'column'))
  or (s.entity_type = 'chart' and p.entity_type <> 'dashboard')
  or (s.entity_type = 'dashboard' and p.entity_type <> 'dashboard_group')`;

interface ParentRow {
  file: string;
  line: number;
  databuilder_id: string;
  entity_type: string;
  parent_databuilder_id: string;
  parent_type: string | null;
}

/**
 * Checks the run's hierarchy once every resource is staged: a parent of the wrong kind is a problem (a chart under
 * a table), a parent never declared in the run a warning (the resource is kept without a parent).
 */
export async function checkStagedParents(
  db: Kysely<Database>,
  flags: DialectFlags,
  limit: number,
): Promise<{ problems: SyncProblem[]; warnings: SyncWarning[]; stagedCount: number }> {
  const select = `select s.file, s.line, s.databuilder_id, s.entity_type, s.parent_databuilder_id, p.entity_type as parent_type
    from ${STAGE_RESOURCES} s left join ${STAGE_RESOURCES} p on p.databuilder_id = s.parent_databuilder_id`;
  const wrong = await selectSql<ParentRow>(
    db,
    flags,
    `${select} where ${WRONG_PARENT} order by s.line limit ${limit}`,
  );
  const missing = await selectSql<ParentRow>(
    db,
    flags,
    `${select} where s.parent_databuilder_id is not null and p.databuilder_id is null order by s.line limit ${limit}`,
  );
  const [count] = await selectSql<{ n: number }>(db, flags, `select count(*) as n from ${STAGE_RESOURCES}`);
  return {
    problems: wrong.map((row) => ({
      file: row.file,
      line: Number(row.line),
      field: 'parent_databuilder_id',
      message: `a ${row.entity_type}'s parent cannot be a ${row.parent_type} ("${row.parent_databuilder_id}")`,
    })),
    warnings: missing.map((row) => ({
      file: row.file,
      line: Number(row.line),
      field: 'parent_databuilder_id',
      message: `parent "${row.parent_databuilder_id}" is not declared in this run; the ${row.entity_type} has no parent`,
    })),
    stagedCount: Number(count?.n ?? 0),
  };
}
