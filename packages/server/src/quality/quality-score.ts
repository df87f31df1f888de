import type { Kysely } from 'kysely';
import { InputError, NotFoundError } from '../errors/index.js';
import { nowIso } from '../lib/time.js';
import { listTestsForResources } from '../store/dbt/index.js';
import {
  findQualityResource,
  findQualityScoreFacts,
  listMonitorHealth,
  listTableColumnRows,
  listTablesToScore,
  type QualityScoreFacts,
  saveQualityScores,
} from '../store/quality/index.js';
import type { Database } from '../store/schema.js';

export interface ScorePart {
  score: number;
  max: number;
  /** Points per criterion, for the page to say what is missing. */
  criteria: Record<string, { score: number; max: number }>;
}

export interface QualityScore {
  resource_id: string;
  total: number;
  band: 'Good' | 'Moderate' | 'Poor';
  stewardship: ScorePart;
  usability: ScorePart;
  freshness: ScorePart;
  reliability: ScorePart;
}

export interface ReliabilityFacts {
  monitors: Array<{ metric_type: string; status: string; has_open_incident: boolean }>;
  dbtTestStatuses: string[];
}

const DAY_MS = 86_400_000;

/**
 * A table's Data Quality Score (0–100; formula in docs/quality.md): stewardship 25 and usability 25 as Secoda
 * publishes them, freshness 20, and reliability 30 (monitors and dbt tests; Secoda does not publish this part).
 */
export function computeQualityScore(
  resourceId: string,
  facts: QualityScoreFacts,
  reliability: ReliabilityFacts,
  now: Date,
): QualityScore {
  const owners = JSON.parse(facts.owners || '[]') as unknown[];
  const stewardship = part({
    owner: [owners.length > 0 ? 10 : 0, 10],
    tags: [facts.tagCount > 0 ? 10 : 0, 10],
    verified: [facts.verified === 1 ? 5 : 0, 5],
  });
  const usability = part({
    description: [facts.description.trim() ? 10 : 0, 10],
    column_descriptions: [
      facts.columnCount === 0 ? 0 : round((10 * facts.describedColumnCount) / facts.columnCount),
      10,
    ],
    schema_description: [facts.schemaDescription.trim() ? 5 : 0, 5],
  });
  const freshness = part({ freshness: [freshnessPoints(facts, reliability, now), 20] });
  const hasMonitors = reliability.monitors.length > 0;
  const anyOpen = reliability.monitors.some((m) => m.has_open_incident);
  const tests = reliability.dbtTestStatuses;
  const testsFailing = tests.some((s) => ['fail', 'error'].includes(s.toLowerCase()));
  const reliabilityPart = part({
    monitors: [hasMonitors ? (anyOpen ? 5 : 15) : 0, 15],
    dbt_tests: [tests.length === 0 ? 0 : testsFailing ? 0 : 15, 15],
  });
  const total = round(stewardship.score + usability.score + freshness.score + reliabilityPart.score);
  return {
    resource_id: resourceId,
    total,
    band: total >= 80 ? 'Good' : total >= 50 ? 'Moderate' : 'Poor',
    stewardship,
    usability,
    freshness,
    reliability: reliabilityPart,
  };
}

/** A freshness monitor decides when there is one (in range 20, else 0); else the source's last change. */
function freshnessPoints(facts: QualityScoreFacts, reliability: ReliabilityFacts, now: Date): number {
  const monitors = reliability.monitors.filter((m) => m.metric_type === 'freshness');
  if (monitors.length > 0) return monitors.some((m) => m.has_open_incident || m.status === 'error') ? 0 : 20;
  if (!facts.external_updated_at) return 0;
  const age = now.getTime() - Date.parse(facts.external_updated_at);
  return age <= DAY_MS ? 20 : age <= 7 * DAY_MS ? 10 : 0;
}

/** The score of a catalogued table of the workspace, from what the catalog knows now; kept on the table's row. */
export async function getQualityScore(
  db: Kysely<Database>,
  workspaceId: string,
  tableId: string,
): Promise<QualityScore> {
  const score = await computeTableScore(db, workspaceId, tableId);
  await saveQualityScores(db, [{ id: tableId, score: score.total }], nowIso());
  return score;
}

/** How long a kept score counts as current; the monitor scheduler recomputes older ones. */
export const QUALITY_SCORE_MAX_AGE_MS = 3_600_000;
/** Tables scored per scheduler pass. */
const SCORES_PER_PASS = 200;

/**
 * Recomputes the kept scores of the given tables (or columns: their table's), e.g. after monitors ran. Tables that
 * have gone meanwhile are skipped. The reads come first and the writes after, so no write waits on a read.
 */
export async function refreshQualityScores(
  db: Kysely<Database>,
  targets: Array<{ workspace_id: string; id: string }>,
): Promise<number> {
  const scores: Array<{ id: string; score: number }> = [];
  const seen = new Set<string>();
  for (const target of targets) {
    const resource = await findQualityResource(db, target.workspace_id, target.id);
    const tableId = resource?.entity_type === 'column' ? resource.parent_id : resource?.id;
    if (!tableId || seen.has(tableId)) continue;
    seen.add(tableId);
    const score = await computeTableScore(db, target.workspace_id, tableId).catch(() => undefined);
    if (score) scores.push({ id: tableId, score: score.total });
  }
  if (scores.length > 0) {
    await db.transaction().execute((tx) => saveQualityScores(tx, scores, nowIso()));
  }
  return scores.length;
}

/** One scheduler pass: scores the never-scored tables and those scored more than an hour ago, a batch at a time. */
export async function refreshStaleQualityScores(db: Kysely<Database>, now: Date): Promise<number> {
  const due = await listTablesToScore(db, {
    scoredBefore: new Date(now.getTime() - QUALITY_SCORE_MAX_AGE_MS).toISOString(),
    limit: SCORES_PER_PASS,
  });
  return refreshQualityScores(db, due);
}

async function computeTableScore(
  db: Kysely<Database>,
  workspaceId: string,
  tableId: string,
): Promise<QualityScore> {
  const table = await findQualityResource(db, workspaceId, tableId);
  if (!table) throw new NotFoundError('resource_not_found', `no resource ${tableId}`);
  if (table.entity_type !== 'table') {
    throw new InputError('quality_target_unsupported', 'the quality score is computed for tables');
  }
  const columns = await listTableColumnRows(db, table.id);
  const facts = await findQualityScoreFacts(db, table);
  const monitors = await listMonitorHealth(db, [table.id, ...columns.map((c) => c.id)]);
  const tests = await listTestsForResources(db, [table.id, ...columns.map((c) => c.id)]);
  const dbtTestStatuses = [...tests.values()].flat().map((t) => t.status ?? '');
  return computeQualityScore(table.id, facts, { monitors, dbtTestStatuses }, new Date());
}

function part(criteria: Record<string, [number, number]>): ScorePart {
  const entries = Object.entries(criteria).map(([key, [score, max]]) => [key, { score, max }] as const);
  return {
    score: round(entries.reduce((sum, [, c]) => sum + c.score, 0)),
    max: entries.reduce((sum, [, c]) => sum + c.max, 0),
    criteria: Object.fromEntries(entries),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
