import Type from 'typebox';
import { auditActor } from '../../auth/authenticate.js';
import { recordAudit } from '../../store/audit-logs.js';
import { importCatalogFile } from '../../transfer/index.js';
import type { App, AppContext } from '../context.js';
import { ERROR_RESPONSES, ErrorBodySchema } from '../schemas/common.js';
import { withUploads } from '../upload-files.js';

const CatalogImportAnswerSchema = Type.Object(
  {
    format: Type.Union([Type.Literal('jsonl'), Type.Literal('csv')], {
      description: 'the export format the file was read as (told apart by its first line)',
    }),
    resources: Type.Integer(),
    lineage: Type.Integer(),
    integrations: Type.Integer(),
    tags: Type.Integer(),
    teams: Type.Integer(),
    custom_properties: Type.Integer(),
    users_created: Type.Integer({ description: 'users made for the export, without a password' }),
    history: Type.Integer({ description: 'collections, sync records, API keys (hashes) and audit entries' }),
  },
  { additionalProperties: false },
);

/**
 * `POST /api/v1/resource/import` *(Sextant)*: `sextant import` of a catalog export, over HTTP. Admin only (it
 * creates users, integrations and every resource). All or nothing: a bad line answers 400 naming the file, the
 * line and the field, and the catalog stays as it was; a catalog with resources answers 409; a file over the
 * upload limit 413.
 */
export function registerCatalogImportRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/resource/import',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['catalog'],
        operationId: 'importCatalog',
        summary: 'Import a catalog export (multipart `file`: JSONL or CSV) into this empty catalog',
        consumes: ['multipart/form-data'],
        response: {
          200: CatalogImportAnswerSchema,
          ...ERROR_RESPONSES,
          409: ErrorBodySchema,
          413: ErrorBodySchema,
          415: ErrorBodySchema,
        },
      },
    },
    async (request) => {
      const { workspaceId } = request.auth;
      const counts = await withUploads(request, ['file'], ['file'], (files) =>
        importCatalogFile(ctx.store, workspaceId, files.file!),
      );
      await recordAudit(ctx.store.db, {
        ...auditActor(request.auth),
        action: 'import_catalog',
        entityType: 'workspace',
        entityId: workspaceId,
        after: counts,
      });
      request.log.info({ workspaceId, ...counts }, 'catalog export imported');
      return counts;
    },
  );
}
