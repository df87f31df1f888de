import type { Kysely } from 'kysely';

/**
 * Knowledge in the catalog (issue #20). Glossary terms, term groups, documents, questions and replies are rows of
 * `resources` (so search, audit, tags and collections apply as to any resource); this migration adds what they have
 * beyond a resource, the links between any two resources, who follows a question, and the in-app inbox.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  await s
    .createTable('knowledge_fields')
    .addColumn('resource_id', 'text', (c) => c.primaryKey().references('resources.id').onDelete('cascade'))
    // JSON array of strings (glossary terms).
    .addColumn('synonyms', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('icon', 'text')
    // Questions: open | answered | closed, low | medium | high, a user id, the resource asked about.
    .addColumn('status', 'text')
    .addColumn('priority', 'text')
    .addColumn('assigned_to', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('subject_id', 'text', (c) => c.references('resources.id').onDelete('set null'))
    // Replies: 1 when the question's author (or an editor) accepted it.
    .addColumn('accepted_answer', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await s.createIndex('knowledge_fields_subject').on('knowledge_fields').column('subject_id').execute();

  // One row per pair, read both ways: "A is related to B" is also "B is related to A".
  await s
    .createTable('resource_relations')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('from_resource_id', 'text', (c) => c.notNull().references('resources.id').onDelete('cascade'))
    .addColumn('to_resource_id', 'text', (c) => c.notNull().references('resources.id').onDelete('cascade'))
    // `manual` (a user linked them) or `mention` (a document's text links to the resource; rewritten on edit).
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('resource_relations_pk', ['from_resource_id', 'to_resource_id'])
    .execute();
  await s.createIndex('resource_relations_to').on('resource_relations').column('to_resource_id').execute();

  await s
    .createTable('question_subscribers')
    .addColumn('question_id', 'text', (c) => c.notNull().references('resources.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('question_subscribers_pk', ['question_id', 'user_id'])
    .execute();

  await s
    .createTable('inbox_notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // `question_reply` | `answer_accepted`
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text', (c) => c.references('resources.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await s
    .createIndex('inbox_notifications_user')
    .on('inbox_notifications')
    .columns(['user_id', 'created_at'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are append-only; restore a backup to go back');
}
