import Type from 'typebox';
import {
  createKnowledgeItem,
  deleteKnowledgeItem,
  getKnowledgeItem,
  type KnowledgeEntityType,
  listInbox,
  listKnowledgeItems,
  markInboxNotification,
  markInboxRead,
  updateKnowledgeItem,
} from '../../knowledge/index.js';
import type { App, AppContext } from '../context.js';
import {
  ERROR_RESPONSES,
  ErrorBodySchema,
  envelope,
  ListEnvelope,
  PageQuerySchema,
  pageOf,
} from '../schemas/common.js';
import {
  InboxMarkAllAnswerSchema,
  InboxMarkAllSchema,
  InboxMarkSchema,
  InboxNotificationSchema,
  KnowledgeListQuerySchema,
  knowledgeCreateSchema,
  knowledgeItemSchema,
  knowledgePatchSchema,
} from '../schemas/knowledge.js';
import { CatalogIdParamsSchema } from '../schemas/resource.js';

/**
 * The knowledge routes (compat §8): glossary terms (also under the older `/dictionary/terms`), term groups,
 * documents, questions and replies. Viewers read published items, guests those of their teams; editors write.
 */
export const KNOWLEDGE_ROUTES = [
  { path: '/api/v1/glossary/terms', entityType: 'glossary', tag: 'glossary', noun: 'glossary term' },
  {
    path: '/api/v1/dictionary/terms',
    entityType: 'glossary',
    tag: 'glossary',
    noun: 'glossary term (older path)',
  },
  { path: '/api/v1/glossary/groups', entityType: 'term_group', tag: 'glossary', noun: 'term group' },
  { path: '/api/v1/document', entityType: 'document', tag: 'documents', noun: 'document' },
  { path: '/api/v1/question/questions', entityType: 'question', tag: 'questions', noun: 'question' },
  { path: '/api/v1/question/replies', entityType: 'reply', tag: 'questions', noun: 'reply' },
] as const satisfies ReadonlyArray<{
  path: string;
  entityType: KnowledgeEntityType;
  tag: string;
  noun: string;
}>;

export function registerKnowledgeRoutes(app: App, ctx: AppContext): void {
  for (const route of KNOWLEDGE_ROUTES) registerKnowledgeRoute(app, ctx, route);
  app.get(
    '/api/v1/notifications/inbox',
    {
      schema: {
        tags: ['notifications'],
        summary:
          'Your in-app notifications (replies and accepted answers on questions you follow), newest first',
        querystring: PageQuerySchema,
        response: { 200: ListEnvelope(InboxNotificationSchema), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const page = pageOf(request.query);
      const { results, count } = await listInbox(ctx.store, {
        auth: request.auth,
        page: { limit: page.pageSize, offset: page.offset },
      });
      return envelope(request, page, count, results);
    },
  );
  app.patch(
    '/api/v1/notifications/inbox/:id',
    {
      // Everyone who has an inbox marks their own notifications (a write of nobody else's data).
      config: { access: 'viewer' },
      schema: {
        tags: ['notifications'],
        summary: 'Mark one of your notifications read (`{"read": true}`) or unread again',
        params: CatalogIdParamsSchema,
        body: InboxMarkSchema,
        response: { 200: InboxNotificationSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) =>
      markInboxNotification(ctx.store, {
        auth: request.auth,
        id: request.params.id,
        isRead: request.body.read,
      }),
  );
  app.post(
    '/api/v1/notifications/inbox/mark_read',
    {
      config: { access: 'viewer' },
      schema: {
        tags: ['notifications'],
        summary: 'Mark your notifications read: those of `ids`, or all of them without `ids`',
        body: InboxMarkAllSchema,
        response: { 200: InboxMarkAllAnswerSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => markInboxRead(ctx.store, { auth: request.auth, ids: request.body.ids }),
  );
}

function registerKnowledgeRoute(app: App, ctx: AppContext, route: (typeof KNOWLEDGE_ROUTES)[number]): void {
  const { path, entityType, noun } = route;
  const item = knowledgeItemSchema(entityType);
  const tags = [route.tag];
  const WRITE_ERRORS = {
    ...ERROR_RESPONSES,
    409: ErrorBodySchema,
    413: ErrorBodySchema,
    422: ErrorBodySchema,
  };

  app.get(
    path,
    {
      config: { access: 'guest' },
      schema: {
        tags,
        summary: `List ${noun}s, newest first (viewers and guests: published only; guests: their teams' only; filters parent_id, title, status, resource_id)`,
        querystring: KnowledgeListQuerySchema,
        response: { 200: ListEnvelope(item), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const page = pageOf(request.query);
      const { page: _page, page_size, ...filters } = request.query;
      const { results, count } = await listKnowledgeItems(ctx.store, {
        auth: request.auth,
        entityType,
        filters: {
          ...filters,
          integration_id__in: splitCommas(filters.integration_id__in),
          parent_id__in: splitCommas(filters.parent_id__in),
          title__in: splitCommas(filters.title__in),
        },
        page: { limit: page.pageSize, offset: page.offset },
      });
      return envelope(request, page, count, results);
    },
  );

  app.post(
    path,
    {
      // Asking and replying is how viewers take part (issue #20); everything else is written by editors.
      config: { access: entityType === 'question' || entityType === 'reply' ? 'viewer' : 'editor' },
      schema: {
        tags,
        summary: `Create a ${noun}`,
        body: knowledgeCreateSchema(entityType),
        response: { 201: item, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const created = await createKnowledgeItem(ctx.store, {
        auth: request.auth,
        entityType,
        input: request.body,
      });
      return reply.status(201).send(created as never);
    },
  );

  app.get(
    `${path}/:id`,
    {
      config: { access: 'guest' },
      schema: {
        tags,
        summary: `Get a ${noun}`,
        params: CatalogIdParamsSchema,
        response: { 200: item, ...ERROR_RESPONSES },
      },
    },
    async (request) =>
      (await getKnowledgeItem(ctx.store, { auth: request.auth, id: request.params.id, entityType })) as never,
  );

  app.patch(
    `${path}/:id`,
    {
      config: { access: 'editor' },
      schema: {
        tags,
        summary: `Edit a ${noun}`,
        params: CatalogIdParamsSchema,
        body: knowledgePatchSchema(entityType),
        response: { 200: item, ...WRITE_ERRORS },
      },
    },
    async (request) =>
      (await updateKnowledgeItem(ctx.store, {
        auth: request.auth,
        id: request.params.id,
        entityType,
        patch: request.body,
      })) as never,
  );

  app.delete(
    `${path}/:id`,
    {
      config: { access: 'editor' },
      schema: {
        tags,
        summary: `Delete a ${noun} and everything under it`,
        params: CatalogIdParamsSchema,
        response: { 204: Type.Null(), ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      await deleteKnowledgeItem(ctx.store, { auth: request.auth, id: request.params.id, entityType });
      return reply.status(204).send(null);
    },
  );
}

function splitCommas(values: string[] | undefined): string[] | undefined {
  return values?.flatMap((value) => value.split(',')).filter((value) => value !== '');
}
