import Type, { type Static } from 'typebox';
import { type AuthContext, auditActor } from '../auth/authenticate.js';
import { InputError, NotFoundError } from '../errors/index.js';
import { newId } from '../lib/ids.js';
import { parseJsonColumn } from '../lib/json.js';
import { nowIso } from '../lib/time.js';
import { Nullable } from '../lib/typebox.js';
import { recordAudit } from '../store/audit-logs.js';
import {
  type CustomPropertyRow,
  deleteCustomPropertyRow,
  findCustomProperty,
  findCustomPropertyValue,
  findResourceViewRow,
  insertCustomProperty,
  listCustomProperties as listCustomPropertyRows,
  updateCustomPropertyRow,
  writeCustomPropertyValue,
} from '../store/catalog/index.js';
import { findIntegration } from '../store/integrations/index.js';
import { withDuplicateNameAsConflict } from './duplicate-name.js';
import type { CatalogStore, PageRequest } from './read-resources.js';

/**
 * Secoda's value types (compat.md §8): `string` holds at most 255 characters, `text` any length, `date` an ISO
 * date; `select`, `multiselect`, `user` and `resource` values are arrays of ids (a select holds at most one).
 */
export const CUSTOM_PROPERTY_VALUE_TYPES = [
  'text',
  'string',
  'number',
  'boolean',
  'date',
  'select',
  'multiselect',
  'user',
  'resource',
] as const;
export type CustomPropertyValueType = (typeof CUSTOM_PROPERTY_VALUE_TYPES)[number];
export type CustomPropertyValue = string | number | boolean | string[] | null;

/** A property as the API answers it: its entity types as a list and its integration as Secoda's object. */
export const CustomPropertySchema = Type.Object({
  id: Type.String(),
  created_at: Type.String(),
  updated_at: Type.String(),
  workspace_id: Type.String(),
  name: Type.String({ description: 'Unique in the workspace; the key the value shows under on resources.' }),
  description: Type.String(),
  value_type: Type.String({ description: CUSTOM_PROPERTY_VALUE_TYPES.join(', ') }),
  entity_types: Type.Array(Type.String(), {
    description: 'Entity types it applies to; ["all"] for every type.',
  }),
  integration: Nullable(
    Type.Object(
      { id: Type.String(), name: Type.String(), type: Type.String() },
      { description: 'null: any' },
    ),
  ),
});
export type CustomPropertyView = Static<typeof CustomPropertySchema>;

export interface CustomPropertyInput {
  name: string;
  description?: string;
  value_type?: CustomPropertyValueType;
  /** Entity types the property applies to; `["all"]` (the default) for every type. */
  entity_types?: string[];
  /** An integration id, or null for a workspace-wide property. */
  integration?: string | null;
}

async function toView(store: CatalogStore, row: CustomPropertyRow): Promise<CustomPropertyView> {
  const { entity_types, integration_id, ...rest } = row;
  const integration = integration_id
    ? await findIntegration(store.db, row.workspace_id, integration_id)
    : undefined;
  return {
    ...rest,
    entity_types: parseJsonColumn<string[]>(entity_types, ['all']),
    integration: integration ? { id: integration.id, name: integration.name, type: integration.type } : null,
  };
}

async function getCustomPropertyRow(
  store: CatalogStore,
  workspaceId: string,
  id: string,
): Promise<CustomPropertyRow> {
  const property = await findCustomProperty(store.db, workspaceId, id);
  if (!property)
    throw new NotFoundError('custom_property_not_found', `no custom property with id ${id}`, { id });
  return property;
}

export async function getCustomProperty(
  store: CatalogStore,
  workspaceId: string,
  id: string,
): Promise<CustomPropertyView> {
  return toView(store, await getCustomPropertyRow(store, workspaceId, id));
}

export async function listCustomProperties(
  store: CatalogStore,
  options: { workspaceId: string; page: PageRequest },
): Promise<{ results: CustomPropertyView[]; count: number }> {
  const { rows, count } = await listCustomPropertyRows(store.db, {
    workspaceId: options.workspaceId,
    ...options.page,
  });
  const results: CustomPropertyView[] = [];
  for (const row of rows) results.push(await toView(store, row));
  return { results, count };
}

async function checkIntegration(store: CatalogStore, workspaceId: string, id: string | null | undefined) {
  if (!id) return;
  if (await findIntegration(store.db, workspaceId, id)) return;
  throw new InputError('validation_failed', `body.integration: no integration with id ${id}`, {
    problems: [{ in: 'body', field: 'integration', message: `no integration with id ${id}` }],
  });
}

/** Defines a property; its name is unique in the workspace (409) and is the key it shows under on resources. */
export async function createCustomProperty(
  store: CatalogStore,
  options: { auth: AuthContext; input: CustomPropertyInput },
): Promise<CustomPropertyView> {
  const { auth, input } = options;
  const now = nowIso();
  await checkIntegration(store, auth.workspaceId, input.integration);
  const row: CustomPropertyRow = {
    id: newId(),
    workspace_id: auth.workspaceId,
    name: input.name,
    description: input.description ?? '',
    value_type: input.value_type ?? 'text',
    entity_types: JSON.stringify(input.entity_types?.length ? [...new Set(input.entity_types)] : ['all']),
    integration_id: input.integration ?? null,
    created_at: now,
    updated_at: now,
  };
  const property = await toView(store, row);
  await withDuplicateNameAsConflict(input.name, () =>
    store.db.transaction().execute(async (tx) => {
      await insertCustomProperty(tx, row);
      await recordAudit(tx, {
        ...auditActor(auth),
        action: 'create',
        entityType: 'custom_property',
        entityId: property.id,
        after: property,
      });
    }),
  );
  return property;
}

/**
 * Renames, redescribes or retargets a property (its value type is fixed: existing values were checked against
 * it). PUT answers the same as PATCH.
 */
export async function updateCustomProperty(
  store: CatalogStore,
  options: {
    auth: AuthContext;
    id: string;
    patch: { name?: string; description?: string; entity_types?: string[]; integration?: string | null };
  },
): Promise<CustomPropertyView> {
  const { auth, id, patch } = options;
  await checkIntegration(store, auth.workspaceId, patch.integration);
  const { entity_types, integration, ...plain } = patch;
  return withDuplicateNameAsConflict(patch.name, () =>
    store.db.transaction().execute(async (tx) => {
      const txStore = { db: tx, flags: store.flags };
      const before = await getCustomProperty(txStore, auth.workspaceId, id);
      await updateCustomPropertyRow(tx, {
        workspaceId: auth.workspaceId,
        id,
        values: {
          ...plain,
          ...(entity_types?.length ? { entity_types: JSON.stringify([...new Set(entity_types)]) } : {}),
          ...(integration !== undefined ? { integration_id: integration } : {}),
          updated_at: nowIso(),
        },
      });
      const after = await getCustomProperty(txStore, auth.workspaceId, id);
      await recordAudit(tx, {
        ...auditActor(auth),
        action: 'update',
        entityType: 'custom_property',
        entityId: id,
        before,
        after,
      });
      return after;
    }),
  );
}

export async function deleteCustomProperty(
  store: CatalogStore,
  options: { auth: AuthContext; id: string },
): Promise<void> {
  const { auth, id } = options;
  await store.db.transaction().execute(async (tx) => {
    const before = await getCustomProperty({ db: tx, flags: store.flags }, auth.workspaceId, id);
    await deleteCustomPropertyRow(tx, auth.workspaceId, id);
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'delete',
      entityType: 'custom_property',
      entityId: id,
      before,
    });
  });
}

/** One property's value on one resource. */
export const CustomPropertyValueSchema = Type.Object({
  property_id: Type.String(),
  entity_id: Type.String(),
  name: Type.String(),
  value: Nullable(Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Array(Type.String())])),
  updated_at: Type.String(),
});
export type CustomPropertyValueView = Static<typeof CustomPropertyValueSchema>;

/**
 * Sets one property's value on one resource (`null` removes it). The value must match the property's type; the
 * audit entry is on the resource, with the value before and after.
 */
export async function setCustomPropertyValue(
  store: CatalogStore,
  options: { auth: AuthContext; propertyId: string; entityId: string; value: CustomPropertyValue },
): Promise<CustomPropertyValueView> {
  const { auth, propertyId, entityId, value } = options;
  return store.db.transaction().execute(async (tx) => {
    const property = await getCustomProperty({ db: tx, flags: store.flags }, auth.workspaceId, propertyId);
    const resource = await findResourceViewRow(tx, { workspaceId: auth.workspaceId, id: entityId });
    if (!resource)
      throw new NotFoundError('resource_not_found', `no resource with id ${entityId}`, { id: entityId });
    if (!property.entity_types.includes('all') && !property.entity_types.includes(resource.entity_type)) {
      throw valueError(
        `property "${property.name}" applies to ${property.entity_types.join(', ')}, not to a ${resource.entity_type}`,
        'applies to other entity types',
      );
    }
    assertValueMatchesType(property, value);
    await assertReferencedIdsExist(tx, auth.workspaceId, property, value);
    const previous = parseJsonColumn<CustomPropertyValue>(
      await findCustomPropertyValue(tx, propertyId, entityId),
      null,
    );
    const updatedAt = nowIso();
    await writeCustomPropertyValue(tx, {
      propertyId,
      resourceId: entityId,
      value: value === null ? undefined : JSON.stringify(value),
      updatedAt,
    });
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'set_custom_property',
      entityType: 'resource',
      entityId,
      before: { [property.name]: previous },
      after: { [property.name]: value },
    });
    return {
      property_id: propertyId,
      entity_id: entityId,
      name: property.name,
      value,
      updated_at: updatedAt,
    };
  });
}

function valueError(message: string, short: string): InputError {
  return new InputError('validation_failed', `body.value: ${message}`, {
    problems: [{ in: 'body', field: 'value', message: short }],
  });
}

const ID_LIST_TYPES = new Set(['select', 'multiselect', 'user', 'resource']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

function assertValueMatchesType(property: CustomPropertyView, value: CustomPropertyValue): void {
  if (value === null) return;
  const type = property.value_type;
  const name = `property "${property.name}"`;
  if (ID_LIST_TYPES.has(type)) {
    if (!Array.isArray(value))
      throw valueError(`must be an array of ids for ${type} ${name}`, 'must be an array of ids');
    if (type === 'select' && value.length > 1)
      throw valueError(`a select ${name} holds at most one id`, 'at most one id');
    return;
  }
  if (Array.isArray(value))
    throw valueError(`must be a single value for ${type} ${name}`, 'must not be an array');
  const expected = type === 'text' || type === 'string' || type === 'date' ? 'string' : type;
  if (typeof value !== expected)
    throw valueError(`must be a ${expected} for ${name}`, `must be a ${expected}`);
  if (type === 'string' && (value as string).length > 255) {
    throw valueError(`a string ${name} holds at most 255 characters`, 'at most 255 characters');
  }
  if (type === 'date' && (!ISO_DATE.test(value as string) || Number.isNaN(Date.parse(value as string)))) {
    throw valueError(`must be an ISO date (YYYY-MM-DD) for ${name}`, 'must be an ISO date');
  }
}

/** User and resource values name users and resources of the workspace; unknown ids are named. */
async function assertReferencedIdsExist(
  db: CatalogStore['db'],
  workspaceId: string,
  property: CustomPropertyView,
  value: CustomPropertyValue,
): Promise<void> {
  if (!Array.isArray(value) || value.length === 0) return;
  if (property.value_type !== 'user' && property.value_type !== 'resource') return;
  const table = property.value_type === 'user' ? 'users' : 'resources';
  const found = await db
    .selectFrom(table)
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', value)
    .execute();
  const known = new Set(found.map((row) => row.id));
  const missing = value.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw valueError(
      `no ${property.value_type} with id ${missing.join(', ')}`,
      `unknown ${property.value_type} ids`,
    );
  }
}
