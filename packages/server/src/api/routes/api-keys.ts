import Type from 'typebox';
import { type AccountServices, issueApiKey, listApiKeyViews, revokeApiKey } from '../../accounts/index.js';
import type { App, AppContext } from '../context.js';
import {
  ApiKeyListQuerySchema,
  ApiKeyListSchema,
  CreateApiKeyBodySchema,
  CreatedApiKeySchema,
} from '../schemas/api-key.js';
import { ERROR_RESPONSES, envelope, IdParamsSchema, pageOf } from '../schemas/common.js';

const BASE = '/api/v1/auth/api_keys';
const TAGS = ['api keys'];

/**
 * API keys (Sextant extension). Every signed-in user manages their own keys, so these writes are open to viewers;
 * the domain functions cap the new key's role at the caller's and restrict `all=true` and others' keys to admins.
 */
export function registerApiKeyRoutes(app: App, ctx: AppContext): void {
  const services: AccountServices = { db: ctx.store.db, flags: ctx.store.flags };

  app.get(
    BASE,
    {
      schema: {
        tags: TAGS,
        summary: "List your API keys (admins: all=true for the workspace's)",
        querystring: ApiKeyListQuerySchema,
        response: { 200: ApiKeyListSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const page = pageOf(request.query);
      const { views, count } = await listApiKeyViews(services, request.auth, {
        all: request.query.all === true,
        limit: page.pageSize,
        offset: page.offset,
      });
      return envelope(request, page, count, views);
    },
  );

  app.post(
    BASE,
    {
      config: { access: 'viewer' },
      schema: {
        tags: TAGS,
        summary: 'Create an API key for yourself with a role up to yours; the key is shown once',
        body: CreateApiKeyBodySchema,
        response: { 201: CreatedApiKeySchema, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => reply.status(201).send(await issueApiKey(services, request.auth, request.body)),
  );

  app.delete(
    `${BASE}/:id`,
    {
      config: { access: 'viewer' },
      schema: {
        tags: TAGS,
        summary: 'Revoke an API key (yours, or any as admin); it stops working at once',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      await revokeApiKey(services, request.auth, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
