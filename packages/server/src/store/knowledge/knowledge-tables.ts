import type { Bool } from '../column-types.js';

/** Row of `knowledge_fields` (migration 0017): what a glossary term, document, question or reply adds. */
export interface KnowledgeFieldsTable {
  resource_id: string;
  /** JSON array of strings. */
  synonyms: string;
  icon: string | null;
  status: string | null;
  priority: string | null;
  assigned_to: string | null;
  /** Questions: the resource the question is about. */
  subject_id: string | null;
  accepted_answer: Bool;
}

/** Row of `resource_relations`: one undirected link between two resources of a workspace. */
export interface ResourceRelationsTable {
  workspace_id: string;
  from_resource_id: string;
  to_resource_id: string;
  origin: 'manual' | 'mention';
  created_by: string | null;
  created_at: string;
}

export interface QuestionSubscribersTable {
  question_id: string;
  user_id: string;
}

export interface InboxNotificationsTable {
  id: string;
  workspace_id: string;
  user_id: string;
  kind: string;
  resource_id: string | null;
  text: string;
  read_at: string | null;
  created_at: string;
}

export type KnowledgeTables = {
  knowledge_fields: KnowledgeFieldsTable;
  resource_relations: ResourceRelationsTable;
  question_subscribers: QuestionSubscribersTable;
  inbox_notifications: InboxNotificationsTable;
};
