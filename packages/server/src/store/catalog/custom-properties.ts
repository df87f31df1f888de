import type { Kysely, Selectable, Updateable } from 'kysely';
import type { CustomPropertiesTable, Database } from '../schema.js';

export type CustomPropertyRow = Selectable<CustomPropertiesTable>;

export async function insertCustomProperty(db: Kysely<Database>, row: CustomPropertyRow): Promise<void> {
  await db.insertInto('custom_properties').values(row).execute();
}

export async function findCustomProperty(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<CustomPropertyRow | undefined> {
  return db
    .selectFrom('custom_properties')
    .selectAll()
    .where('id', '=', id)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
}

export async function listCustomProperties(
  db: Kysely<Database>,
  options: { workspaceId: string; limit: number; offset: number },
): Promise<{ rows: CustomPropertyRow[]; count: number }> {
  const query = db.selectFrom('custom_properties').where('workspace_id', '=', options.workspaceId);
  const rows = await query
    .selectAll()
    .orderBy('name')
    .orderBy('id')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  const { n } = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, count: Number(n) };
}

export async function updateCustomPropertyRow(
  db: Kysely<Database>,
  options: { workspaceId: string; id: string; values: Updateable<CustomPropertiesTable> },
): Promise<void> {
  await db
    .updateTable('custom_properties')
    .set(options.values)
    .where('id', '=', options.id)
    .where('workspace_id', '=', options.workspaceId)
    .execute();
}

/** Deletes a property and, by cascade, its value on every resource. */
export async function deleteCustomPropertyRow(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<void> {
  await db
    .deleteFrom('custom_properties')
    .where('id', '=', id)
    .where('workspace_id', '=', workspaceId)
    .execute();
}

/** The stored value (JSON text) of one property on one resource, if set. */
export async function findCustomPropertyValue(
  db: Kysely<Database>,
  propertyId: string,
  resourceId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('custom_property_values')
    .select('value')
    .where('property_id', '=', propertyId)
    .where('resource_id', '=', resourceId)
    .executeTakeFirst();
  return row?.value;
}

/** Sets (JSON text) or, with `undefined`, removes one property's value on one resource. */
export async function writeCustomPropertyValue(
  db: Kysely<Database>,
  options: { propertyId: string; resourceId: string; value: string | undefined; updatedAt: string },
): Promise<void> {
  const { propertyId, resourceId, value, updatedAt } = options;
  if (value === undefined) {
    await db
      .deleteFrom('custom_property_values')
      .where('property_id', '=', propertyId)
      .where('resource_id', '=', resourceId)
      .execute();
    return;
  }
  await db
    .insertInto('custom_property_values')
    .values({ property_id: propertyId, resource_id: resourceId, value, updated_at: updatedAt })
    .onConflict((oc) =>
      oc.columns(['property_id', 'resource_id']).doUpdateSet({ value, updated_at: updatedAt }),
    )
    .execute();
}
