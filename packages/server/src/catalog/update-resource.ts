import type { Updateable } from 'kysely';
import { type AuthContext, auditActor } from '../auth/authenticate.js';
import { NotFoundError, UnprocessableError } from '../errors/index.js';
import { parseJsonColumn } from '../lib/json.js';
import { nowIso } from '../lib/time.js';
import { loadOwnerDirectory, resolveOwners } from '../store/accounts/index.js';
import { recordAudit } from '../store/audit-logs.js';
import {
  findResourceEditRow,
  findResourceSubtreeIds,
  findResourceViewRow,
  type ResourceEditRow,
  refreshDescendantTitles,
  refreshEntityIds,
  renameInheritedNames,
  replaceResourceCollections,
  replaceResourceTags,
  updateResourceColumns,
} from '../store/catalog/index.js';
import type { ImportPolicy, ResourcesTable } from '../store/schema.js';
import { refreshSearchDocuments } from '../store/search/index.js';
import { assertIdsInWorkspace } from './check-references.js';
import { computeEffectiveValues, type PropertyValues } from './effective-values.js';
import { type CatalogStore, getResourceView } from './read-resources.js';
import type { ResourceView } from './resource-view.js';
import { titleFullOf } from './title-full.js';

/** What a PATCH of a resource may change. Absent fields stay as they are. */
export interface ResourcePatch {
  /** Hand-made resources only: a synced resource's title and native type are its source's. */
  title?: string;
  native_type?: string | null;
  description?: string;
  definition?: string;
  owners?: string[];
  url?: string | null;
  pii?: boolean;
  verified?: boolean;
  published?: boolean;
  archived?: boolean;
  tags?: string[];
  collections?: string[];
  teams?: string[];
  owners_groups?: string[];
  /** A display title (Secoda's `title_cased`), editable on any resource: the source's `title` stays. */
  title_cased?: string | null;
  icon?: string | null;
}

const STRUCTURAL_FIELDS = ['title', 'native_type'] as const;

/**
 * Applies a user's edit to one resource, in one transaction with its audit entry. Description, definition and
 * owners are user values: stored apart from the source's and merged by the integration's import policy (compat
 * §5), so the next sync keeps the edit. Everything else is catalog-only and written as given.
 */
export async function updateResource(
  store: CatalogStore,
  options: { auth: AuthContext; id: string; entityType?: string | undefined; patch: ResourcePatch },
): Promise<ResourceView> {
  const { auth, id } = options;
  // Owners are people: emails and ids of users resolve to user ids; other names stay external owners (#20).
  const patch =
    options.patch.owners === undefined
      ? options.patch
      : {
          ...options.patch,
          owners: resolveOwners(await loadOwnerDirectory(store.db, auth.workspaceId), options.patch.owners),
        };
  return store.db.transaction().execute(async (tx) => {
    const txStore = { db: tx, flags: store.flags };
    const edit = await findEditableResource(txStore, { ...options, patch, workspaceId: auth.workspaceId });
    const before = await getResourceView(txStore, { workspaceId: auth.workspaceId, id });
    await applyResourcePatch(txStore, { workspaceId: auth.workspaceId, edit, patch });
    const after = await getResourceView(txStore, { workspaceId: auth.workspaceId, id });
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'update',
      entityType: 'resource',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/**
 * The writes of {@link updateResource} without its transaction and audit entry, for callers that change their own
 * rows in the same transaction (knowledge items).
 */
export async function writeResourcePatch(
  txStore: CatalogStore,
  options: { auth: AuthContext; id: string; entityType?: string | undefined; patch: ResourcePatch },
): Promise<void> {
  const workspaceId = options.auth.workspaceId;
  const edit = await findEditableResource(txStore, { ...options, workspaceId });
  await applyResourcePatch(txStore, { workspaceId, edit, patch: options.patch });
}

/** The row to edit, locked where the backend can; 404 for another type or workspace; 422 for a bad patch. */
async function findEditableResource(
  store: CatalogStore,
  options: { workspaceId: string; id: string; entityType?: string | undefined; patch: ResourcePatch },
): Promise<ResourceEditRow> {
  const { workspaceId, id, patch } = options;
  const edit = await findResourceEditRow(store.db, {
    workspaceId,
    id,
    lockRow: store.flags.supportsRowLocks,
  });
  if (!edit || (options.entityType && edit.entity_type !== options.entityType)) {
    throw new NotFoundError('resource_not_found', `no resource with id ${id}`, { id });
  }
  assertStructuralFieldsEditable(edit, patch);
  for (const field of ['tags', 'collections', 'teams'] as const) {
    await assertIdsInWorkspace(store.db, { table: field, workspaceId, ids: patch[field], field });
  }
  await assertIdsInWorkspace(store.db, {
    table: 'groups',
    workspaceId,
    ids: patch.owners_groups,
    field: 'owners_groups',
  });
  return edit;
}

/** Writes the columns, the tag and collection links, and the names derived from a new title. */
async function applyResourcePatch(
  store: CatalogStore,
  options: { workspaceId: string; edit: ResourceEditRow; patch: ResourcePatch },
): Promise<void> {
  const { workspaceId, edit, patch } = options;
  const { db } = store;
  const values = { ...userValueColumns(edit, patch), ...catalogColumns(edit, patch) };
  if (patch.title !== undefined)
    Object.assign(values, await titleColumns(store, { workspaceId, edit, title: patch.title }));
  await updateResourceColumns(db, { workspaceId, id: edit.id, values });
  if (patch.tags) await replaceResourceTags(db, edit.id, patch.tags);
  if (patch.collections) await replaceResourceCollections(db, edit.id, patch.collections);
  if (patch.title !== undefined) {
    await renameInheritedNames(db, { id: edit.id, entityType: edit.entity_type, title: patch.title });
    await refreshDescendantTitles(db, edit.id);
    // A renamed table may leave one entity and join another.
    await refreshEntityIds(db, store.flags, { workspaceId, changed: { kind: 'resources', ids: [edit.id] } });
  }
  // The search index holds the row's words and facet values; a new title also changes the full paths (searched
  // words) of everything below.
  const reindexed = patch.title !== undefined ? await findResourceSubtreeIds(db, edit.id) : [edit.id];
  await refreshSearchDocuments(db, store.flags, reindexed);
}

function assertStructuralFieldsEditable(edit: ResourceEditRow, patch: ResourcePatch): void {
  if (edit.integration_id === null) return;
  const field = STRUCTURAL_FIELDS.find((name) => patch[name] !== undefined);
  if (field) {
    throw new UnprocessableError(
      'field_not_editable',
      `${field} of a resource synced from an integration comes from its source and cannot be edited`,
      { field },
    );
  }
}

/** description/definition/owners: record the user's value, then re-derive the effective columns. */
function userValueColumns(edit: ResourceEditRow, patch: ResourcePatch): Updateable<ResourcesTable> {
  const edited: PropertyValues = {};
  if (patch.description !== undefined) edited.description = patch.description;
  if (patch.definition !== undefined) edited.definition = patch.definition;
  if (patch.owners !== undefined) edited.owners = patch.owners;
  // Tags live in resource_tags; the key records that the user set them, so dbt's next sync adds none back and
  // an entity's merged tags are this source's (docs/lineage.md "Entities and sources").
  if (patch.tags !== undefined) edited.tags = patch.tags;
  if (Object.keys(edited).length === 0) return {};
  const user = { ...parseJsonColumn<PropertyValues>(edit.user_values, {}), ...edited };
  const effective = computeEffectiveValues({
    policy: (edit.import_policy ?? 'smart') as ImportPolicy,
    source: parseJsonColumn<PropertyValues>(edit.source_values, {}),
    user,
    previous: {
      description: edit.description,
      definition: edit.definition,
      owners: parseJsonColumn<string[]>(edit.owners, []),
    },
  });
  return {
    user_values: JSON.stringify(user),
    description: String(effective.description ?? ''),
    definition: String(effective.definition ?? ''),
    owners: JSON.stringify(Array.isArray(effective.owners) ? effective.owners : []),
  };
}

function catalogColumns(edit: ResourceEditRow, patch: ResourcePatch): Updateable<ResourcesTable> {
  const values: Updateable<ResourcesTable> = { updated_at: nowIso() };
  if (patch.native_type !== undefined) values.native_type = patch.native_type;
  if (patch.url !== undefined) values.url = patch.url;
  if (patch.title_cased !== undefined) values.title_cased = patch.title_cased || null;
  if (patch.icon !== undefined) values.icon = patch.icon;
  if (patch.pii !== undefined) values.pii = patch.pii ? 1 : 0;
  if (patch.verified !== undefined) values.verified = patch.verified ? 1 : 0;
  if (patch.published !== undefined) values.published = patch.published ? 1 : 0;
  if (patch.teams !== undefined) values.teams = JSON.stringify([...new Set(patch.teams)]);
  if (patch.owners_groups !== undefined)
    values.owners_groups = JSON.stringify([...new Set(patch.owners_groups)]);
  if (patch.archived !== undefined) {
    values.archived = patch.archived ? 1 : 0;
    values.archived_at = patch.archived ? (edit.archived_at ?? nowIso()) : null;
  }
  return values;
}

async function titleColumns(
  store: CatalogStore,
  options: { workspaceId: string; edit: ResourceEditRow; title: string },
): Promise<Updateable<ResourcesTable>> {
  const { workspaceId, edit, title } = options;
  const parent = edit.parent_id
    ? await findResourceViewRow(store.db, { workspaceId, id: edit.parent_id })
    : undefined;
  return {
    title,
    title_lower: title.toLowerCase(),
    title_full: titleFullOf({
      entityType: edit.entity_type,
      title,
      schema: edit.schema_name,
      database: edit.database_name,
      parentTitleFull: parent?.title_full,
    }),
  };
}
