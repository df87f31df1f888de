import type { paths } from '@sextant/client';
import { api } from '../api/client';
import type { ListEnvelope, Resource } from '../api/types';

type ItemOf<Path extends keyof paths> = paths[Path] extends {
  get: { responses: { 200: { content: { 'application/json': { results: Array<infer T> } } } } };
}
  ? T
  : never;
type BodyOf<Path extends keyof paths, Method extends 'post' | 'patch'> = paths[Path][Method] extends {
  requestBody?: { content: { 'application/json': infer Sent } };
}
  ? Sent
  : never;

export type GlossaryTerm = ItemOf<'/api/v1/glossary/terms'>;
export type TermGroup = ItemOf<'/api/v1/glossary/groups'>;
export type KnowledgeDocument = ItemOf<'/api/v1/document'>;
export type Question = ItemOf<'/api/v1/question/questions'>;
export type Reply = ItemOf<'/api/v1/question/replies'>;
export type RelatedResource = ItemOf<'/api/v1/resource/all/{id}/related'>;

const ALL = { page_size: 1000 };

export const fetchTerms = () => api<ListEnvelope<GlossaryTerm>>('/glossary/terms', { query: ALL });
export const fetchTermGroups = () => api<ListEnvelope<TermGroup>>('/glossary/groups', { query: ALL });
export const createTerm = (body: NonNullable<BodyOf<'/api/v1/glossary/terms', 'post'>>) =>
  api<GlossaryTerm>('/glossary/terms', { method: 'POST', body });
export const createTermGroup = (body: NonNullable<BodyOf<'/api/v1/glossary/groups', 'post'>>) =>
  api<TermGroup>('/glossary/groups', { method: 'POST', body });

export const fetchDocuments = () => api<ListEnvelope<KnowledgeDocument>>('/document', { query: ALL });
export const createDocument = (body: NonNullable<BodyOf<'/api/v1/document', 'post'>>) =>
  api<KnowledgeDocument>('/document', { method: 'POST', body });

export const fetchQuestionsAbout = (resourceId: string) =>
  api<ListEnvelope<Question>>('/question/questions', { query: { resource_id: resourceId, page_size: 100 } });
export const fetchQuestion = (id: string) => api<Question>(`/question/questions/${encodeURIComponent(id)}`);
export const askQuestion = (body: NonNullable<BodyOf<'/api/v1/question/questions', 'post'>>) =>
  api<Question>('/question/questions', { method: 'POST', body });
export const fetchReplies = (questionId: string) =>
  api<ListEnvelope<Reply>>('/question/replies', { query: { parent_id: questionId, page_size: 200 } });
export const postReply = (questionId: string, text: string) =>
  api<Reply>('/question/replies', {
    method: 'POST',
    body: { title: 'Reply', definition: text, parent: questionId },
  });
export const acceptReply = (replyId: string) =>
  api<Reply>(`/question/replies/${encodeURIComponent(replyId)}`, {
    method: 'PATCH',
    body: { accepted_answer: true },
  });

export const fetchRelated = (resourceId: string) =>
  api<{ count: number; results: RelatedResource[] }>(
    `/resource/all/${encodeURIComponent(resourceId)}/related`,
  );
export const relate = (resourceId: string, otherId: string) =>
  api<RelatedResource>(`/resource/all/${encodeURIComponent(resourceId)}/related`, {
    method: 'POST',
    body: { resource_id: otherId },
  });
export const unrelate = (resourceId: string, otherId: string) =>
  api<void>(`/resource/all/${encodeURIComponent(resourceId)}/related/${encodeURIComponent(otherId)}`, {
    method: 'DELETE',
  });

/** Knowledge items open on the resource page like any asset. */
export const resourcePath = (resource: Pick<Resource, 'id'>) => `/resources/${resource.id}`;
