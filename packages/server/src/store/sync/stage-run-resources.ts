import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { insertRows, setFromExcluded } from './raw-sql.js';
import { STAGE_RESOURCES } from './staging-tables.js';

export interface StagedResource {
  databuilder_id: string;
  resource_id: string;
  entity_type: string;
  parent_databuilder_id: string | null;
  /** The parent was not known when the row was written; link it set-based at the end. */
  needs_parent: 0 | 1;
  /** The full title depends on a parent's that was not known yet. */
  needs_title_full: 0 | 1;
  file: string;
  line: number;
}

const COLUMNS = [
  'databuilder_id',
  'resource_id',
  'entity_type',
  'parent_databuilder_id',
  'needs_parent',
  'needs_title_full',
  'file',
  'line',
] as const;

/** Records resources as seen in this run; a databuilder_id declared twice keeps its last declaration. */
export async function stageRunResources(
  db: Kysely<Database>,
  flags: DialectFlags,
  rows: StagedResource[],
): Promise<void> {
  await insertRows(db, flags, {
    table: STAGE_RESOURCES,
    columns: COLUMNS,
    rows: rows.map((row) => COLUMNS.map((column) => row[column])),
    conflictClause: `on conflict (databuilder_id) do update set ${setFromExcluded(COLUMNS.slice(1))}`,
  });
}
