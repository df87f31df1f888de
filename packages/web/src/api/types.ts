/**
 * The API shapes the UI reads, named from the types generated out of openapi.json (`@sextant/client`'s
 * `src/openapi-types.ts`, `npm run openapi`), so a change to a route's schema shows up here as a type error.
 */
import type { paths } from '@sextant/client';

/** The JSON body a route answers with the given status. */
type Answer<
  Path extends keyof paths,
  Method extends 'get' | 'post' | 'patch',
  Status extends number = 200,
> = paths[Path][Method] extends {
  responses: { [S in Status]: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;
/** The JSON body a route accepts. */
type Body<Path extends keyof paths, Method extends 'post' | 'patch'> = paths[Path][Method] extends {
  requestBody?: { content: { 'application/json': infer Sent } };
}
  ? Sent
  : never;
type Item<List> = List extends { results: Array<infer T> } ? T : never;

export type Me = Answer<'/api/v1/auth/me', 'get'>;

/** A page of a list route (compat.md §2). */
export interface ListEnvelope<T> {
  links: { next: string | null; previous: string | null };
  meta: { page: number; previous_page: number | null; next_page: number | null };
  count: number;
  total_pages: number;
  results: T[];
}

/**
 * A catalog resource as the generic and typed routes answer it. The typed routes add per-type fields (columns:
 * `type`, `sort_order`, `is_pk`; tables: `schema`, `database`), optional here.
 */
export type Resource = Answer<'/api/v1/resource/all/{id}', 'get'> &
  Partial<Pick<Item<Answer<'/api/v1/table/columns', 'get'>>, 'type' | 'sort_order' | 'is_pk'>> &
  Partial<Pick<Item<Answer<'/api/v1/table/tables', 'get'>>, 'schema' | 'database'>>;
export type DbtTestResult = Resource['tests'][number];
export type ResourcePatch = Pick<
  NonNullable<Body<'/api/v1/resource/all/{id}', 'patch'>>,
  'description' | 'definition' | 'owners' | 'pii' | 'verified' | 'tags' | 'title'
>;

export type Tag = Item<Answer<'/api/v1/tag', 'get'>>;

export type Integration = Answer<'/api/v1/integration/integrations/{id}', 'get'>;
export type SchedulePatch = Pick<
  NonNullable<Body<'/api/v1/integration/integrations/{id}', 'patch'>>,
  'scheduled_extractions_hour' | 'scheduled_extractions_frequency' | 'schedule_enabled'
>;

export type SyncRecord = Answer<'/api/v1/integration/integrations/{id}/syncs/{sync_id}', 'get'>;
export type SyncCounts = SyncRecord['counts'];
export type SyncProblem = SyncRecord['warnings'][number];
/** One line of a run's log: a log call, an http call, or a run event. */
export type SyncLogEntry = Item<Answer<'/api/v1/integration/integrations/{id}/syncs/{sync_id}/logs', 'get'>>;

export type ApiKey = Item<Answer<'/api/v1/auth/api_keys', 'get'>>;
/** A role (`Me.role` is a plain string in the schema; keys name the three). */
export type Role = ApiKey['role'];
export type CreatedApiKey = Answer<'/api/v1/auth/api_keys', 'post', 201>;

export type AuditEntry = Item<Answer<'/api/v1/activity_log/audit_logs', 'get'>>;
/** An OpenLineage run of a job resource. */
export type JobRun = Answer<'/api/v1/resource/all/{id}/runs', 'get'>['runs'][number];

export type LineageGraph = Answer<'/api/v1/lineage/graph', 'get'>;
export type LineageGraphNode = LineageGraph['nodes'][number];
export type GraphNode = Omit<LineageGraphNode, 'side' | 'hidden_upstream' | 'hidden_downstream'>;
export type Impact = Answer<'/api/v1/lineage/impact', 'get'>;

export type LineageDirection = NonNullable<
  NonNullable<paths['/api/v1/lineage/graph']['get']['parameters']['query']>['direction']
>;

/** A built-in connector (PostgreSQL, MySQL/MariaDB) and the credential fields its form is built from. */
export type Connector = Item<Answer<'/api/v1/integration/connectors', 'get'>>;
export type ConnectorField = Connector['fields'][number];
/** The answer of a connection test: ok with the server's version, or the stage that failed and how to fix it. */
export type ConnectionTestResult = Answer<'/api/v1/integration/connectors/{type}/test', 'post'>;
/** One foreign key, as `properties.foreign_keys` carries it on a table (docs/connectors.md). */
export interface ForeignKeyProperty {
  name: string;
  columns: string[];
  references: { database: string; schema: string; table: string; columns: string[]; databuilder_id: string };
}
