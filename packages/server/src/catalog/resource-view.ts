import { parseJsonColumn, toBool } from '../lib/json.js';
import type { ResourceLinks, ResourceViewRow } from '../store/catalog/index.js';
import type { ResourceTest } from '../store/dbt/index.js';

/** A catalog resource as the API answers it (compat §6), for every entity type. */
export interface ResourceView {
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
  owners_groups: string[];
  collections: string[];
  tags: string[];
  workspace_id: string;
  published: boolean;
  archived: boolean;
  archived_at: string | null;
  pii: boolean;
  verified: boolean;
  url: string | null;
  parent: string | null;
  children_count: number;
  integration: string | null;
  databuilder_id: string | null;
  sources: string[];
  teams: string[];
  external_updated_at: string | null;
  external_usage: number;
  internal_usage: number;
  total_usage: number;
  stale: boolean;
  stale_at: string | null;
  row_count: number | null;
  byte_size: number | null;
  /** Custom property name → value (Sextant's way to show them on the resource). */
  custom_properties: Record<string, unknown>;
  /** Latest dbt test results on the resource (store/dbt). */
  tests: ResourceTest[];
  /** Columns only. */
  type?: string | null;
  sort_order?: number | null;
  is_pk?: boolean;
  /** Tables only: the schema and database names. */
  schema?: string | null;
  database?: string | null;
}

const NO_LINKS: ResourceLinks = { tags: [], collections: [], customProperties: {} };

/** Shapes a stored row and its links into the API object. */
export function toResourceView(row: ResourceViewRow, links: ResourceLinks = NO_LINKS): ResourceView {
  const externalUsage = Number(row.external_usage);
  const internalUsage = Number(row.internal_usage);
  const view: ResourceView = {
    id: row.id,
    created_at: row.created_at,
    updated_at: row.updated_at,
    entity_type: row.entity_type,
    native_type: row.native_type,
    title: row.title,
    title_full: row.title_full,
    description: row.description,
    definition: row.definition,
    owners: parseJsonColumn<string[]>(row.owners, []),
    owners_groups: [],
    collections: links.collections,
    tags: links.tags,
    workspace_id: row.workspace_id,
    published: toBool(row.published),
    archived: toBool(row.archived),
    archived_at: row.archived_at,
    pii: toBool(row.pii),
    verified: toBool(row.verified),
    url: row.url,
    parent: row.parent_id,
    children_count: row.children_count,
    integration: row.integration_id,
    databuilder_id: row.databuilder_id,
    sources: [],
    teams: parseJsonColumn<string[]>(row.teams, []),
    external_updated_at: row.external_updated_at,
    external_usage: externalUsage,
    internal_usage: internalUsage,
    total_usage: externalUsage + internalUsage,
    stale: toBool(row.stale),
    stale_at: row.stale_at,
    row_count: row.row_count === null ? null : Number(row.row_count),
    byte_size: row.byte_size === null ? null : Number(row.byte_size),
    custom_properties: links.customProperties,
    tests: [],
  };
  if (row.entity_type === 'column') {
    view.type = row.type;
    view.sort_order = row.sort_order;
    view.is_pk = toBool(row.is_pk);
  }
  if (row.entity_type === 'table') {
    view.schema = row.schema_name;
    view.database = row.database_name;
  }
  return view;
}
