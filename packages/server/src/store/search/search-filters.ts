import { type ExpressionBuilder, sql } from 'kysely';
import { notBehindAnotherSource } from '../catalog/entity-sources.js';
import type { Database } from '../schema.js';

/** Facet filters of a search; each list matches any of its values, and the lists combine with "and". */
export interface SearchFilters {
  entityTypes?: readonly string[] | undefined;
  integrationIds?: readonly string[] | undefined;
  databases?: readonly string[] | undefined;
  schemas?: readonly string[] | undefined;
  tagIds?: readonly string[] | undefined;
  /** Owner emails (as stored in the resource's `owners` JSON array). */
  owners?: readonly string[] | undefined;
  verified?: boolean | undefined;
  pii?: boolean | undefined;
  /** Quality score bands of tables (docs/quality.md): `good`, `moderate`, `poor`, `not_set`. */
  qualityBands?: readonly QualityBand[] | undefined;
  /** The worst state of the monitors on a resource and its columns: `incident`, `error` or `ok`. */
  monitorStatuses?: readonly MonitorStatus[] | undefined;
  /** Viewers: drafts (unpublished resources: knowledge items being written) are left out. */
  publishedOnly?: boolean | undefined;
  /**
   * Guests: only resources of one of these teams (ids in the resource's `teams` JSON array). An empty list finds
   * nothing; undefined does not restrict.
   */
  teams?: readonly string[] | undefined;
}

export const QUALITY_BANDS = ['good', 'moderate', 'poor', 'not_set'] as const;
export type QualityBand = (typeof QUALITY_BANDS)[number];
export const MONITOR_STATUSES = ['ok', 'incident', 'error'] as const;
export type MonitorStatus = (typeof MONITOR_STATUSES)[number];

/** The score bands as conditions on `r.quality_score` (Good ≥ 80, Moderate ≥ 50, Poor below; tables only). */
const BAND_CONDITIONS: Record<QualityBand, string> = {
  good: 'r.quality_score >= 80',
  moderate: 'r.quality_score >= 50 and r.quality_score < 80',
  poor: 'r.quality_score < 50',
  not_set: "r.entity_type = 'table' and r.quality_score is null",
};

/** The enabled monitors on `r` or on one of its columns (a monitor's status rolls up to its table). */
const MONITORS_OF_R = `from monitors m where m.is_enabled = 1 and (m.target_id = r.id or m.target_id in
  (select c.id from resources c where c.parent_id = r.id and c.entity_type = 'column'))`;
const HAS_OPEN_INCIDENT = `exists (select 1 ${MONITORS_OF_R} and exists
  (select 1 from monitor_incidents i where i.monitor_id = m.id and i.status = 'open'))`;
const HAS_ERROR = `exists (select 1 ${MONITORS_OF_R} and m.status = 'error')`;
const MONITOR_CONDITIONS: Record<MonitorStatus, string> = {
  incident: HAS_OPEN_INCIDENT,
  error: `${HAS_ERROR} and not ${HAS_OPEN_INCIDENT}`,
  ok: `exists (select 1 ${MONITORS_OF_R}) and not ${HAS_ERROR} and not ${HAS_OPEN_INCIDENT}`,
};

const anyOf = (conditions: string[]) =>
  sql<boolean>`(${sql.raw(conditions.map((c) => `(${c})`).join(' or '))})`;

/** What every candidate query of one search shares: whose catalog, which half of it, which facets. */
export interface SearchScope {
  workspaceId: string;
  /** The archive view: stale resources only. Otherwise live ones only. */
  archive: boolean;
  filters: SearchFilters;
}

type ResourceAlias = ExpressionBuilder<Database & { r: Database['resources'] }, 'r'>;

const present = (values: readonly string[] | undefined): values is readonly string[] =>
  values !== undefined && values.length > 0;

/** The scope as one condition on `resources as r`. */
export function scopeCondition(eb: ResourceAlias, scope: SearchScope) {
  const { filters } = scope;
  const conditions = [
    eb('r.workspace_id', '=', scope.workspaceId),
    eb('r.stale', '=', scope.archive ? 1 : 0),
    // One result per physical table: a table another source of its entity outranks is found through that one.
    notBehindAnotherSource('r'),
  ];
  if (present(filters.entityTypes)) conditions.push(eb('r.entity_type', 'in', filters.entityTypes));
  if (present(filters.integrationIds)) conditions.push(eb('r.integration_id', 'in', filters.integrationIds));
  if (present(filters.databases)) conditions.push(eb('r.database_name', 'in', filters.databases));
  if (present(filters.schemas)) conditions.push(eb('r.schema_name', 'in', filters.schemas));
  if (filters.verified !== undefined) conditions.push(eb('r.verified', '=', filters.verified ? 1 : 0));
  if (filters.pii !== undefined) conditions.push(eb('r.pii', '=', filters.pii ? 1 : 0));
  if (filters.publishedOnly) conditions.push(eb('r.published', '=', 1));
  // Whitelisted words only reach this SQL (the route's schema and these records).
  if (present(filters.qualityBands))
    conditions.push(anyOf(filters.qualityBands.map((b) => BAND_CONDITIONS[b])));
  if (present(filters.monitorStatuses)) {
    conditions.push(anyOf(filters.monitorStatuses.map((status) => MONITOR_CONDITIONS[status])));
  }
  if (present(filters.tagIds)) {
    const tagIds = filters.tagIds;
    conditions.push(
      eb.exists(
        eb
          .selectFrom('resource_tags as rt')
          .select(sql.lit(1).as('one'))
          .whereRef('rt.resource_id', '=', 'r.id')
          .where('rt.tag_id', 'in', tagIds),
      ),
    );
  }
  if (present(filters.owners)) conditions.push(jsonArrayHasAny(eb, sql.ref('r.owners'), filters.owners));
  if (filters.teams !== undefined) {
    conditions.push(
      filters.teams.length > 0 ? jsonArrayHasAny(eb, sql.ref('r.teams'), filters.teams) : sql<boolean>`1 = 0`,
    );
  }
  return eb.and(conditions);
}

/**
 * A JSON array of strings (written by JSON.stringify) holding one of the values: each matches as a whole quoted
 * element (LIKE wildcards escaped), so `"t1"` does not match `"t10"`.
 */
function jsonArrayHasAny(eb: ResourceAlias, column: ReturnType<typeof sql.ref>, values: readonly string[]) {
  return eb.or(
    values.map(
      (value) => sql<boolean>`${column} like ${`%${escapeLike(JSON.stringify(value))}%`} escape '\\'`,
    ),
  );
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
