/**
 * Row types of every table, as Kysely sees them. Both backends store the same shapes: ids are text (UUID v7),
 * timestamps are ISO-8601 UTC text (so they sort as text), booleans are 0/1 integers and structured values are JSON
 * text. One shape means one code path; the few real backend differences live in store/dialect.ts.
 */

import type { Bool } from './column-types.js';
import type { DbtTables } from './dbt/dbt-tables.js';
import type { JobTables } from './jobs/jobs-schema.js';
import type { KnowledgeTables } from './knowledge/knowledge-tables.js';
import type { MarketplaceTables } from './marketplace/marketplace-tables.js';
import type { NotificationTables } from './notifications/notification-tables.js';
import type { OpenLineageTables } from './openlineage/openlineage-tables.js';
import type { QualityTables } from './quality/quality-tables.js';

export type { Bool };
/**
 * The roles, weakest first (the only definition: auth/roles.ts ranks them, the API schemas list them). `guest`
 * reads only the resources of its teams (Secoda's Guest role, compat.md §8).
 */
export const ROLES = ['guest', 'viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
/** How a sync's source values meet user edits (catalog/effective-values.ts decides; the API schema lists them). */
export const IMPORT_POLICIES = ['never', 'smart', 'always'] as const;
export type ImportPolicy = (typeof IMPORT_POLICIES)[number];
export type SyncStatus = 'running' | 'succeeded' | 'failed';

export interface WorkspacesTable {
  id: string;
  name: string;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  workspace_id: string;
  email: string;
  name: string;
  first_name: string;
  last_name: string;
  role: Role;
  password_hash: string | null;
  is_active: Bool;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ApiKeysTable {
  id: string;
  workspace_id: string;
  user_id: string;
  name: string;
  role: Role;
  /** First characters of the key, shown in lists so people can tell keys apart. */
  prefix: string;
  /** SHA-256 of the whole key; the key itself is never stored. */
  key_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  workspace_id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface TeamsTable {
  id: string;
  workspace_id: string;
  name: string;
  description: string;
  icon: string | null;
  /** OPEN (anyone may join) or CLOSED (private). */
  type: string;
  archived: Bool;
  /** The workspace's "General" team; it cannot be deleted or archived. */
  is_default_team: Bool;
  created_at: string;
  updated_at: string;
}

export interface TeamMembersTable {
  team_id: string;
  user_id: string;
}

export interface GroupsTable {
  id: string;
  workspace_id: string;
  name: string;
  description: string;
  icon: string | null;
  created_at: string;
  updated_at: string;
}

export interface GroupMembersTable {
  group_id: string;
  user_id: string;
}

export interface IntegrationsTable {
  id: string;
  workspace_id: string;
  name: string;
  type: string;
  /** AES-256-GCM envelope of the credentials JSON (see auth/secret-box.ts). */
  credentials_encrypted: string | null;
  properties: string;
  teams: string;
  ssh_tunnel: string | null;
  /**
   * Where the integration's tables physically live, when it knows (entity identity, store/catalog/entity-sources.ts):
   * the host of a built-in connector, lower-cased; null for imports and dbt (a manifest names no host).
   */
  address_host: string | null;
  /** The SQL dialect naming its tables (`postgres`, `mysql`, `snowflake`, `bigquery` ...), when known. */
  address_dialect: string | null;
  import_policy: ImportPolicy;
  auto_stale: Bool;
  schedule_enabled: Bool;
  scheduled_extractions_hour: number;
  scheduled_extractions_frequency: number;
  scheduled_extractions_next_run: string | null;
  scheduled_extractions_last_run: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface ResourcesTable {
  id: string;
  workspace_id: string;
  /** Null for resources created by hand in the catalog. */
  integration_id: string | null;
  databuilder_id: string | null;
  entity_type: string;
  native_type: string | null;
  parent_id: string | null;
  // Effective values (what the API shows), derived from source_values, user_values and the import policy.
  title: string;
  /** lower(title), for case-insensitive name resolution and sorting. */
  title_lower: string;
  title_full: string;
  /** A display title a user chose (Secoda's `title_cased`); null shows `title`. */
  title_cased: string | null;
  icon: string | null;
  description: string;
  definition: string;
  owners: string;
  /** JSON array of the ids of the groups that own the resource. */
  owners_groups: string;
  teams: string;
  url: string | null;
  published: Bool;
  pii: Bool;
  verified: Bool;
  archived: Bool;
  archived_at: string | null;
  stale: Bool;
  stale_at: string | null;
  external_updated_at: string | null;
  external_usage: number;
  internal_usage: number;
  row_count: number | null;
  byte_size: number | null;
  /** Read-only facts from the source (JSON object): foreign_keys, view_definition ... */
  properties: string;
  // Column- and table-specific fields.
  type: string | null;
  sort_order: number | null;
  is_pk: Bool;
  hidden: Bool;
  schema_name: string | null;
  database_name: string | null;
  group_name: string | null;
  product: string | null;
  /** Last values the integration sent for the editable properties (JSON object). */
  source_values: string;
  /** Values users set in the catalog (JSON object); a sync never touches them. */
  user_values: string;
  /** Hash of the last applied source record; an identical record is skipped without a write. */
  source_hash: string | null;
  last_sync_id: string | null;
  /** Tables: the Data Quality Score (0–100) when last computed (quality/quality-score.ts); null before. */
  quality_score: number | null;
  quality_scored_at: string | null;
  /**
   * A table that is a later source of an entity: the entity's id (its oldest source's); null for a resource
   * answered under its own id. Maintained by store/catalog/refresh-entity-ids.ts.
   */
  entity_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface LineageTable {
  id: string;
  workspace_id: string;
  /** Data flows from `from_resource_id` to `to_resource_id` (upstream → downstream). */
  from_resource_id: string;
  to_resource_id: string;
  is_manual: Bool;
  /** The integration whose syncs own this edge; null for manual edges. */
  integration_id: string | null;
  sync_id: string | null;
  /** Column edges: `direct` (the value flows) or `indirect` (filters, joins, groups); null otherwise. */
  kind: string | null;
  /** For manual edges: the direction the user declared (`UPSTREAM`/`DOWNSTREAM`), kept for the API. */
  direction: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/**
 * The external lineage references of each integration, resolved or waiting (the table keeps its first name): a
 * row is the pair as declared, its internal end as `*_resource_id`, its external end as `*_ref` plus `*_target_id`.
 */
export interface PendingLineageTable {
  id: string;
  workspace_id: string;
  integration_id: string;
  sync_id: string;
  /** The internal end (a resource the declaring integration wrote), when that end is not an external name. */
  from_resource_id: string | null;
  to_resource_id: string | null;
  /** The unresolved external reference(s), JSON LineageID. */
  from_ref: string | null;
  to_ref: string | null;
  /** lower(table name) of the (first) external reference, for re-resolution when assets arrive or change. */
  match_key: string;
  /** lower(table name) of the second end when both ends are external names; null otherwise. */
  other_key: string | null;
  /** What the external end resolves to now (null while nothing matches, and for an end that is not external). */
  from_target_id: string | null;
  to_target_id: string | null;
  kind: string | null;
  created_at: string;
}

export interface TagsTable {
  id: string;
  workspace_id: string;
  name: string;
  description: string;
  color: string | null;
  /** The integration that made the tag; null when made by hand. */
  integration_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface ResourceTagsTable {
  resource_id: string;
  tag_id: string;
}

export interface CustomPropertiesTable {
  id: string;
  workspace_id: string;
  name: string;
  description: string;
  value_type: string;
  /** JSON array of the entity types the property applies to; `["all"]` for every type. */
  entity_types: string;
  /** The integration the property belongs to (Secoda's `integration`); null for workspace-wide ones. */
  integration_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface CustomPropertyValuesTable {
  property_id: string;
  resource_id: string;
  value: string;
  updated_at: string;
}

export interface CollectionsTable {
  id: string;
  workspace_id: string;
  title: string;
  description: string;
  icon: string | null;
  /** The collection this one is nested in. */
  parent_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface CollectionResourcesTable {
  collection_id: string;
  resource_id: string;
}

export interface AuditLogsTable {
  id: string;
  workspace_id: string;
  actor_user_id: string | null;
  actor_api_key_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: string | null;
  after: string | null;
  created_at: string;
}

export interface SyncsTable {
  id: string;
  workspace_id: string;
  integration_id: string;
  /** What produced the run: `jsonl`, `csv`, `sdk`, `dbt`, `connector`, `marketplace`. */
  source: string;
  status: SyncStatus;
  dry_run: Bool;
  started_at: string;
  finished_at: string | null;
  counts: string;
  warnings: string;
  error: string | null;
  logs: string;
  triggered_by: string | null;
  /** The process running this sync (see processOwnerId); null for records older than migration 0008. */
  owner_id?: string | null;
  /** Last time the owner said the sync is alive; a stale heartbeat means the run was interrupted. */
  heartbeat_at?: string | null;
}

/** Row of `sign_in_failures` (migration 0013): one failed sign-in. */
export interface SignInFailuresTable {
  id: string;
  account: string;
  address: string;
  failed_at: string;
}

/**
 * Every table, declared once: the core tables here, each folder's own tables in its `*-tables.ts` (they import no
 * schema, so this composes them without a cycle).
 */
export interface Database
  extends DbtTables,
    JobTables,
    KnowledgeTables,
    MarketplaceTables,
    NotificationTables,
    OpenLineageTables,
    QualityTables {
  workspaces: WorkspacesTable;
  users: UsersTable;
  api_keys: ApiKeysTable;
  sessions: SessionsTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  groups: GroupsTable;
  group_members: GroupMembersTable;
  integrations: IntegrationsTable;
  resources: ResourcesTable;
  lineage: LineageTable;
  pending_lineage: PendingLineageTable;
  tags: TagsTable;
  resource_tags: ResourceTagsTable;
  custom_properties: CustomPropertiesTable;
  custom_property_values: CustomPropertyValuesTable;
  collections: CollectionsTable;
  collection_resources: CollectionResourcesTable;
  audit_logs: AuditLogsTable;
  syncs: SyncsTable;
  sign_in_failures: SignInFailuresTable;
}
