/**
 * Hand-written types of the API answers the UI reads, copied from the server's TypeBox schemas
 * (`packages/server/src/api/schemas`). STYLE.md wants them generated from openapi.json; until that generator
 * exists these are kept by hand, and the browser tests catch a drift that breaks a page.
 */

export type Role = 'viewer' | 'editor' | 'admin';

export interface Me {
  id: string;
  email: string;
  name: string;
  role: Role;
  workspace_id: string;
  via: string;
}

export interface ListEnvelope<T> {
  links: { next: string | null; previous: string | null };
  meta: { page: number; previous_page: number | null; next_page: number | null };
  count: number;
  total_pages: number;
  results: T[];
}

export interface Resource {
  id: string;
  created_at: string;
  updated_at: string;
  entity_type: string;
  native_type: string | null;
  title: string;
  title_full: string;
  description: string;
  definition: string;
  owners: string[];
  tags: string[];
  collections: string[];
  teams: string[];
  published: boolean;
  archived: boolean;
  pii: boolean;
  verified: boolean;
  url: string | null;
  parent: string | null;
  children_count: number;
  integration: string | null;
  databuilder_id: string | null;
  external_updated_at: string | null;
  total_usage: number;
  stale: boolean;
  stale_at: string | null;
  row_count: number | null;
  byte_size: number | null;
  /** Latest dbt test results on this resource. */
  tests: DbtTestResult[];
  custom_properties: Record<string, unknown>;
  type?: string | null;
  sort_order?: number | null;
  is_pk?: boolean;
  schema?: string | null;
  database?: string | null;
}

export interface DbtTestResult {
  name: string;
  status: string | null;
  message: string | null;
  failures: number | null;
  run_at: string | null;
}

export type ResourcePatch = Partial<
  Pick<Resource, 'description' | 'definition' | 'owners' | 'pii' | 'verified' | 'tags' | 'title'>
>;

export interface Tag {
  id: string;
  name: string;
  description: string;
  color: string | null;
}

export interface Integration {
  id: string;
  created_at: string;
  updated_at: string;
  name: string;
  type: string;
  scheduled_extractions_hour: number;
  scheduled_extractions_frequency: number;
  scheduled_extractions_next_run: string | null;
  scheduled_extractions_last_run: string | null;
  import_policy: 'never' | 'smart' | 'always';
  auto_stale: boolean;
  schedule_enabled: boolean;
}

export interface SyncCounts {
  created: number;
  updated: number;
  unchanged: number;
  staled: number;
  revived: number;
  lineage_resolved: number;
  lineage_pending: number;
  lineage_rejected: number;
}

export interface SyncProblem {
  file?: string;
  line?: number;
  field?: string;
  message: string;
}

export interface SyncRecord {
  id: string;
  integration_id: string;
  status: 'running' | 'succeeded' | 'failed';
  dry_run: boolean;
  source: string;
  started_at: string;
  finished_at: string | null;
  counts: SyncCounts;
  warnings: SyncProblem[];
  error: { code: string; message: string; details: Record<string, unknown> } | null;
}

export interface ApiKey {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  user_id: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface CreatedApiKey extends ApiKey {
  key: string;
}

export interface AuditEntry {
  id: string;
  created_at: string;
  actor: string | null;
  actor_api_key: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
}

export interface GraphNode {
  id: string;
  title: string;
  title_full: string;
  entity_type: string;
  native_type: string | null;
  parent_id: string | null;
  schema_name: string | null;
  database_name: string | null;
  integration_id: string | null;
  integration_title: string | null;
  integration_type: string | null;
  distance: number;
}

export interface LineageGraphNode extends GraphNode {
  side: 'root' | 'upstream' | 'downstream';
  hidden_upstream: number;
  hidden_downstream: number;
}

export interface LineageGraph {
  root: string;
  level: string;
  truncated: boolean;
  nodes: LineageGraphNode[];
  edges: Array<{ from: string; to: string; kind: string | null; is_manual: boolean }>;
}

export interface Impact {
  root: GraphNode;
  level: string;
  truncated: boolean;
  count: number;
  results: GraphNode[];
}

export type LineageDirection = 'upstream' | 'downstream' | 'both';

/** One line of a run's log (`GET .../syncs/{sync_id}/logs`): a log call, an http call, or a run event. */
export interface SyncLogEntry {
  seq: number;
  at: string;
  kind: string;
  level: string;
  message: string;
  data: Record<string, unknown>;
}

export type SchedulePatch = Partial<
  Pick<Integration, 'scheduled_extractions_hour' | 'scheduled_extractions_frequency' | 'schedule_enabled'>
>;
