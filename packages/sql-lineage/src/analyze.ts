import { analyzeScript, dedupeEdges } from './lineage/index.js';
import type { AnalysisResult, AnalyzeOptions, TableLineage } from './model.js';

/**
 * Table- and column-level lineage of a SQL script.
 *
 * @example
 * analyze('INSERT INTO mart.orders SELECT id, amount FROM raw.orders', { dialect: 'postgres' })
 * // → sources ['raw.orders'], targets ['mart.orders'],
 * //   columns [{ from: { table: 'raw.orders', column: 'id' }, to: { table: 'mart.orders', column: 'id' }, kind: 'direct' }, ...]
 *
 * Never throws: unparseable statements are reported in `errors` with their line and column, and the other
 * statements of the script are still analysed.
 */
export function analyze(sql: string, options: AnalyzeOptions = {}): AnalysisResult {
  const result = analyzeScript(sql, options, true);
  return { ...result, columns: dedupeEdges(result.columns) };
}

/** Table-level lineage only: cheaper than `analyze` (no column resolution), same table results. */
export function extractTables(sql: string, options: AnalyzeOptions = {}): TableLineage {
  const { sources, targets, intermediates, sourceTables, targetTables, intermediateTables, errors } =
    analyzeScript(sql, options, false);
  return { sources, targets, intermediates, sourceTables, targetTables, intermediateTables, errors };
}
