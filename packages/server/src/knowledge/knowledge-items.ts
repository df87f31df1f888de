import { type AuthContext, auditActor } from '../auth/authenticate.js';
import { hasRole } from '../auth/roles.js';
import { assertIdsInWorkspace } from '../catalog/check-references.js';
import { insertManualResource, type NewManualResource } from '../catalog/create-resource.js';
import { deleteResource } from '../catalog/delete-resource.js';
import {
  type CatalogStore,
  getResourceView,
  listTypedResources,
  type PageRequest,
  type TypedListFilters,
} from '../catalog/read-resources.js';
import { readScopeOf } from '../catalog/read-scope.js';
import { type ResourcePatch, writeResourcePatch } from '../catalog/update-resource.js';
import { ForbiddenError, NotFoundError } from '../errors/index.js';
import { recordAudit } from '../store/audit-logs.js';
import {
  findKnowledgeFields,
  findKnowledgeIdsWhere,
  type KnowledgeFieldsRow,
  listQuestionSubscribers,
  listSubscribersOfQuestions,
} from '../store/knowledge/index.js';
import { refreshSearchDocuments } from '../store/search/index.js';
import { writeDocumentMentions } from './document-mentions.js';
import { canReadDrafts, type KnowledgeEntityType, type KnowledgeExtras } from './knowledge-types.js';
import { type KnowledgeView, toKnowledgeView } from './knowledge-view.js';
import { moveKnowledgeItem } from './move-knowledge-item.js';
import {
  announceQuestionActivity,
  type QuestionActivity,
  writeKnowledgeExtras,
} from './question-activity.js';

export type KnowledgeInput = NewManualResource & KnowledgeExtras;
/** `parent` moves the item (null: to the top level). */
export type KnowledgePatch = ResourcePatch & KnowledgeExtras & { parent?: string | null };

export interface KnowledgeListFilters extends TypedListFilters {
  /** Questions: by status, and by the resource asked about. */
  status?: string | undefined;
  resource_id?: string | undefined;
}

/** One knowledge item of the given type; drafts are "not found" for viewers, other teams' items for guests. */
export async function getKnowledgeItem(
  store: CatalogStore,
  options: { auth: AuthContext; id: string; entityType: KnowledgeEntityType },
): Promise<KnowledgeView> {
  const { auth, id, entityType } = options;
  // Guests read their teams' items only; another team's item is "not found", as an unknown id.
  const view = await getResourceView(store, {
    workspaceId: auth.workspaceId,
    id,
    entityType,
    scope: await readScopeOf(store, auth),
  });
  if (!view.published && !canReadDrafts(auth)) {
    throw new NotFoundError('resource_not_found', `no resource with id ${id}`, { id });
  }
  const fields = await findKnowledgeFields(store.db, [id]);
  const subscribers = entityType === 'question' ? await listQuestionSubscribers(store.db, id) : [];
  return toKnowledgeView(view, fields.get(id), subscribers);
}

/** A page of knowledge items of one type, newest first; viewers see published items only, guests their teams'. */
export async function listKnowledgeItems(
  store: CatalogStore,
  options: {
    auth: AuthContext;
    entityType: KnowledgeEntityType;
    filters: KnowledgeListFilters;
    page: PageRequest;
  },
): Promise<{ results: KnowledgeView[]; count: number }> {
  const { auth, entityType } = options;
  const { status, resource_id, ...filters } = options.filters;
  if (!canReadDrafts(auth)) filters.published = true;
  if (status !== undefined || resource_id !== undefined) {
    filters.id__in = await findKnowledgeIdsWhere(store.db, {
      workspaceId: auth.workspaceId,
      status,
      subjectId: resource_id,
    });
    if (filters.id__in.length === 0) return { results: [], count: 0 };
  }
  const page = await listTypedResources(store, {
    workspaceId: auth.workspaceId,
    entityType,
    filters,
    scope: await readScopeOf(store, auth),
    page: options.page,
  });
  const ids = page.results.map((view) => view.id);
  const fields = await findKnowledgeFields(store.db, ids);
  const subscribers = entityType === 'question' ? await listSubscribersOfQuestions(store.db, ids) : new Map();
  const results = page.results.map((view) =>
    toKnowledgeView(view, fields.get(view.id), subscribers.get(view.id) ?? []),
  );
  return { results, count: page.count };
}

/**
 * Creates a knowledge item with its own fields, a document's mention links and a question's subscribers, and
 * its audit entry, in one transaction; subscribers hear of a new reply once it committed.
 */
export async function createKnowledgeItem(
  store: CatalogStore,
  options: { auth: AuthContext; entityType: KnowledgeEntityType; input: KnowledgeInput },
): Promise<KnowledgeView> {
  const { auth, entityType, input } = options;
  assertMayCreate(auth, entityType, input);
  const activities: QuestionActivity[] = [];
  const after = await store.db.transaction().execute(async (tx) => {
    const txStore = { db: tx, flags: store.flags };
    await assertKnowledgeReferences(txStore, auth, input);
    const id = await insertManualResource(txStore, { auth, entityType, input: resourceInput(input) });
    activities.push(
      ...(await writeKnowledgeExtras(txStore, {
        auth,
        item: { id, entityType, title: input.title, parent: input.parent ?? null },
        extras: input,
        before: undefined,
      })),
    );
    if (entityType === 'document') await writeDocumentMentions(txStore, { auth, documentId: id });
    // The row was indexed when inserted, before its synonyms were written: index them too.
    if (input.synonyms?.length) await refreshSearchDocuments(tx, store.flags, [id]);
    const view = await getKnowledgeItem(txStore, { auth, id, entityType });
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'create',
      entityType: 'resource',
      entityId: id,
      after: view,
    });
    return view;
  });
  for (const activity of activities) announceQuestionActivity(store, activity);
  return after;
}

/**
 * Viewers ask questions and reply in the open: a question or a reply, published, and no more than what asking
 * needs (no owners, tags, collections or teams to curate). Editors and admins create anything.
 */
function assertMayCreate(auth: AuthContext, entityType: KnowledgeEntityType, input: KnowledgeInput): void {
  if (hasRole(auth.role, 'editor')) return;
  const curated = (['owners', 'owners_groups', 'tags', 'collections', 'teams'] as const).filter(
    (field) => input[field] !== undefined,
  );
  if (entityType !== 'question' && entityType !== 'reply') {
    throw new ForbiddenError('forbidden', `a ${entityType} is written by editors and admins`, {
      required: 'editor',
      actual: auth.role,
    });
  }
  if (input.published === false || curated.length > 0) {
    throw new ForbiddenError(
      'forbidden',
      `viewers ask and reply in the open: ${input.published === false ? 'a draft' : curated.join(', ')} needs the editor role`,
      { required: 'editor', actual: auth.role },
    );
  }
}

export async function updateKnowledgeItem(
  store: CatalogStore,
  options: { auth: AuthContext; id: string; entityType: KnowledgeEntityType; patch: KnowledgePatch },
): Promise<KnowledgeView> {
  const { auth, id, entityType, patch } = options;
  const activities: QuestionActivity[] = [];
  const after = await store.db.transaction().execute(async (tx) => {
    const txStore = { db: tx, flags: store.flags };
    const before = await getKnowledgeItem(txStore, { auth, id, entityType });
    await assertKnowledgeReferences(txStore, auth, patch);
    await writeResourcePatch(txStore, { auth, id, entityType, patch: resourcePatch(patch) });
    if (patch.parent !== undefined) {
      await moveKnowledgeItem(txStore, { auth, id, entityType, parent: patch.parent });
    }
    activities.push(
      ...(await writeKnowledgeExtras(txStore, {
        auth,
        item: {
          id,
          entityType,
          title: patch.title ?? before.title,
          parent: patch.parent === undefined ? before.parent : patch.parent,
        },
        extras: patch,
        before,
      })),
    );
    if (entityType === 'document' && patch.definition !== undefined) {
      await writeDocumentMentions(txStore, { auth, documentId: id });
    }
    if (patch.synonyms !== undefined) await refreshSearchDocuments(tx, store.flags, [id]);
    const view = await getKnowledgeItem(txStore, { auth, id, entityType });
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'update',
      entityType: 'resource',
      entityId: id,
      before,
      after: view,
    });
    return view;
  });
  for (const activity of activities) announceQuestionActivity(store, activity);
  return after;
}

/** Deletes the item and everything under it (a term group's terms, a document's pages, a question's replies). */
export async function deleteKnowledgeItem(
  store: CatalogStore,
  options: { auth: AuthContext; id: string; entityType: KnowledgeEntityType },
): Promise<void> {
  await deleteResource(store, options);
}

async function assertKnowledgeReferences(
  store: CatalogStore,
  auth: AuthContext,
  extras: KnowledgeExtras,
): Promise<void> {
  const { workspaceId } = auth;
  const users = [...(extras.subscribers ?? []), ...(extras.assigned_to ? [extras.assigned_to] : [])];
  await assertIdsInWorkspace(store.db, {
    table: 'users',
    workspaceId,
    ids: users,
    field: 'assigned_to/subscribers',
  });
  if (extras.resource_id) {
    await assertIdsInWorkspace(store.db, {
      table: 'resources',
      workspaceId,
      ids: [extras.resource_id],
      field: 'resource_id',
    });
  }
}

function resourceInput(input: KnowledgeInput): NewManualResource {
  const {
    synonyms,
    icon,
    status,
    priority,
    assigned_to,
    resource_id,
    subscribers,
    accepted_answer,
    ...rest
  } = input;
  return rest;
}

function resourcePatch(patch: KnowledgePatch): ResourcePatch {
  const {
    parent,
    synonyms,
    icon,
    status,
    priority,
    assigned_to,
    resource_id,
    subscribers,
    accepted_answer,
    ...rest
  } = patch;
  return rest;
}

export type { KnowledgeFieldsRow };
