import { Readable } from 'node:stream';
import Type from 'typebox';
import { type ExportFormat, exportCatalog } from '../../transfer/index.js';
import type { App, AppContext } from '../context.js';
import { ERROR_RESPONSES } from '../schemas/common.js';

/**
 * `GET /api/v1/resource/export`: the workspace's whole catalog (docs/deploy.md, "Export and import"), streamed as
 * it is read. Admin only: besides resources it names the workspace's users (by email) and integrations.
 */
export function registerCatalogExportRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/resource/export',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['catalog'],
        operationId: 'exportCatalog',
        summary: 'Export the whole catalog: JSONL for `sextant import`, or CSV (one row per resource)',
        produces: ['application/x-ndjson', 'text/csv'],
        querystring: Type.Object(
          {
            format: Type.Optional(
              Type.Union([Type.Literal('jsonl'), Type.Literal('csv')], { default: 'jsonl' }),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.String({ description: 'JSONL export records, or CSV' }),
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request, reply) => {
      const format: ExportFormat = request.query.format ?? 'jsonl';
      const stamp = new Date().toISOString().slice(0, 10);
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8')
        .header('content-disposition', `attachment; filename="sextant-catalog-${stamp}.${format}"`)
        .send(Readable.from(exportCatalog(ctx.store.db, request.auth.workspaceId, format)) as never);
    },
  );
}
