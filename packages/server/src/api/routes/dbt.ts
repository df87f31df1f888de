import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import Type from 'typebox';
import {
  type ArtifactUpload,
  type ArtifactUploads,
  listFailingTests,
  MAX_ARTIFACT_BYTES,
  triggerDbtSync,
  uploadDbtArtifacts,
  uploadDbtRunResults,
} from '../../dbt/index.js';
import { InputError } from '../../errors/index.js';
import { getSyncTarget } from '../../sync/index.js';
import type { App, AppContext } from '../context.js';
import { asClientError, readFilePart, requireMultipart } from '../multipart-body.js';
import { ERROR_RESPONSES, ErrorBodySchema, IdParamsSchema, Nullable } from '../schemas/common.js';
import { SyncRecordSchema } from './syncs.js';

const BASE = '/api/v1/integration/dbt/:id';
const TAGS = ['dbt'];
const FILE_FIELDS = ['manifest', 'run_results', 'catalog'] as const;

const ArtifactSummarySchema = Type.Object({
  kind: Type.String(),
  file_name: Type.String(),
  schema_version: Type.String(),
  dbt_version: Nullable(Type.String()),
  byte_size: Type.Integer({ description: 'decompressed size in bytes' }),
  warnings: Type.Array(Type.String()),
});

const UploadAnswerSchema = Type.Object({
  integration_id: Type.String(),
  artifacts: Type.Array(ArtifactSummarySchema),
});

const FailingTestsSchema = Type.Object({
  warning: Type.Array(Type.String(), {
    description: 'resources whose latest dbt test results include a warn',
  }),
  failing: Type.Array(Type.String(), {
    description: 'resources whose latest dbt test results include a fail or error',
  }),
});

/** compat §6 dbt routes: editors upload artifacts and trigger the sync; viewers read failing tests. */
export function registerDbtRoutes(app: App, ctx: AppContext): void {
  const { store } = ctx;

  app.post(
    `${BASE}/upload_artifacts`,
    {
      config: { access: 'editor' },
      schema: {
        tags: TAGS,
        summary: 'Upload dbt artifacts (multipart manifest, run_results, optional catalog; gzip accepted)',
        consumes: ['multipart/form-data'],
        params: IdParamsSchema,
        response: { 200: UploadAnswerSchema, ...ERROR_RESPONSES, 413: ErrorBodySchema, 415: ErrorBodySchema },
      },
    },
    async (request) => {
      // The integration is checked before a byte of the upload is read: an unknown id must not cost the upload.
      await getSyncTarget(store, { workspaceId: request.auth.workspaceId, integrationId: request.params.id });
      const files = await readArtifactParts(
        request,
        Math.min(ctx.config.uploadLimitBytes, MAX_ARTIFACT_BYTES),
      );
      const artifacts = await uploadDbtArtifacts(store, {
        workspaceId: request.auth.workspaceId,
        integrationId: request.params.id,
        userId: request.auth.userId,
        files,
      });
      request.log.info(
        { integrationId: request.params.id, artifacts: artifacts.map((a) => a.kind) },
        'dbt artifacts stored',
      );
      return { integration_id: request.params.id, artifacts };
    },
  );

  app.post(
    `${BASE}/trigger`,
    {
      config: { access: 'editor' },
      schema: {
        tags: TAGS,
        summary: 'Run the dbt sync from the last uploaded artifacts; answers the sync record',
        params: IdParamsSchema,
        querystring: Type.Object({
          dry_run: Type.Optional(
            Type.Boolean({ description: 'compute counts and warnings, then roll back' }),
          ),
        }),
        response: { 200: SyncRecordSchema, ...ERROR_RESPONSES, 409: ErrorBodySchema },
      },
    },
    async (request) => {
      const record = await triggerDbtSync(store, {
        workspaceId: request.auth.workspaceId,
        integrationId: request.params.id,
        dryRun: request.query.dry_run,
        triggeredBy: request.auth.userId,
      });
      request.log.info({ syncId: record.id, ...record.counts }, 'dbt sync applied');
      return record;
    },
  );

  // Secoda's older upload routes: one file each, the integration id as a form field, and the sync starts at once.
  const LegacyParamsNote =
    'multipart: the file and a text field `integration` (the dbt integration id); answers the sync record';
  app.post(
    '/api/v1/integration/dbt/manifest',
    {
      config: { access: 'editor' },
      schema: {
        tags: TAGS,
        summary:
          'Legacy: upload a dbt manifest (field manifest_file) and sync it; test results stay unchanged',
        description: LegacyParamsNote,
        consumes: ['multipart/form-data'],
        response: { 200: SyncRecordSchema, ...ERROR_RESPONSES, 413: ErrorBodySchema, 415: ErrorBodySchema },
      },
    },
    async (request) => {
      const { integrationId, file } = await readLegacyParts(request, 'manifest_file', ctx);
      const base = { workspaceId: request.auth.workspaceId, integrationId, userId: request.auth.userId };
      await uploadDbtArtifacts(store, { ...base, files: { manifest: file } });
      const record = await triggerDbtSync(store, { ...base, triggeredBy: request.auth.userId });
      request.log.info({ syncId: record.id, ...record.counts }, 'dbt manifest synced (legacy route)');
      return record;
    },
  );

  app.post(
    '/api/v1/integration/dbt/run_result',
    {
      config: { access: 'editor' },
      schema: {
        tags: TAGS,
        summary: 'Legacy: upload dbt run_results (field run_result_file) next to the last manifest and sync',
        description: `${LegacyParamsNote}; 409 when no manifest was uploaded before`,
        consumes: ['multipart/form-data'],
        response: {
          200: SyncRecordSchema,
          ...ERROR_RESPONSES,
          409: ErrorBodySchema,
          413: ErrorBodySchema,
          415: ErrorBodySchema,
        },
      },
    },
    async (request) => {
      const { integrationId, file } = await readLegacyParts(request, 'run_result_file', ctx);
      const base = { workspaceId: request.auth.workspaceId, integrationId, userId: request.auth.userId };
      await uploadDbtRunResults(store, { ...base, file });
      const record = await triggerDbtSync(store, { ...base, triggeredBy: request.auth.userId });
      request.log.info({ syncId: record.id, ...record.counts }, 'dbt run_results synced (legacy route)');
      return record;
    },
  );

  app.get(
    `${BASE}/failing_tests`,
    {
      schema: {
        tags: TAGS,
        summary: 'Resources whose latest dbt test results include a warn (warning) or a fail/error (failing)',
        params: IdParamsSchema,
        response: { 200: FailingTestsSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) =>
      listFailingTests(store, { workspaceId: request.auth.workspaceId, integrationId: request.params.id }),
  );
}

/**
 * Reads the multipart fields `manifest`, `run_results` and `catalog` into memory (an artifact is parsed whole
 * anyway). Oversize files stop at the limit with 413; unknown or repeated fields are a 400.
 */
async function readArtifactParts(request: FastifyRequest, fileSize: number): Promise<ArtifactUploads> {
  requireMultipart(request, [...FILE_FIELDS]);
  try {
    return await readArtifactFiles(request, fileSize);
  } catch (error) {
    throw asClientError(error);
  }
}

async function readArtifactFiles(request: FastifyRequest, fileSize: number): Promise<ArtifactUploads> {
  const files: ArtifactUploads = {};
  for await (const part of request.parts({ limits: { fileSize } })) {
    const field = part.fieldname as (typeof FILE_FIELDS)[number];
    if (part.type !== 'file' || !FILE_FIELDS.includes(field)) {
      if (part.type === 'file') (part as MultipartFile).file.resume();
      throw new InputError(
        'invalid_request',
        `unexpected multipart field "${part.fieldname}"; send ${FILE_FIELDS.join(', ')} as files`,
        {
          field: part.fieldname,
        },
      );
    }
    if (files[field])
      throw new InputError('invalid_request', `multipart field "${field}" was sent twice`, { field });
    files[field] = {
      bytes: await readFilePart(request, part, (file) => file.toBuffer()),
      name: part.filename || `${field}.json`,
    };
  }
  return files;
}

/**
 * Reads a legacy upload: one file in `fileField` and the text field `integration`. Either may come first, so the
 * integration is checked once the body is read (the file is held in memory, as an artifact is parsed whole).
 */
async function readLegacyParts(
  request: FastifyRequest,
  fileField: string,
  ctx: AppContext,
): Promise<{ integrationId: string; file: ArtifactUpload }> {
  requireMultipart(request, [fileField, 'integration']);
  const fileSize = Math.min(ctx.config.uploadLimitBytes, MAX_ARTIFACT_BYTES);
  let integrationId: string | undefined;
  let file: ArtifactUpload | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize } })) {
      if (part.type === 'file' && part.fieldname === fileField && !file) {
        file = {
          bytes: await readFilePart(request, part, (f) => f.toBuffer()),
          name: part.filename || `${fileField}.json`,
        };
      } else if (part.type === 'field' && part.fieldname === 'integration' && integrationId === undefined) {
        integrationId = String(part.value).trim();
      } else {
        if (part.type === 'file') (part as MultipartFile).file.resume();
        throw new InputError(
          'invalid_request',
          `unexpected or repeated multipart field "${part.fieldname}"; send the file ${fileField} and the text field integration`,
          { field: part.fieldname },
        );
      }
    }
  } catch (error) {
    throw asClientError(error);
  }
  if (!file) {
    throw new InputError('missing_artifact', `the upload needs a file in the multipart field ${fileField}`, {
      field: fileField,
    });
  }
  if (!integrationId) {
    throw new InputError(
      'validation_failed',
      'the form field "integration" (the dbt integration id) is required',
      {
        field: 'integration',
      },
    );
  }
  return { integrationId, file };
}
