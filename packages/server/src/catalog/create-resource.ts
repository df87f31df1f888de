import type { Insertable } from 'kysely';
import { type AuthContext, auditActor } from '../auth/authenticate.js';
import { InputError, UnprocessableError } from '../errors/index.js';
import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/time.js';
import { loadOwnerDirectory, resolveOwners } from '../store/accounts/index.js';
import { recordAudit } from '../store/audit-logs.js';
import {
  findResourceViewRow,
  insertResource,
  type ResourceViewRow,
  replaceResourceCollections,
  replaceResourceTags,
} from '../store/catalog/index.js';
import { findIntegration } from '../store/integrations/index.js';
import type { ResourcesTable } from '../store/schema.js';
import { refreshSearchDocuments } from '../store/search/index.js';
import { assertIdsInWorkspace } from './check-references.js';
import { type CatalogStore, getResourceView } from './read-resources.js';
import type { ResourceView } from './resource-view.js';
import { titleFullOf } from './title-full.js';

/** A resource made by hand in the catalog (by default under its parent's integration, if any). */
export interface NewManualResource {
  title: string;
  description?: string;
  definition?: string;
  owners?: string[];
  /** The parent resource's id (must be of the type the hierarchy allows: a table's parent is a schema ...). */
  parent?: string | null;
  native_type?: string | null;
  url?: string | null;
  pii?: boolean;
  verified?: boolean;
  published?: boolean;
  tags?: string[];
  collections?: string[];
  teams?: string[];
  owners_groups?: string[];
  /** Columns. */
  type?: string | null;
  sort_order?: number | null;
  is_pk?: boolean;
  /** Tables: taken from the parent schema when absent. */
  schema?: string | null;
  database?: string | null;
  /** The integration the resource belongs to; default: its parent's (compat.md §8). */
  integration?: string | null;
  /** Secoda scripts send it; it must be the route's entity type. */
  entity_type?: string;
  title_cased?: string | null;
  icon?: string | null;
}

/** Which entity types may be the parent of each type (compat §2 hierarchies). */
export const ALLOWED_PARENT_TYPES: Readonly<Record<string, readonly string[]>> = {
  database: [],
  schema: ['database'],
  table: ['schema'],
  column: ['table', 'column'],
  dashboard_group: [],
  dashboard: ['dashboard_group'],
  chart: ['dashboard'],
  // Knowledge (issue #20): terms nest under term groups, documents under documents, replies under their question.
  term_group: ['term_group'],
  glossary: ['term_group'],
  document: ['document'],
  question: [],
  reply: ['question'],
};

/** Creates a hand-made resource with its tags and collections, and its audit entry, in one transaction. */
export async function createManualResource(
  store: CatalogStore,
  options: { auth: AuthContext; entityType: string; input: NewManualResource },
): Promise<ResourceView> {
  const { auth } = options;
  return store.db.transaction().execute(async (tx) => {
    const txStore = { db: tx, flags: store.flags };
    const id = await insertManualResource(txStore, options);
    const after = await getResourceView(txStore, { workspaceId: auth.workspaceId, id });
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'create',
      entityType: 'resource',
      entityId: id,
      after,
    });
    return after;
  });
}

/**
 * The writes of {@link createManualResource} without its transaction and audit entry, for callers that add their
 * own rows in the same transaction (knowledge items). Returns the new id.
 */
export async function insertManualResource(
  txStore: CatalogStore,
  options: { auth: AuthContext; entityType: string; input: NewManualResource },
): Promise<string> {
  const { auth, entityType, input } = options;
  const tx = txStore.db;
  if (input.entity_type !== undefined && input.entity_type !== entityType) {
    throw new InputError(
      'validation_failed',
      `body.entity_type: this route creates a ${entityType}, not a ${input.entity_type}`,
      { problems: [{ in: 'body', field: 'entity_type', message: `must be ${entityType}` }] },
    );
  }
  const parent = await findAllowedParent(txStore, auth.workspaceId, entityType, input.parent);
  for (const field of ['tags', 'collections', 'teams'] as const) {
    await assertIdsInWorkspace(tx, {
      table: field,
      workspaceId: auth.workspaceId,
      ids: input[field],
      field,
    });
  }
  await assertIdsInWorkspace(tx, {
    table: 'groups',
    workspaceId: auth.workspaceId,
    ids: input.owners_groups,
    field: 'owners_groups',
  });
  const integrationId =
    input.integration === undefined ? (parent?.integration_id ?? null) : input.integration;
  if (integrationId && !(await findIntegration(tx, auth.workspaceId, integrationId))) {
    throw new UnprocessableError('integration_not_found', `integration: unknown id ${integrationId}`, {
      field: 'integration',
    });
  }
  // Owners are people: emails and ids of users resolve to user ids; other names stay external owners (#20).
  const owners = input.owners && resolveOwners(await loadOwnerDirectory(tx, auth.workspaceId), input.owners);
  const id = newId();
  await insertResource(
    tx,
    toRow({
      id,
      workspaceId: auth.workspaceId,
      entityType,
      input: { ...input, owners },
      parent,
      integrationId,
    }),
  );
  await refreshSearchDocuments(tx, txStore.flags, [id]);
  if (input.tags) await replaceResourceTags(tx, id, input.tags);
  if (input.collections) await replaceResourceCollections(tx, id, input.collections);
  return id;
}

/** The parent row of a new or moved item, checked to be of a type the hierarchy allows under `entityType` (422). */
export async function findAllowedParent(
  store: CatalogStore,
  workspaceId: string,
  entityType: string,
  parentId: string | null | undefined,
): Promise<ResourceViewRow | undefined> {
  if (!parentId) return undefined;
  const parent = await findResourceViewRow(store.db, { workspaceId, id: parentId });
  if (!parent) {
    throw new UnprocessableError('resource_not_found', `parent: unknown id ${parentId}`, { field: 'parent' });
  }
  const allowed = ALLOWED_PARENT_TYPES[entityType] ?? [];
  if (!allowed.includes(parent.entity_type)) {
    throw new UnprocessableError(
      'invalid_parent',
      `parent: a ${entityType} cannot be under a ${parent.entity_type} (allowed: ${allowed.join(', ') || 'none'})`,
      { field: 'parent', parent_entity_type: parent.entity_type, allowed },
    );
  }
  return parent;
}

function toRow(options: {
  id: string;
  workspaceId: string;
  entityType: string;
  input: NewManualResource;
  parent: ResourceViewRow | undefined;
  integrationId: string | null;
}): Insertable<ResourcesTable> {
  const { input, parent, entityType } = options;
  const now = nowIso();
  // Names a table inherits from its schema (and a schema from its database), so title_full is complete.
  const schema = input.schema ?? (entityType === 'table' && parent ? parent.title : null);
  const database =
    input.database ?? (entityType === 'schema' ? (parent?.title ?? null) : (parent?.database_name ?? null));
  const userValues: Record<string, unknown> = {};
  for (const key of ['description', 'definition', 'owners'] as const) {
    if (input[key] !== undefined) userValues[key] = input[key];
  }
  return {
    id: options.id,
    workspace_id: options.workspaceId,
    // A hand-made resource may belong to an integration (its parent's by default); with no databuilder_id, the
    // integration's syncs never match it, so they neither update nor mark it stale.
    integration_id: options.integrationId,
    databuilder_id: null,
    entity_type: entityType,
    native_type: input.native_type ?? null,
    parent_id: parent?.id ?? null,
    title: input.title,
    title_lower: input.title.toLowerCase(),
    title_cased: input.title_cased || null,
    icon: input.icon ?? null,
    title_full: titleFullOf({
      entityType,
      title: input.title,
      schema,
      database,
      parentTitleFull: parent?.title_full,
    }),
    description: input.description ?? '',
    definition: input.definition ?? '',
    owners: JSON.stringify(input.owners ?? []),
    teams: JSON.stringify([...new Set(input.teams ?? [])]),
    owners_groups: JSON.stringify([...new Set(input.owners_groups ?? [])]),
    url: input.url ?? null,
    published: input.published === false ? 0 : 1,
    pii: input.pii ? 1 : 0,
    verified: input.verified ? 1 : 0,
    archived: 0,
    archived_at: null,
    stale: 0,
    stale_at: null,
    external_updated_at: null,
    external_usage: 0,
    internal_usage: 0,
    row_count: null,
    byte_size: null,
    properties: '{}',
    type: input.type ?? null,
    sort_order: input.sort_order ?? null,
    is_pk: input.is_pk ? 1 : 0,
    hidden: 0,
    schema_name: schema,
    database_name: database,
    group_name: null,
    product: null,
    source_values: '{}',
    user_values: JSON.stringify(userValues),
    source_hash: null,
    last_sync_id: null,
    created_at: now,
    updated_at: now,
  };
}
