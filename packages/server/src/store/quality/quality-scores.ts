import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';

/** Keeps a table's latest Data Quality Score on its row (the search facet, the catalog sort, the resource field). */
export async function saveQualityScores(
  db: Kysely<Database>,
  scores: Array<{ id: string; score: number }>,
  scoredAt: string,
): Promise<void> {
  for (const { id, score } of scores) {
    await db
      .updateTable('resources')
      .set({ quality_score: score, quality_scored_at: scoredAt })
      .where('id', '=', id)
      .execute();
  }
}

/**
 * Live tables whose score is missing or was computed before `scoredBefore`, never-scored first (the partial index
 * `resources_quality_scored` of migration 0026 finds them without reading the other rows).
 */
export async function listTablesToScore(
  db: Kysely<Database>,
  options: { scoredBefore: string; limit: number },
): Promise<Array<{ id: string; workspace_id: string }>> {
  const base = db
    .selectFrom('resources')
    .select(['id', 'workspace_id'])
    // A literal, not a parameter: the planners match the partial index's predicate only against a constant.
    .where('entity_type', '=', sql.lit('table'))
    .where('stale', '=', 0);
  const never = await base.where('quality_scored_at', 'is', null).limit(options.limit).execute();
  if (never.length >= options.limit) return never;
  const old = await base
    .where('quality_scored_at', '<', options.scoredBefore)
    .orderBy('quality_scored_at')
    .limit(options.limit - never.length)
    .execute();
  return [...never, ...old];
}
