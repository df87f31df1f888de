import { gzipSync } from 'node:zlib';
import { ConflictError, InputError } from '../errors/index.js';
import { nowIso } from '../lib/time.js';
import type { Store } from '../store/database.js';
import {
  type DbtArtifactRow,
  deleteDbtArtifact,
  findDbtArtifacts,
  saveDbtArtifacts,
} from '../store/dbt/index.js';
import { getIntegration } from '../store/integrations/index.js';
import type { ArtifactKind } from './artifact-types.js';
import { decodeArtifactBytes, isGzip, parseArtifact } from './read-artifact.js';

/** One uploaded file: its bytes (plain or gzip) and the name it was sent under, for messages. */
export interface ArtifactUpload {
  bytes: Buffer;
  name: string;
}

export type ArtifactUploads = Partial<Record<ArtifactKind, ArtifactUpload>>;

/** What was stored, per artifact. */
export interface StoredArtifactSummary {
  kind: ArtifactKind;
  file_name: string;
  schema_version: string;
  dbt_version: string | null;
  byte_size: number;
  warnings: string[];
}

/**
 * Checks and keeps the artifacts of one upload as the integration's "last uploaded" set: `manifest` is required,
 * `run_results` and `catalog` optional (`dbt parse`/`dbt compile` write no run_results). A file left out of the
 * upload forgets the older one of its kind, which would describe another build: without run_results the next
 * sync leaves test results as they are and says so. Every file is parsed before anything is stored, so a bad
 * file changes nothing.
 */
export async function uploadDbtArtifacts(
  store: Store,
  options: { workspaceId: string; integrationId: string; userId: string | null; files: ArtifactUploads },
): Promise<StoredArtifactSummary[]> {
  await getIntegration(store.db, options.workspaceId, options.integrationId);
  if (!options.files.manifest) {
    throw new InputError(
      'missing_artifact',
      'the upload needs a "manifest" file (multipart field manifest)',
      {
        field: 'manifest',
      },
    );
  }
  return storeArtifacts(store, options, ['manifest', 'run_results', 'catalog']);
}

/**
 * Keeps a run_results alone next to the manifest uploaded before it (the legacy `run_result/` route): the
 * integration must have a manifest already, else 409 `dbt_artifacts_missing` and nothing is stored.
 */
export async function uploadDbtRunResults(
  store: Store,
  options: { workspaceId: string; integrationId: string; userId: string | null; file: ArtifactUpload },
): Promise<StoredArtifactSummary[]> {
  await getIntegration(store.db, options.workspaceId, options.integrationId);
  const stored = await findDbtArtifacts(store.db, options.integrationId);
  if (!stored.get('manifest')) {
    throw new ConflictError(
      'dbt_artifacts_missing',
      `integration ${options.integrationId} has no uploaded dbt manifest; upload the manifest first`,
    );
  }
  return storeArtifacts(store, { ...options, files: { run_results: options.file } }, ['run_results']);
}

async function storeArtifacts(
  store: Store,
  options: { integrationId: string; userId: string | null; files: ArtifactUploads },
  kinds: ArtifactKind[],
): Promise<StoredArtifactSummary[]> {
  const uploadedAt = nowIso();
  const rows: DbtArtifactRow[] = [];
  const summaries: StoredArtifactSummary[] = [];
  for (const kind of kinds) {
    const file = options.files[kind];
    if (!file) continue;
    const { row, summary } = checkArtifact(kind, file);
    rows.push({
      ...row,
      integration_id: options.integrationId,
      uploaded_at: uploadedAt,
      uploaded_by: options.userId,
    });
    summaries.push(summary);
  }
  await store.db.transaction().execute(async (trx) => {
    await saveDbtArtifacts(trx, rows);
    for (const kind of kinds) {
      if (!options.files[kind]) await deleteDbtArtifact(trx, options.integrationId, kind);
    }
  });
  return summaries;
}

function checkArtifact(kind: ArtifactKind, file: ArtifactUpload) {
  const parsed = parseArtifactOfKind(kind, file);
  // A compressed upload is stored as sent; a plain one is compressed once here.
  const gzip = isGzip(file.bytes) ? file.bytes : gzipSync(file.bytes);
  const row = {
    kind,
    file_name: file.name,
    content_gzip_base64: gzip.toString('base64'),
    byte_size: parsed.byteSize,
    schema_version: parsed.version.schemaUrl,
    dbt_version: parsed.version.dbtVersion,
  };
  const summary: StoredArtifactSummary = {
    kind,
    file_name: file.name,
    schema_version: parsed.version.schemaUrl,
    dbt_version: parsed.version.dbtVersion,
    byte_size: parsed.byteSize,
    warnings: parsed.warnings,
  };
  return { row, summary };
}

function parseArtifactOfKind(kind: ArtifactKind, file: ArtifactUpload) {
  const text = decodeArtifactBytes(file.bytes, file.name);
  // The overloads of parseArtifact need a literal kind; the result's data is not kept here, only its checks.
  const parsed =
    kind === 'manifest'
      ? parseArtifact(text, 'manifest', file.name)
      : kind === 'run_results'
        ? parseArtifact(text, 'run_results', file.name)
        : parseArtifact(text, 'catalog', file.name);
  return { version: parsed.version, warnings: parsed.warnings, byteSize: text.length };
}
