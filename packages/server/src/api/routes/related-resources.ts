import Type from 'typebox';
import { listRelatedResources, relateResources, unrelateResources } from '../../knowledge/index.js';
import type { App, AppContext } from '../context.js';
import { ERROR_RESPONSES, ErrorBodySchema } from '../schemas/common.js';
import {
  RelateBodySchema,
  RelatedResourceParamsSchema,
  RelatedResourceSchema,
} from '../schemas/knowledge.js';
import { CatalogIdParamsSchema } from '../schemas/resource.js';

const BASE = '/api/v1/resource/all/:id/related';

/** Related resources: any resource linked to any other, read from either end. */
export function registerRelatedResourceRoutes(app: App, ctx: AppContext): void {
  app.get(
    BASE,
    {
      schema: {
        tags: ['resources'],
        summary: 'Resources related to this one (both ways; documents’ mentions included)',
        params: CatalogIdParamsSchema,
        response: {
          200: Type.Object({ count: Type.Integer(), results: Type.Array(RelatedResourceSchema) }),
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request) => {
      const results = await listRelatedResources(ctx.store, { auth: request.auth, id: request.params.id });
      return { count: results.length, results: results as never[] };
    },
  );

  app.post(
    BASE,
    {
      config: { access: 'editor' },
      schema: {
        tags: ['resources'],
        summary: 'Relate another resource to this one',
        params: CatalogIdParamsSchema,
        body: RelateBodySchema,
        response: {
          201: RelatedResourceSchema,
          ...ERROR_RESPONSES,
          409: ErrorBodySchema,
          422: ErrorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const related = await relateResources(ctx.store, {
        auth: request.auth,
        id: request.params.id,
        relatedId: request.body.resource_id,
      });
      return reply.status(201).send(related as never);
    },
  );

  app.delete(
    `${BASE}/:related_id`,
    {
      config: { access: 'editor' },
      schema: {
        tags: ['resources'],
        summary: 'Remove the link between two resources (made from either end)',
        params: RelatedResourceParamsSchema,
        response: { 204: Type.Null(), ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      await unrelateResources(ctx.store, {
        auth: request.auth,
        id: request.params.id,
        relatedId: request.params.related_id,
      });
      return reply.status(204).send(null);
    },
  );
}
