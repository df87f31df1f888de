import type { Insertable, Kysely } from 'kysely';
import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import type { Database, ImportPolicy, ResourcesTable } from '../../store/schema.js';

/** Inserts an integration row (tests: resources "synced" from it). */
export async function seedIntegration(
  db: Kysely<Database>,
  options: { workspaceId: string; name?: string; importPolicy?: ImportPolicy },
): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db
    .insertInto('integrations')
    .values({
      id,
      workspace_id: options.workspaceId,
      name: options.name ?? 'warehouse',
      type: 'snowflake',
      credentials_encrypted: null,
      properties: '{}',
      teams: '[]',
      ssh_tunnel: null,
      import_policy: options.importPolicy ?? 'smart',
      auto_stale: 1,
      schedule_enabled: 0,
      scheduled_extractions_hour: 0,
      scheduled_extractions_frequency: 1,
      scheduled_extractions_next_run: null,
      scheduled_extractions_last_run: null,
      created_by: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

export type SeedResource = Partial<Insertable<ResourcesTable>> & {
  workspace_id: string;
  entity_type: string;
  title: string;
};

/**
 * Inserts a resource row as a sync would leave it: `source_values` hold what the source sent, the effective
 * columns equal them. Returns its id.
 */
export async function seedResource(db: Kysely<Database>, resource: SeedResource): Promise<string> {
  const id = resource.id ?? newId();
  const now = nowIso();
  const row: Insertable<ResourcesTable> = {
    id,
    integration_id: null,
    databuilder_id: resource.integration_id ? `dbid-${id}` : null,
    native_type: null,
    parent_id: null,
    title_lower: resource.title.toLowerCase(),
    title_full: resource.title,
    properties: '{}',
    owners_groups: '[]',
    description: '',
    definition: '',
    owners: '[]',
    teams: '[]',
    url: null,
    published: 1,
    pii: 0,
    verified: 0,
    archived: 0,
    archived_at: null,
    stale: 0,
    stale_at: null,
    external_updated_at: null,
    external_usage: 0,
    internal_usage: 0,
    row_count: null,
    byte_size: null,
    type: null,
    sort_order: null,
    is_pk: 0,
    hidden: 0,
    schema_name: null,
    database_name: null,
    group_name: null,
    product: null,
    source_values: JSON.stringify({
      description: resource.description ?? null,
      definition: resource.definition ?? null,
      owners: resource.owners ? JSON.parse(resource.owners) : null,
    }),
    user_values: '{}',
    source_hash: null,
    last_sync_id: null,
    created_at: now,
    updated_at: now,
    ...resource,
  };
  await db.insertInto('resources').values(row).execute();
  return id;
}
