import type { Kysely, Selectable } from 'kysely';
import { listPage } from '../list-page.js';
import type { Database } from '../schema.js';
import type { InboxNotificationsTable } from './knowledge-tables.js';

export type InboxNotificationRow = Selectable<InboxNotificationsTable>;

/** Adds users to a question's subscribers (already subscribed users are left as they are). */
export async function addQuestionSubscribers(
  db: Kysely<Database>,
  questionId: string,
  userIds: readonly string[],
): Promise<void> {
  const k = db;
  const existing = new Set(await listQuestionSubscribers(db, questionId));
  const fresh = [...new Set(userIds)].filter((id) => !existing.has(id));
  if (fresh.length === 0) return;
  await k
    .insertInto('question_subscribers')
    .values(fresh.map((user_id) => ({ question_id: questionId, user_id })))
    .execute();
}

export async function listQuestionSubscribers(db: Kysely<Database>, questionId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('question_subscribers')
    .select('user_id')
    .where('question_id', '=', questionId)
    .orderBy('user_id')
    .execute();
  return rows.map((row) => row.user_id);
}

/** The subscribers of several questions at once, by question id. */
export async function listSubscribersOfQuestions(
  db: Kysely<Database>,
  questionIds: readonly string[],
): Promise<Map<string, string[]>> {
  const byQuestion = new Map<string, string[]>();
  for (let start = 0; start < questionIds.length; start += 500) {
    const rows = await db
      .selectFrom('question_subscribers')
      .select(['question_id', 'user_id'])
      .where('question_id', 'in', questionIds.slice(start, start + 500))
      .orderBy('user_id')
      .execute();
    for (const row of rows)
      byQuestion.set(row.question_id, [...(byQuestion.get(row.question_id) ?? []), row.user_id]);
  }
  return byQuestion;
}

export async function insertInboxNotifications(
  db: Kysely<Database>,
  rows: readonly InboxNotificationRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('inbox_notifications')
    .values([...rows])
    .execute();
}

/** A user's in-app notifications, newest first. */
export async function listInboxNotifications(
  db: Kysely<Database>,
  options: { workspaceId: string; userId: string; limit: number; offset: number },
): Promise<{ rows: InboxNotificationRow[]; count: number }> {
  const k = db;
  const base = k
    .selectFrom('inbox_notifications')
    .where('workspace_id', '=', options.workspaceId)
    .where('user_id', '=', options.userId);
  return listPage(base, (q) => q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc'), options);
}

/**
 * Marks a user's notifications read (`readAt`) or unread (null): those of `ids`, or all of them when `ids` is
 * undefined. A notification keeps its first read time when marked read again. Answers how many changed.
 */
export async function markInboxNotifications(
  db: Kysely<Database>,
  options: {
    workspaceId: string;
    userId: string;
    ids?: readonly string[] | undefined;
    readAt: string | null;
  },
): Promise<number> {
  if (options.ids?.length === 0) return 0;
  let update = db
    .updateTable('inbox_notifications')
    .set({ read_at: options.readAt })
    .where('workspace_id', '=', options.workspaceId)
    .where('user_id', '=', options.userId)
    .where('read_at', options.readAt === null ? 'is not' : 'is', null);
  if (options.ids) update = update.where('id', 'in', [...options.ids]);
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** One of the user's notifications, if it is theirs. */
export async function findInboxNotification(
  db: Kysely<Database>,
  options: { workspaceId: string; userId: string; id: string },
): Promise<InboxNotificationRow | undefined> {
  return db
    .selectFrom('inbox_notifications')
    .selectAll()
    .where('workspace_id', '=', options.workspaceId)
    .where('user_id', '=', options.userId)
    .where('id', '=', options.id)
    .executeTakeFirst();
}
