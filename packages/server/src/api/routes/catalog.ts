import { canReadDrafts } from '../../catalog/drafts.js';
import { searchCatalog } from '../../catalog/read-resources.js';
import { readScopeOf } from '../../catalog/read-scope.js';
import { forCaller } from '../../catalog/resource-view.js';
import type { App, AppContext } from '../context.js';
import { ERROR_RESPONSES, envelope, ListEnvelope, pageOf } from '../schemas/common.js';
import { CatalogQuerySchema, ResourceSchema } from '../schemas/resource.js';

/** `GET /api/v1/resource/catalog`: the catalog search with the JSON `filter=`/`sort=` grammar (compat §1). */
export function registerCatalogRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/resource/catalog',
    {
      config: { access: 'guest' },
      schema: {
        tags: ['catalog'],
        summary: 'Search the catalog with a filter tree and a sort',
        description:
          'Filterable fields: id, entity_type, native_type, title, title_full, description, definition, ' +
          'integration_id (integration), parent_id (parent), databuilder_id, database, schema, type, url, product, ' +
          'group, owners, teams, tags, collections, verified, pii, published, archived, stale, is_pk, hidden, ' +
          'sort_order, row_count, byte_size, external_usage, internal_usage, created_at, updated_at, ' +
          'external_updated_at, stale_at, archived_at. Sortable: entity_type, native_type, title, title_full, ' +
          'database, schema, type, the numbers, the timestamps and total_usage. Default: newest first.',
        querystring: CatalogQuerySchema,
        response: { 200: ListEnvelope(ResourceSchema), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const page = pageOf(request.query);
      const { results, count } = await searchCatalog(ctx.store, {
        workspaceId: request.auth.workspaceId,
        filter: request.query.filter,
        sort: request.query.sort,
        publishedOnly: !canReadDrafts(request.auth),
        teams: splitTeams(request.query.teams),
        scope: await readScopeOf(ctx.store, request.auth),
        page: { limit: page.pageSize, offset: page.offset },
      });
      return envelope(
        request,
        page,
        count,
        results.map((view) => forCaller(view, request.auth.role)),
      );
    },
  );
}

/** `teams=a,b` (or one id): the team ids, none when empty. */
function splitTeams(value: string | undefined): string[] | undefined {
  const ids = value
    ?.split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  return ids && ids.length > 0 ? ids : undefined;
}
