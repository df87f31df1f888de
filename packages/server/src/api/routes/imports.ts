import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import Type from 'typebox';
import { InputError } from '../../errors/index.js';
import { importCsvFile, importJsonlFiles } from '../../imports/index.js';
import { getSyncTarget } from '../../sync/index.js';
import type { App, AppContext } from '../context.js';
import { asClientError, readFilePart } from '../multipart-body.js';
import { ERROR_RESPONSES, ErrorBodySchema, IdParamsSchema } from '../schemas/common.js';
import { SyncRecordSchema } from './syncs.js';

const BASE = '/api/v1/integration/integrations/:id';
const TAGS = ['integrations'];
const DryRunQuerySchema = Type.Object({
  dry_run: Type.Optional(
    Type.Boolean({ description: 'compute counts and warnings, then roll everything back' }),
  ),
});
const IMPORT_RESPONSES = {
  201: SyncRecordSchema,
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
    async (request, reply) => {
      const options = await importOptions(ctx, request);
      const record = await withUploads(request, ['file'], ['file'], (files) =>
        importCsvFile(ctx.store, { path: files.file!.path, name: files.file!.name }, options),
      );
      request.log.info({ syncId: record.id, ...record.counts }, 'csv import applied');
      return reply.status(201).send(record);
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
    async (request, reply) => {
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
      return reply.status(201).send(record);
    },
  );
}

/** Checks the integration before reading a byte of the upload (an unknown id must not cost a 2 GB upload). */
async function importOptions(
  ctx: AppContext,
  request: FastifyRequest & { params: { id: string }; query: { dry_run?: boolean | undefined } },
) {
  const target = { workspaceId: request.auth.workspaceId, integrationId: request.params.id };
  await getSyncTarget(ctx.store, target);
  return { ...target, dryRun: request.query.dry_run, triggeredBy: request.auth.userId };
}

type Uploads = Record<string, { path: string; name: string }>;

/**
 * Streams the multipart files to a private temporary folder (memory stays flat; an oversize file stops at the
 * upload limit with 413), runs `use` on them, and removes them. Spooling first keeps the sync's transaction as
 * short as a local file read, instead of as long as a slow client's upload.
 */
async function withUploads<T>(
  request: FastifyRequest,
  fields: string[],
  required: string[],
  use: (files: Uploads) => Promise<T>,
): Promise<T> {
  if (!request.isMultipart()) {
    throw new InputError(
      'invalid_request',
      `send multipart/form-data with the file field(s) ${fields.join(', ')}`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'sextant-upload-'));
  try {
    const files = await spoolParts(request, { dir, fields }).catch((error) => {
      throw asClientError(error);
    });
    const missing = required.filter((field) => !files[field]);
    if (missing.length > 0) {
      throw new InputError('invalid_request', `the multipart file field "${missing[0]}" is required`, {
        field: missing[0],
      });
    }
    return await use(files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function spoolParts(
  request: FastifyRequest,
  options: { dir: string; fields: string[] },
): Promise<Uploads> {
  const { dir, fields } = options;
  const files: Uploads = {};
  for await (const part of request.parts()) {
    if (part.type !== 'file' || !fields.includes(part.fieldname)) {
      if (part.type === 'file') (part as MultipartFile).file.resume();
      throw new InputError(
        'invalid_request',
        `unexpected multipart field "${part.fieldname}"; send ${fields.join(', ')}`,
        {
          field: part.fieldname,
        },
      );
    }
    if (files[part.fieldname])
      throw new InputError('invalid_request', `multipart field "${part.fieldname}" was sent twice`);
    const path = join(dir, part.fieldname);
    await readFilePart(request, part, (file) =>
      pipeline(file.file, createWriteStream(path, { mode: 0o600 })),
    );
    files[part.fieldname] = { path, name: part.filename || part.fieldname };
  }
  return files;
}
