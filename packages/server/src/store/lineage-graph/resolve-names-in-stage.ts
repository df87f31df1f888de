import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import { resolveStagedReferences } from '../lineage/resolve-staged-references.js';
import type { StagedReference } from '../lineage/staged-reference.js';
import type { Database } from '../schema.js';
import { selectSql } from '../sync/raw-sql.js';
import { stageLineageReferences } from '../sync/stage-run-lineage.js';
import { createStagingTables, dropStagingTables, STAGE_LINEAGE } from '../sync/staging-tables.js';

/** How one name resolved: the resource id when exactly one live resource matched, and how many did. */
export interface NameResolution {
  id: string | null;
  matches: number;
}

// The other end of each staged pair: already resolved, so the resolver leaves it alone.
const NOTHING: StagedReference = {
  kind: 'resolved',
  key: '',
  schema: null,
  database: null,
  column: null,
  ref: null,
};

/**
 * Resolves external table/column references against the workspace with the sync engine's own resolver (same
 * rules: case-insensitive, missing parts match anything, several matches = ambiguous), by staging them in its
 * temporary table inside a transaction of their own. One answer per reference, in order.
 */
export async function resolveNamesInStage(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: {
    workspaceId: string;
    references: readonly StagedReference[];
    /** The dialect the names are written in (a query's): its case rules apply (resolve-staged-references.ts). */
    dialect?: string | undefined;
  },
): Promise<NameResolution[]> {
  if (options.references.length === 0) return [];
  return db.transaction().execute(async (trx) => {
    await createStagingTables(trx, flags);
    await stageLineageReferences(trx, flags, {
      stageTable: STAGE_LINEAGE,
      rows: options.references.map((reference, i) => ({
        edge_id: String(i),
        file: 'query',
        line: i,
        integration_id: '',
        sync_id: '',
        from: reference,
        to: NOTHING,
      })),
    });
    await resolveStagedReferences(trx, flags, {
      stageTable: STAGE_LINEAGE,
      workspaceId: options.workspaceId,
      namesDialect: options.dialect,
    });
    const rows = await selectSql<{ line: number; from_id: string | null; from_matches: number | null }>(
      trx,
      flags,
      `select line, from_id, from_matches from ${STAGE_LINEAGE} order by line`,
    );
    await dropStagingTables(trx, flags);
    // The sync links an ambiguous name to its most specific match; a query's answer names the ambiguity instead.
    return rows.map((row) => {
      const matches = Number(row.from_matches ?? 0);
      return { id: matches > 1 ? null : row.from_id, matches: row.from_id === null ? 0 : matches };
    });
  });
}
