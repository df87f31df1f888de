import { gunzipSync } from 'node:zlib';
import { InputError, PayloadTooLargeError } from '../errors/index.js';
import type { ArtifactKind, DbtCatalog, DbtManifest, DbtRunResults } from './artifact-types.js';

/** Schema versions each artifact is known to parse with; older ones are read best effort with a warning. */
export const SUPPORTED_VERSIONS: Record<ArtifactKind, { min: number; max: number; bestEffortMin: number }> = {
  manifest: { min: 4, max: 12, bestEffortMin: 1 },
  run_results: { min: 4, max: 6, bestEffortMin: 1 },
  catalog: { min: 1, max: 1, bestEffortMin: 1 },
};

/** dbt's schema URL path segment per artifact (`.../dbt/run-results/v6.json`). */
const URL_KIND: Record<string, ArtifactKind> = {
  manifest: 'manifest',
  'run-results': 'run_results',
  catalog: 'catalog',
};

/**
 * Decompressed artifacts above this size are refused: JSON.parse needs the whole text as one string, and V8
 * strings stop at about 512 MiB; a quarter of that keeps a parse well inside a server's memory.
 */
export const MAX_ARTIFACT_BYTES = 128 * 1024 * 1024;

export interface ArtifactVersion {
  kind: ArtifactKind;
  version: number;
  /** The full `metadata.dbt_schema_version` URL. */
  schemaUrl: string;
  dbtVersion: string | null;
}

export interface ParsedArtifact<T> {
  data: T;
  version: ArtifactVersion;
  /** Handled degradations (a newer or older schema version than we know), for the sync record. */
  warnings: string[];
}

/** True when the bytes start with the gzip magic number (1f 8b): uploads may be compressed or not. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The JSON text of an upload, gunzipped when it is gzip-compressed (detected by its bytes, not its name). */
export function decodeArtifactBytes(bytes: Buffer, file: string): Buffer {
  if (!isGzip(bytes)) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_ARTIFACT_BYTES });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new PayloadTooLargeError(
        'payload_too_large',
        `${file}: decompressed size exceeds ${MAX_ARTIFACT_BYTES} bytes`,
      );
    }
    throw new InputError('invalid_artifact', `${file}: gzip data is corrupt: ${(error as Error).message}`, {
      file,
    });
  }
}

/**
 * Parses one artifact and checks that it is the kind it was uploaded as, with the top-level shape we read.
 * Throws an InputError (`invalid_artifact`) naming the file and what is wrong.
 */
export function parseArtifact(bytes: Buffer, kind: 'manifest', file: string): ParsedArtifact<DbtManifest>;
export function parseArtifact(
  bytes: Buffer,
  kind: 'run_results',
  file: string,
): ParsedArtifact<DbtRunResults>;
export function parseArtifact(bytes: Buffer, kind: 'catalog', file: string): ParsedArtifact<DbtCatalog>;
export function parseArtifact(bytes: Buffer, kind: ArtifactKind, file: string): ParsedArtifact<unknown> {
  const text = decodeArtifactBytes(bytes, file);
  if (text.length > MAX_ARTIFACT_BYTES) {
    throw new PayloadTooLargeError('payload_too_large', `${file}: size exceeds ${MAX_ARTIFACT_BYTES} bytes`);
  }
  const data = parseJson(text, file);
  const version = detectVersion(data, kind, file);
  checkShape(data as Record<string, unknown>, kind, file);
  return { data, version, warnings: versionWarnings(version, file) };
}

function parseJson(text: Buffer, file: string): unknown {
  if (text.length === 0) throw invalid(file, 'the file is empty');
  try {
    return JSON.parse(text.toString('utf8'));
  } catch (error) {
    throw invalid(file, `not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads `metadata.dbt_schema_version` (`https://schemas.getdbt.com/dbt/manifest/v12.json`). */
export function detectVersion(data: unknown, kind: ArtifactKind, file: string): ArtifactVersion {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw invalid(
      file,
      `expected a JSON object (a dbt ${kind}), got ${Array.isArray(data) ? 'an array' : typeof data}`,
    );
  }
  const metadata = (data as { metadata?: unknown }).metadata as Record<string, unknown> | undefined;
  const url = metadata?.dbt_schema_version;
  if (typeof url !== 'string') {
    throw invalid(file, `metadata.dbt_schema_version is missing: is this a dbt ${kind}?`);
  }
  const match = /\/dbt\/([a-z-]+)\/v(\d+)\.json$/.exec(url);
  const found = match ? URL_KIND[match[1]!] : undefined;
  if (!match || !found)
    throw invalid(file, `metadata.dbt_schema_version "${url}" is not a dbt artifact schema`);
  if (found !== kind) throw invalid(file, `this is a dbt ${found} (${url}), not a ${kind}`);
  const dbtVersion = typeof metadata?.dbt_version === 'string' ? metadata.dbt_version : null;
  return { kind, version: Number(match[2]), schemaUrl: url, dbtVersion };
}

function versionWarnings(version: ArtifactVersion, file: string): string[] {
  const known = SUPPORTED_VERSIONS[version.kind];
  if (version.version > known.max) {
    return [
      `${file}: ${version.kind} schema v${version.version} is newer than the newest known (v${known.max}); read on a best-effort basis`,
    ];
  }
  if (version.version < known.min) {
    return [
      `${file}: ${version.kind} schema v${version.version} is older than v${known.min}; read on a best-effort basis`,
    ];
  }
  return [];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkShape(data: Record<string, unknown>, kind: ArtifactKind, file: string): void {
  if (kind === 'run_results') {
    if (!Array.isArray(data.results)) throw invalid(file, '"results" must be an array');
    data.results.forEach((result, i) => {
      if (!isObject(result) || typeof result.unique_id !== 'string' || typeof result.status !== 'string') {
        throw invalid(file, `results[${i}] needs a string unique_id and status`);
      }
    });
    return;
  }
  if (!isObject(data.nodes)) throw invalid(file, '"nodes" must be an object');
  const sections = kind === 'manifest' ? ['nodes', 'sources', 'exposures'] : ['nodes', 'sources'];
  for (const section of sections) {
    const entries = data[section];
    if (entries === undefined || entries === null) continue;
    if (!isObject(entries)) throw invalid(file, `"${section}" must be an object`);
    for (const [key, node] of Object.entries(entries)) {
      if (!isObject(node)) throw invalid(file, `${section}["${key}"] must be an object`);
      if (kind === 'manifest') checkManifestNode(node, `${section}["${key}"]`, file);
    }
  }
}

function checkManifestNode(node: Record<string, unknown>, where: string, file: string): void {
  for (const field of ['unique_id', 'name'] as const) {
    if (typeof node[field] !== 'string') throw invalid(file, `${where}.${field} must be a string`);
  }
  if (node.depends_on !== undefined && node.depends_on !== null) {
    const nodes = (node.depends_on as { nodes?: unknown }).nodes;
    if (nodes !== undefined && (!Array.isArray(nodes) || nodes.some((n) => typeof n !== 'string'))) {
      throw invalid(file, `${where}.depends_on.nodes must be an array of strings`);
    }
  }
  if (node.columns !== undefined && node.columns !== null && !isObject(node.columns)) {
    throw invalid(file, `${where}.columns must be an object`);
  }
}

function invalid(file: string, message: string): InputError {
  return new InputError('invalid_artifact', `${file}: ${message}`, { file });
}
