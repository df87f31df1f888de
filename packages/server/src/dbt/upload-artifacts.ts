import { gzipSync } from 'node:zlib';
import { InputError } from '../errors/index.js';
import { nowIso } from '../lib/time.js';
import type { Store } from '../store/database.js';
import { type DbtArtifactRow, deleteDbtArtifact, saveDbtArtifacts } from '../store/dbt/index.js';
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
 * Checks and keeps the artifacts of one upload as the integration's "last uploaded" set: `manifest` and
 * `run_results` are required, `catalog` optional (an upload without it forgets an older catalog, which would
 * describe another build). Every file is parsed before anything is stored, so a bad file changes nothing.
 */
export async function uploadDbtArtifacts(
  store: Store,
  options: { workspaceId: string; integrationId: string; userId: string | null; files: ArtifactUploads },
): Promise<StoredArtifactSummary[]> {
  await getIntegration(store.db, options.workspaceId, options.integrationId);
  for (const kind of ['manifest', 'run_results'] as const) {
    if (!options.files[kind]) {
      throw new InputError(
        'missing_artifact',
        `the upload needs a "${kind}" file (multipart field ${kind})`,
        {
          field: kind,
        },
      );
    }
  }
  const uploadedAt = nowIso();
  const rows: DbtArtifactRow[] = [];
  const summaries: StoredArtifactSummary[] = [];
  for (const kind of ['manifest', 'run_results', 'catalog'] as const) {
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
    if (!options.files.catalog) await deleteDbtArtifact(trx, options.integrationId, 'catalog');
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
