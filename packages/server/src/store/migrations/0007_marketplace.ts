import { type Kysely, sql } from 'kysely';

/**
 * The marketplace (issue #7): integrations uploaded as code, their immutable versions (source, bundle, declared
 * credential fields and endpoint allow-list, review state) and, for each connected integration of a
 * `marketplace:<id>` type, the version it is pinned to and the private hosts an admin let it reach.
 *
 * Reviewers are the admins of the server's first workspace. Which one was first is recorded when it is inserted
 * (a trigger fills a one-row table), because creation times only have millisecond precision and the bootstrap
 * workspace and the next one can share a millisecond.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  await s
    .createTable('marketplace_integrations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('icon', 'text')
    .addColumn('latest_version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await s
    .createIndex('marketplace_integrations_workspace')
    .on('marketplace_integrations')
    .columns(['workspace_id', 'created_at'])
    .execute();

  await s
    .createTable('marketplace_versions')
    .addColumn('integration_id', 'text', (c) =>
      c.notNull().references('marketplace_integrations.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('bundle', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('credential_fields', 'text', (c) => c.notNull())
    .addColumn('allowed_endpoints', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('review_note', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('marketplace_versions_pk', ['integration_id', 'version'])
    .execute();
  await s.createIndex('marketplace_versions_status').on('marketplace_versions').column('status').execute();

  await s
    .createTable('marketplace_connections')
    .addColumn('integration_id', 'text', (c) =>
      c.primaryKey().references('integrations.id').onDelete('cascade'),
    )
    .addColumn('marketplace_integration_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('allow_private_hosts', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(
      'marketplace_connections_version_fk',
      ['marketplace_integration_id', 'version'],
      'marketplace_versions',
      ['integration_id', 'version'],
    )
    .execute();
  await s
    .createIndex('marketplace_connections_marketplace')
    .on('marketplace_connections')
    .columns(['marketplace_integration_id', 'version'])
    .execute();
  await recordReviewerWorkspace(db);
}

async function recordReviewerWorkspace(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('marketplace_reviewer_workspace')
    .addColumn('singleton', 'integer', (c) => c.primaryKey().check(sql`singleton = 1`))
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .execute();
  // A store that already has workspaces: the oldest one.
  await sql`insert into marketplace_reviewer_workspace (singleton, workspace_id)
    select 1, id from workspaces order by created_at, id limit 1`.execute(db);
  const isPostgres = db.getExecutor().adapter.supportsTransactionalDdl;
  const statements = isPostgres
    ? [
        `create function sextant_marketplace_first_workspace() returns trigger language plpgsql as $$
         begin
           insert into marketplace_reviewer_workspace (singleton, workspace_id) values (1, new.id)
           on conflict (singleton) do nothing;
           return null;
         end $$`,
        `create trigger marketplace_first_workspace after insert on workspaces
         for each row execute function sextant_marketplace_first_workspace()`,
      ]
    : [
        `create trigger marketplace_first_workspace after insert on workspaces begin
         insert or ignore into marketplace_reviewer_workspace (singleton, workspace_id) values (1, new.id); end`,
      ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore a backup to go back');
}
