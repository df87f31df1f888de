import { canReadDrafts } from '../../catalog/drafts.js';
import { readScopeOf } from '../../catalog/read-scope.js';
import { searchResources } from '../../search/index.js';
import { loadOwnerDirectory, resolveOwners } from '../../store/accounts/index.js';
import type { App, AppContext } from '../context.js';
import { ERROR_RESPONSES, envelope, pageOf } from '../schemas/common.js';
import { SearchAnswerSchema, SearchQuerySchema } from '../schemas/search.js';

/**
 * `GET /api/v1/search` (Sextant extension): ranked full-text search with facet counts (docs/search.md). Guests
 * search too, within their teams' resources (hits and facet counts alike), as they read the catalog.
 */
export function registerSearchRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/search',
    {
      config: { access: 'guest' },
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
          // Owners are stored as user ids (#20); an email in the filter names the same user.
          owners:
            query.owner &&
            resolveOwners(await loadOwnerDirectory(ctx.store.db, request.auth.workspaceId), query.owner),
          verified: query.verified,
          pii: query.pii,
          qualityBands: query.quality,
          monitorStatuses: query.monitor_status,
          publishedOnly: !canReadDrafts(request.auth),
          teams: (await readScopeOf(ctx.store, request.auth)).teams,
        },
        archive: query.archive === true,
        sort: query.sort,
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
