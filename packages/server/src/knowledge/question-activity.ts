import type { AuthContext } from '../auth/authenticate.js';
import type { CatalogStore } from '../catalog/read-resources.js';
import { UnprocessableError } from '../errors/index.js';
import { eventsOf } from '../events/index.js';
import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/time.js';
import { findResourceViewRow } from '../store/catalog/index.js';
import {
  addQuestionSubscribers,
  clearAcceptedAnswers,
  findKnowledgeFields,
  insertInboxNotifications,
  type KnowledgeFieldsRow,
  listQuestionSubscribers,
  upsertKnowledgeFields,
} from '../store/knowledge/index.js';
import type { KnowledgeEntityType, KnowledgeExtras } from './knowledge-types.js';
import type { KnowledgeView } from './knowledge-view.js';

/** Something subscribers of a question hear about (in-app at once, Slack after the commit). */
export interface QuestionActivity {
  workspaceId: string;
  kind: 'question_reply' | 'answer_accepted';
  question: { id: string; title: string; subjectId: string | null };
  replyId: string;
  actorUserId: string;
}

interface Item {
  id: string;
  entityType: KnowledgeEntityType;
  title: string;
  parent: string | null;
}

/**
 * Writes the item's own fields and what follows from them: a question's subscribers (its author, its assignee,
 * those named), a reply's notice to the question's subscribers, an accepted answer (the only one of its question,
 * which becomes `answered`). Returns the activities to announce once the transaction committed.
 */
export async function writeKnowledgeExtras(
  store: CatalogStore,
  options: { auth: AuthContext; item: Item; extras: KnowledgeExtras; before: KnowledgeView | undefined },
): Promise<QuestionActivity[]> {
  const { auth, item, extras, before } = options;
  const values: Partial<Omit<KnowledgeFieldsRow, 'resource_id'>> = {};
  if (extras.synonyms !== undefined) values.synonyms = JSON.stringify([...new Set(extras.synonyms)]);
  if (extras.icon !== undefined) values.icon = extras.icon;
  if (item.entityType === 'question') Object.assign(values, questionValues(extras, before));
  if (item.entityType === 'reply' && extras.accepted_answer !== undefined) {
    values.accepted_answer = extras.accepted_answer ? 1 : 0;
  }
  await upsertKnowledgeFields(store.db, item.id, values);
  if (item.entityType === 'question') {
    const users = [...(before ? [] : [auth.userId]), ...(extras.subscribers ?? [])];
    if (extras.assigned_to) users.push(extras.assigned_to);
    await addQuestionSubscribers(store.db, item.id, users);
  }
  if (item.entityType !== 'reply') return [];
  if (!item.parent) {
    throw new UnprocessableError('invalid_parent', 'parent: a reply needs the id of its question', {
      field: 'parent',
    });
  }
  return writeReplyActivity(store, { auth, item: { ...item, parent: item.parent }, extras, before });
}

function questionValues(
  extras: KnowledgeExtras,
  before: KnowledgeView | undefined,
): Partial<Omit<KnowledgeFieldsRow, 'resource_id'>> {
  const values: Partial<Omit<KnowledgeFieldsRow, 'resource_id'>> = {};
  if (extras.status !== undefined || !before) values.status = extras.status ?? 'open';
  if (extras.priority !== undefined || !before) values.priority = extras.priority ?? 'medium';
  if (extras.assigned_to !== undefined) values.assigned_to = extras.assigned_to;
  if (extras.resource_id !== undefined) values.subject_id = extras.resource_id;
  return values;
}

async function writeReplyActivity(
  store: CatalogStore,
  options: {
    auth: AuthContext;
    item: Item & { parent: string };
    extras: KnowledgeExtras;
    before: KnowledgeView | undefined;
  },
): Promise<QuestionActivity[]> {
  const { auth, item, extras, before } = options;
  const questionRow = await findResourceViewRow(store.db, { workspaceId: auth.workspaceId, id: item.parent });
  const questionFields = (await findKnowledgeFields(store.db, [item.parent])).get(item.parent);
  const question = {
    id: item.parent,
    title: questionRow?.title ?? '',
    subjectId: questionFields?.subject_id ?? null,
  };
  const activities: QuestionActivity[] = [];
  const base = { workspaceId: auth.workspaceId, question, replyId: item.id, actorUserId: auth.userId };
  if (!before) {
    await addQuestionSubscribers(store.db, question.id, [auth.userId]);
    activities.push({ ...base, kind: 'question_reply' });
  }
  if (extras.accepted_answer && !before?.accepted_answer) {
    await clearAcceptedAnswers(store.db, { questionId: question.id, exceptReplyId: item.id });
    await upsertKnowledgeFields(store.db, question.id, { status: 'answered' });
    activities.push({ ...base, kind: 'answer_accepted' });
  }
  for (const activity of activities) await notifyInApp(store, activity);
  return activities;
}

/** One inbox row per subscriber of the question, except the person who acted. */
async function notifyInApp(store: CatalogStore, activity: QuestionActivity): Promise<void> {
  const subscribers = await listQuestionSubscribers(store.db, activity.question.id);
  const text =
    activity.kind === 'question_reply'
      ? `New reply on "${activity.question.title}"`
      : `An answer was accepted on "${activity.question.title}"`;
  const now = nowIso();
  await insertInboxNotifications(
    store.db,
    subscribers
      .filter((userId) => userId !== activity.actorUserId)
      .map((userId) => ({
        id: newId(),
        workspace_id: activity.workspaceId,
        user_id: userId,
        kind: activity.kind,
        resource_id: activity.question.id,
        text,
        read_at: null,
        created_at: now,
      })),
  );
}

/** Hands the activity to the notifier (Slack), after the change committed. */
export function announceQuestionActivity(store: Pick<CatalogStore, 'db'>, activity: QuestionActivity): void {
  eventsOf(store).emit('question.activity', activity);
}
