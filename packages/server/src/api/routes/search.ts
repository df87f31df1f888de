import { searchResources } from '../../search/index.js';
import type { App, AppContext } from '../context.js';
import { ERROR_RESPONSES, envelope, pageOf } from '../schemas/common.js';
import { SearchAnswerSchema, SearchQuerySchema } from '../schemas/search.js';

/** `GET /api/v1/search` (Sextant extension): ranked full-text search with facet counts (docs/search.md). */
export function registerSearchRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/search',
    {
      config: { access: 'viewer' },
      schema: {
        tags: ['search'],
        summary: 'Search resources by words, ranked, with facet counts',
        description:
          'Ranked: exact title, title prefix, the words as a phrase in the title, in the description, then ' +
          'anywhere (documentation included); verified, then more used, first within each. Stale resources ' +
          'only with archive=true.',
        querystring: SearchQuerySchema,
        response: { 200: SearchAnswerSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { query } = request;
      const page = pageOf(query);
      const result = await searchResources(ctx.store, {
        workspaceId: request.auth.workspaceId,
        q: query.q,
        filters: {
          entityTypes: query.entity_type,
          integrationIds: query.integration_id,
          databases: query.database,
          schemas: query.schema,
          tagIds: query.tag,
          owners: query.owner,
          verified: query.verified,
          pii: query.pii,
        },
        archive: query.archive === true,
        page: { limit: page.pageSize, offset: page.offset },
      });
      return {
        ...envelope(request, page, result.count, result.results),
        facets: result.facets,
        approximate: result.approximate,
      };
    },
  );
}
