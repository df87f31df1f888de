import { parseJsonColumn, toBool } from '../lib/json.js';
import type { ResourceLinks, ResourceViewRow } from '../store/catalog/index.js';
import type { ResourcePermissions, ResourceView } from './resource-schema.js';

export type { OwnerDisplay, ResourcePermissions, ResourceView } from './resource-schema.js';

/** The permissions of a role on a resource it can see (guests and viewers read; editors and admins edit). */
export function permissionsOf(role: string | undefined): ResourcePermissions {
  const edit = role === 'editor' || role === 'admin';
  return { read: true, write: edit, edit, delete: edit };
}

/** A view with `current_user_permissions` for the caller's role. */
export function forCaller<T extends { current_user_permissions: ResourcePermissions }>(
  view: T,
  role: string,
): T {
  return { ...view, current_user_permissions: permissionsOf(role) };
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
    // Split into people and external owners by toResourceViews, which looks the users up.
    external_owners: [],
    owners_display: [],
    owners_groups: parseJsonColumn<string[]>(row.owners_groups, []),
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
    quality_score: row.quality_score === null ? null : Number(row.quality_score),
    properties: parseJsonColumn<Record<string, unknown>>(row.properties, {}),
    custom_properties: links.customProperties,
    tests: [],
    title_cased: row.title_cased ?? row.title,
    icon: row.icon,
    definition_version: null,
    subscribers: [],
    bookmarked_by: [],
    current_user_permissions: permissionsOf(undefined),
    display_metadata: {
      integration_id: row.integration_id,
      entity_type: row.entity_type,
      title_full: row.title_full,
    },
    search_metadata: {},
    multiplayers: [],
    multiplayer_last_modified: null,
    multiplayer_last_modified_by: null,
    parent_id: row.parent_id,
    integration_id: row.integration_id,
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
