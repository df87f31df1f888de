import type { Kysely } from 'kysely';

/**
 * The whole first schema. Types are chosen to mean the same on SQLite and PostgreSQL: `text` ids, ISO text
 * timestamps, 0/1 integer booleans, JSON as text (see store/schema.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  await s
    .createTable('workspaces')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await s
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('last_login_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Sign-in looks users up by email across workspaces, so an email is unique on the server.
  await s.createIndex('users_email_unique').on('users').column('email').unique().execute();
  await s.createIndex('users_workspace').on('users').column('workspace_id').execute();

  await s
    .createTable('api_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await s.createIndex('api_keys_hash_unique').on('api_keys').column('key_hash').unique().execute();
  await s.createIndex('api_keys_workspace').on('api_keys').columns(['workspace_id', 'created_at']).execute();

  await s
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .execute();
  await s.createIndex('sessions_token_unique').on('sessions').column('token_hash').unique().execute();
  await s.createIndex('sessions_user').on('sessions').column('user_id').execute();

  for (const [table, member] of [
    ['teams', 'team_members'],
    ['groups', 'group_members'],
  ] as const) {
    let t = s
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''));
    if (table === 'teams') t = t.addColumn('icon', 'text');
    await t
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await s
      .createIndex(`${table}_workspace_name`)
      .on(table)
      .columns(['workspace_id', 'name'])
      .unique()
      .execute();
    const fk = table === 'teams' ? 'team_id' : 'group_id';
    await s
      .createTable(member)
      .addColumn(fk, 'text', (c) => c.notNull().references(`${table}.id`).onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addPrimaryKeyConstraint(`${member}_pk`, [fk, 'user_id'])
      .execute();
    await s.createIndex(`${member}_user`).on(member).column('user_id').execute();
  }

  await s
    .createTable('integrations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('credentials_encrypted', 'text')
    .addColumn('properties', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('teams', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('ssh_tunnel', 'text')
    .addColumn('import_policy', 'text', (c) => c.notNull().defaultTo('smart'))
    .addColumn('auto_stale', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('schedule_enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('scheduled_extractions_hour', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('scheduled_extractions_frequency', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('scheduled_extractions_next_run', 'text')
    .addColumn('scheduled_extractions_last_run', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await s
    .createIndex('integrations_workspace_type')
    .on('integrations')
    .columns(['workspace_id', 'type'])
    .execute();

  await s
    .createTable('syncs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('integration_id', 'text', (c) => c.notNull().references('integrations.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('dry_run', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('counts', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('warnings', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('error', 'text')
    .addColumn('logs', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('triggered_by', 'text')
    .execute();
  await s
    .createIndex('syncs_integration_started')
    .on('syncs')
    .columns(['integration_id', 'started_at'])
    .execute();

  await createResources(db);
  await createLineage(db);
  await createMetadata(db);
}

async function createResources(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  await s
    .createTable('resources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('integration_id', 'text', (c) => c.references('integrations.id').onDelete('cascade'))
    .addColumn('databuilder_id', 'text')
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('native_type', 'text')
    // No foreign key on parent_id: a sync writes children and parents in one batch, in any order.
    .addColumn('parent_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('title_lower', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('title_full', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('definition', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('owners', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('teams', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('url', 'text')
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('pii', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('verified', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('archived_at', 'text')
    .addColumn('stale', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('stale_at', 'text')
    .addColumn('external_updated_at', 'text')
    .addColumn('external_usage', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('internal_usage', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('row_count', 'bigint')
    .addColumn('byte_size', 'bigint')
    .addColumn('type', 'text')
    .addColumn('sort_order', 'integer')
    .addColumn('is_pk', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('schema_name', 'text')
    .addColumn('database_name', 'text')
    .addColumn('group_name', 'text')
    .addColumn('product', 'text')
    .addColumn('source_values', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('user_values', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('source_hash', 'text')
    .addColumn('last_sync_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The sync engine's upsert key.
  await s
    .createIndex('resources_integration_databuilder')
    .on('resources')
    .columns(['integration_id', 'databuilder_id'])
    .unique()
    .execute();
  await s.createIndex('resources_parent').on('resources').column('parent_id').execute();
  // Typed lists and the catalog: by workspace + type, newest first, stale ones filtered.
  await s
    .createIndex('resources_workspace_type')
    .on('resources')
    .columns(['workspace_id', 'entity_type', 'stale', 'created_at'])
    .execute();
  // Name resolution of external lineage references (case-insensitive).
  await s
    .createIndex('resources_workspace_title')
    .on('resources')
    .columns(['workspace_id', 'title_lower', 'entity_type'])
    .execute();
}

async function createLineage(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  await s
    .createTable('lineage')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('from_resource_id', 'text', (c) => c.notNull().references('resources.id').onDelete('cascade'))
    .addColumn('to_resource_id', 'text', (c) => c.notNull().references('resources.id').onDelete('cascade'))
    .addColumn('is_manual', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('integration_id', 'text', (c) => c.references('integrations.id').onDelete('cascade'))
    .addColumn('sync_id', 'text')
    .addColumn('kind', 'text')
    .addColumn('direction', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await s.createIndex('lineage_from').on('lineage').columns(['from_resource_id', 'to_resource_id']).execute();
  await s.createIndex('lineage_to').on('lineage').columns(['to_resource_id', 'from_resource_id']).execute();
  await s.createIndex('lineage_integration').on('lineage').columns(['integration_id']).execute();

  await s
    .createTable('pending_lineage')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('integration_id', 'text', (c) => c.notNull().references('integrations.id').onDelete('cascade'))
    .addColumn('sync_id', 'text', (c) => c.notNull())
    .addColumn('from_resource_id', 'text', (c) => c.references('resources.id').onDelete('cascade'))
    .addColumn('to_resource_id', 'text', (c) => c.references('resources.id').onDelete('cascade'))
    .addColumn('from_ref', 'text')
    .addColumn('to_ref', 'text')
    .addColumn('match_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await s
    .createIndex('pending_lineage_match')
    .on('pending_lineage')
    .columns(['workspace_id', 'match_key'])
    .execute();
  await s.createIndex('pending_lineage_integration').on('pending_lineage').column('integration_id').execute();
}

async function createMetadata(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  await s
    .createTable('tags')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('color', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await s.createIndex('tags_workspace_name').on('tags').columns(['workspace_id', 'name']).unique().execute();
  await s
    .createTable('resource_tags')
    .addColumn('resource_id', 'text', (c) => c.notNull().references('resources.id').onDelete('cascade'))
    .addColumn('tag_id', 'text', (c) => c.notNull().references('tags.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('resource_tags_pk', ['resource_id', 'tag_id'])
    .execute();
  await s.createIndex('resource_tags_tag').on('resource_tags').column('tag_id').execute();

  await s
    .createTable('custom_properties')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('value_type', 'text', (c) => c.notNull().defaultTo('text'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await s
    .createIndex('custom_properties_workspace_name')
    .on('custom_properties')
    .columns(['workspace_id', 'name'])
    .unique()
    .execute();
  await s
    .createTable('custom_property_values')
    .addColumn('property_id', 'text', (c) =>
      c.notNull().references('custom_properties.id').onDelete('cascade'),
    )
    .addColumn('resource_id', 'text', (c) => c.notNull().references('resources.id').onDelete('cascade'))
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('custom_property_values_pk', ['property_id', 'resource_id'])
    .execute();
  await s
    .createIndex('custom_property_values_resource')
    .on('custom_property_values')
    .column('resource_id')
    .execute();

  await s
    .createTable('collections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('icon', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await s
    .createIndex('collections_workspace')
    .on('collections')
    .columns(['workspace_id', 'created_at'])
    .execute();
  await s
    .createTable('collection_resources')
    .addColumn('collection_id', 'text', (c) => c.notNull().references('collections.id').onDelete('cascade'))
    .addColumn('resource_id', 'text', (c) => c.notNull().references('resources.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('collection_resources_pk', ['collection_id', 'resource_id'])
    .execute();
  await s
    .createIndex('collection_resources_resource')
    .on('collection_resources')
    .column('resource_id')
    .execute();

  await s
    .createTable('audit_logs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_api_key_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await s
    .createIndex('audit_logs_workspace_created')
    .on('audit_logs')
    .columns(['workspace_id', 'created_at'])
    .execute();
  await s.createIndex('audit_logs_entity').on('audit_logs').columns(['entity_id', 'created_at']).execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore a backup to go back');
}
