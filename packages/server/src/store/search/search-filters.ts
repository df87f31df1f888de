import { type ExpressionBuilder, sql } from 'kysely';
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
}

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
  ];
  if (present(filters.entityTypes)) conditions.push(eb('r.entity_type', 'in', filters.entityTypes));
  if (present(filters.integrationIds)) conditions.push(eb('r.integration_id', 'in', filters.integrationIds));
  if (present(filters.databases)) conditions.push(eb('r.database_name', 'in', filters.databases));
  if (present(filters.schemas)) conditions.push(eb('r.schema_name', 'in', filters.schemas));
  if (filters.verified !== undefined) conditions.push(eb('r.verified', '=', filters.verified ? 1 : 0));
  if (filters.pii !== undefined) conditions.push(eb('r.pii', '=', filters.pii ? 1 : 0));
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
  if (present(filters.owners)) {
    // `owners` is a JSON array of strings; an owner matches as a whole quoted element (LIKE wildcards escaped).
    conditions.push(
      eb.or(
        filters.owners.map(
          (owner) => sql<boolean>`r.owners like ${`%${escapeLike(JSON.stringify(owner))}%`} escape '\\'`,
        ),
      ),
    );
  }
  return eb.and(conditions);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
