import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.js';
import type { KnowledgeFieldsTable } from './knowledge-tables.js';

export type KnowledgeFieldsRow = Selectable<KnowledgeFieldsTable>;

/** The knowledge fields of these resources, by resource id (resources without a row are absent). */
export async function findKnowledgeFields(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, KnowledgeFieldsRow>> {
  const found = new Map<string, KnowledgeFieldsRow>();
  for (let start = 0; start < ids.length; start += 500) {
    const rows = await db
      .selectFrom('knowledge_fields')
      .selectAll()
      .where('resource_id', 'in', ids.slice(start, start + 500))
      .execute();
    for (const row of rows) found.set(row.resource_id, row);
  }
  return found;
}

/** Inserts or replaces the given fields of one resource (absent fields keep their value or default). */
export async function upsertKnowledgeFields(
  db: Kysely<Database>,
  resourceId: string,
  values: Partial<Omit<KnowledgeFieldsRow, 'resource_id'>>,
): Promise<void> {
  const k = db;
  const existing = await k
    .selectFrom('knowledge_fields')
    .select('resource_id')
    .where('resource_id', '=', resourceId)
    .executeTakeFirst();
  if (existing) {
    if (Object.keys(values).length === 0) return;
    await k.updateTable('knowledge_fields').set(values).where('resource_id', '=', resourceId).execute();
  } else {
    await k
      .insertInto('knowledge_fields')
      .values({ resource_id: resourceId, synonyms: '[]', accepted_answer: 0, ...values })
      .execute();
  }
}

/** Clears `accepted_answer` on every reply of a question but one (a question has at most one accepted answer). */
export async function clearAcceptedAnswers(
  db: Kysely<Database>,
  options: { questionId: string; exceptReplyId: string },
): Promise<void> {
  const k = db;
  await k
    .updateTable('knowledge_fields')
    .set({ accepted_answer: 0 })
    .where('resource_id', '!=', options.exceptReplyId)
    .where(
      'resource_id',
      'in',
      k.selectFrom('resources').select('id').where('parent_id', '=', options.questionId),
    )
    .execute();
}

/** Ids of the workspace's knowledge items matching their own fields (a question's status, its subject). */
export async function findKnowledgeIdsWhere(
  db: Kysely<Database>,
  options: { workspaceId: string; status?: string | undefined; subjectId?: string | undefined },
): Promise<string[]> {
  let query = db
    .selectFrom('knowledge_fields')
    .innerJoin('resources', 'resources.id', 'knowledge_fields.resource_id')
    .select('knowledge_fields.resource_id')
    .where('resources.workspace_id', '=', options.workspaceId);
  if (options.status !== undefined) query = query.where('knowledge_fields.status', '=', options.status);
  if (options.subjectId !== undefined)
    query = query.where('knowledge_fields.subject_id', '=', options.subjectId);
  const rows = await query.limit(10_000).execute();
  return rows.map((row) => row.resource_id);
}
