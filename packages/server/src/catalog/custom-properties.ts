import { type AuthContext, auditActor } from '../auth/authenticate.js';
import { InputError, NotFoundError } from '../errors/index.js';
import { newId } from '../lib/ids.js';
import { parseJsonColumn } from '../lib/json.js';
import { nowIso } from '../lib/time.js';
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
import { withDuplicateNameAsConflict } from './duplicate-name.js';
import type { CatalogStore, PageRequest } from './read-resources.js';

export const CUSTOM_PROPERTY_VALUE_TYPES = ['text', 'number', 'boolean'] as const;
export type CustomPropertyValueType = (typeof CUSTOM_PROPERTY_VALUE_TYPES)[number];
export type CustomPropertyValue = string | number | boolean | null;
export type CustomPropertyView = CustomPropertyRow;

export interface CustomPropertyInput {
  name: string;
  description?: string;
  value_type?: CustomPropertyValueType;
}

export async function getCustomProperty(
  store: CatalogStore,
  workspaceId: string,
  id: string,
): Promise<CustomPropertyView> {
  const property = await findCustomProperty(store.db, workspaceId, id);
  if (!property)
    throw new NotFoundError('custom_property_not_found', `no custom property with id ${id}`, { id });
  return property;
}

export async function listCustomProperties(
  store: CatalogStore,
  options: { workspaceId: string; page: PageRequest },
): Promise<{ results: CustomPropertyView[]; count: number }> {
  const { rows, count } = await listCustomPropertyRows(store.db, {
    workspaceId: options.workspaceId,
    ...options.page,
  });
  return { results: rows, count };
}

/** Defines a property; its name is unique in the workspace (409) and is the key it shows under on resources. */
export async function createCustomProperty(
  store: CatalogStore,
  options: { auth: AuthContext; input: CustomPropertyInput },
): Promise<CustomPropertyView> {
  const { auth, input } = options;
  const now = nowIso();
  const property: CustomPropertyRow = {
    id: newId(),
    workspace_id: auth.workspaceId,
    name: input.name,
    description: input.description ?? '',
    value_type: input.value_type ?? 'text',
    created_at: now,
    updated_at: now,
  };
  await withDuplicateNameAsConflict(input.name, () =>
    store.db.transaction().execute(async (tx) => {
      await insertCustomProperty(tx, property);
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

/** Renames or redescribes a property (its value type is fixed: existing values were checked against it). */
export async function updateCustomProperty(
  store: CatalogStore,
  options: { auth: AuthContext; id: string; patch: { name?: string; description?: string } },
): Promise<CustomPropertyView> {
  const { auth, id, patch } = options;
  return withDuplicateNameAsConflict(patch.name, () =>
    store.db.transaction().execute(async (tx) => {
      const txStore = { db: tx, flags: store.flags };
      const before = await getCustomProperty(txStore, auth.workspaceId, id);
      await updateCustomPropertyRow(tx, {
        workspaceId: auth.workspaceId,
        id,
        values: { ...patch, updated_at: nowIso() },
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

export interface CustomPropertyValueView {
  property_id: string;
  entity_id: string;
  name: string;
  value: CustomPropertyValue;
  updated_at: string;
}

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
    assertValueMatchesType(property, value);
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

function assertValueMatchesType(property: CustomPropertyRow, value: CustomPropertyValue): void {
  if (value === null) return;
  const expected = property.value_type === 'text' ? 'string' : property.value_type;
  if (typeof value !== expected) {
    throw new InputError(
      'validation_failed',
      `body.value must be a ${expected} for property "${property.name}"`,
      {
        problems: [{ in: 'body', field: 'value', message: `must be a ${expected}` }],
      },
    );
  }
}
