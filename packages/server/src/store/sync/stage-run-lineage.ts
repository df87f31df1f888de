import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import { referenceTuple, type StagedReference } from '../lineage/staged-reference.js';
import type { Database } from '../schema.js';
import { insertRows } from './raw-sql.js';
import { LINEAGE_STAGE_COLUMNS } from './staging-tables.js';

/** One reference pair to resolve: a declared lineage line, or one table of a `tables_from_query` line. */
export interface StagedLineage {
  edge_id: string;
  file: string;
  line: number;
  integration_id: string;
  sync_id: string;
  from: StagedReference;
  to: StagedReference;
}

/** Writes reference pairs into a lineage staging table (the run's, or the healing pass's). */
export async function stageLineageReferences(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { stageTable: string; rows: StagedLineage[] },
): Promise<void> {
  await insertRows(db, flags, {
    table: options.stageTable,
    columns: LINEAGE_STAGE_COLUMNS,
    rows: options.rows.map((row) => [
      row.edge_id,
      row.file,
      row.line,
      row.integration_id,
      row.sync_id,
      ...referenceValues(row.from),
      ...referenceValues(row.to),
    ]),
  });
}

function referenceValues(reference: StagedReference): unknown[] {
  return [...referenceTuple(reference), reference.kind === 'resolved' ? reference.key : null];
}
