import type { FastifyRequest } from 'fastify';
import Type from 'typebox';
import { importCsvFile, importJsonlFiles } from '../../imports/index.js';
import { getSyncTarget } from '../../sync/index.js';
import type { App, AppContext } from '../context.js';
import { ERROR_RESPONSES, ErrorBodySchema, IdParamsSchema } from '../schemas/common.js';
import { withUploads } from '../upload-files.js';
import { SyncRecordSchema } from './syncs.js';

const BASE = '/api/v1/integration/integrations/:id';
const TAGS = ['integrations'];
const DryRunQuerySchema = Type.Object({
  dry_run: Type.Optional(
    Type.Boolean({ description: 'compute counts and warnings, then roll everything back' }),
  ),
});
const IMPORT_RESPONSES = {
  200: SyncRecordSchema,
  ...ERROR_RESPONSES,
  413: ErrorBodySchema,
  415: ErrorBodySchema,
};

/** compat §4/§6 file imports: editors upload a CSV or JSONL files; each upload is one sync of the integration. */
export function registerImportRoutes(app: App, ctx: AppContext): void {
  app.post(
    `${BASE}/import_metadata`,
    {
      config: { access: 'editor' },
      schema: {
        tags: TAGS,
        summary: 'Import a metadata CSV (multipart `file`) as one sync; answers the sync record',
        consumes: ['multipart/form-data'],
        params: IdParamsSchema,
        querystring: DryRunQuerySchema,
        response: IMPORT_RESPONSES,
      },
    },
    async (request) => {
      const options = await importOptions(ctx, request);
      const record = await withUploads(request, ['file'], ['file'], (files) =>
        importCsvFile(ctx.store, { path: files.file!.path, name: files.file!.name }, options),
      );
      request.log.info({ syncId: record.id, ...record.counts }, 'csv import applied');
      return record;
    },
  );

  app.post(
    `${BASE}/import_jsonl_metadata`,
    {
      config: { access: 'editor' },
      schema: {
        tags: TAGS,
        summary:
          'Import JSONL `resources_file` (+ optional `lineages_file`) as one sync; answers the sync record',
        consumes: ['multipart/form-data'],
        params: IdParamsSchema,
        querystring: DryRunQuerySchema,
        response: IMPORT_RESPONSES,
      },
    },
    async (request) => {
      const options = await importOptions(ctx, request);
      const fields = ['resources_file', 'lineages_file'];
      const record = await withUploads(request, fields, ['resources_file'], (files) =>
        importJsonlFiles(
          ctx.store,
          {
            resourcesFile: files.resources_file!.path,
            lineagesFile: files.lineages_file?.path,
            names: {
              resources: files.resources_file!.name,
              lineages: files.lineages_file?.name ?? 'lineages.jsonl',
            },
          },
          options,
        ),
      );
      request.log.info({ syncId: record.id, ...record.counts }, 'jsonl import applied');
      return record;
    },
  );
}

/** Checks the integration before reading a byte of the upload (an unknown id must not cost a 2 GB upload). */
async function importOptions(
  ctx: AppContext,
  request: FastifyRequest & { params: { id: string }; query: { dry_run?: boolean | undefined } },
) {
  const target = await getSyncTarget(ctx.store, {
    workspaceId: request.auth.workspaceId,
    integrationId: request.params.id,
  });
  return { target, dryRun: request.query.dry_run, triggeredBy: request.auth.userId };
}
