export { canReadDrafts } from '../catalog/drafts.js';

/** The entity types of knowledge items (issue #20); all are rows of `resources`. */
export const KNOWLEDGE_ENTITY_TYPES = ['glossary', 'term_group', 'document', 'question', 'reply'] as const;
export type KnowledgeEntityType = (typeof KNOWLEDGE_ENTITY_TYPES)[number];

export const QUESTION_STATUSES = ['open', 'answered', 'closed'] as const;
export const QUESTION_PRIORITIES = ['low', 'medium', 'high'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
export type QuestionPriority = (typeof QUESTION_PRIORITIES)[number];

/** What a knowledge item carries beyond a resource; each type uses its own subset. */
export interface KnowledgeExtras {
  /** Glossary terms. */
  synonyms?: string[];
  /** Documents, term groups. */
  icon?: string | null;
  /** Questions. */
  status?: QuestionStatus;
  priority?: QuestionPriority;
  assigned_to?: string | null;
  /** Questions: the resource asked about (or none). */
  resource_id?: string | null;
  /** Questions: users told about replies and accepted answers (the author and the assignee are added). */
  subscribers?: string[];
  /** Replies. */
  accepted_answer?: boolean;
}
