import { gunzipSync } from 'node:zlib';
import { ConflictError } from '../errors/index.js';
import { announceDbtTestsChanged, snapshotFailingTests } from '../events/index.js';
import type { Store } from '../store/database.js';
import {
  addDbtTags,
  findDbtArtifacts,
  prependSyncWarnings,
  replaceDbtTestResults,
} from '../store/dbt/index.js';
import { getIntegration } from '../store/integrations/index.js';
import { applySync } from '../sync/apply-sync.js';
import type { SyncProgress, SyncRecord, SyncWarning } from '../sync/sync-types.js';
import type { DbtCatalog, DbtManifest, DbtRunResults } from './artifact-types.js';
import { computeColumnLineageYielding } from './column-lineage.js';
import { dbtRunRecords, tagsByUniqueId } from './convert-artifacts.js';
import { readDbtProject } from './dbt-project.js';
import { type ParsedArtifact, parseArtifact } from './read-artifact.js';
import { collectTestOutcomes } from './test-results.js';

/** Column-lineage parse problems reported per sync; the rest are counted in one line. */
const MAX_SQL_WARNINGS = 20;

export interface DbtArtifacts {
  manifest: ParsedArtifact<DbtManifest>;
  runResults?: ParsedArtifact<DbtRunResults> | undefined;
  catalog?: ParsedArtifact<DbtCatalog> | undefined;
  /** File names for messages (default `manifest.json`). */
  manifestFile?: string;
}

export interface DbtSyncOptions {
  workspaceId?: string | undefined;
  integrationId: string;
  dryRun?: boolean | undefined;
  triggeredBy?: string | null | undefined;
  onProgress?: ((progress: SyncProgress) => void) | undefined;
}

/**
 * Syncs one dbt project through the one sync engine, then records its test results and tags (both need the
 * resource ids the sync just wrote; a dry run records neither). Warnings about versions and unparsed SQL are
 * added to the sync record.
 */
export async function syncDbtArtifacts(
  store: Store,
  artifacts: DbtArtifacts,
  options: DbtSyncOptions,
): Promise<SyncRecord> {
  const project = readDbtProject(artifacts.manifest.data, artifacts.catalog?.data);
  const lineage = await computeColumnLineageYielding(project);
  const warnings: SyncWarning[] = [
    ...[artifacts.manifest, artifacts.runResults, artifacts.catalog]
      .flatMap((a) => a?.warnings ?? [])
      .map((message) => ({ message })),
    ...lineage.problems.slice(0, MAX_SQL_WARNINGS).map((p) => ({
      field: p.uniqueId,
      message: `column lineage of ${p.uniqueId} is partial: its compiled SQL did not fully parse (${p.message})`,
    })),
  ];
  if (lineage.problems.length > MAX_SQL_WARNINGS) {
    warnings.push({
      message: `${lineage.problems.length - MAX_SQL_WARNINGS} more models with partial column lineage`,
    });
  }
  const record = await applySync(store, {
    integrationId: options.integrationId,
    workspaceId: options.workspaceId,
    source: 'dbt',
    records: dbtRunRecords(project, lineage, artifacts.manifestFile),
    dryRun: options.dryRun,
    triggeredBy: options.triggeredBy,
    onProgress: options.onProgress,
  });
  await prependSyncWarnings(store.db, record.id, warnings);
  if (!record.dry_run) {
    const target = { workspaceId: await workspaceOf(store, record), integrationId: options.integrationId };
    const failingBefore = await snapshotFailingTests(store, options.integrationId);
    await store.db.transaction().execute(async (trx) => {
      await replaceDbtTestResults(trx, store.flags, {
        ...target,
        syncId: record.id,
        results: collectTestOutcomes(project, artifacts.runResults?.data),
      });
      await addDbtTags(trx, store.flags, { ...target, tags: tagsByUniqueId(project) });
    });
    announceDbtTestsChanged(store, { ...target, syncId: record.id, before: failingBefore });
  }
  return { ...record, warnings: [...warnings, ...record.warnings] };
}

async function workspaceOf(store: Store, record: SyncRecord): Promise<string> {
  const row = await store.db
    .selectFrom('integrations')
    .select('workspace_id')
    .where('id', '=', record.integration_id)
    .executeTakeFirstOrThrow();
  return row.workspace_id;
}

/** Runs the dbt sync from the integration's last uploaded artifacts (`POST .../trigger`). */
export async function triggerDbtSync(
  store: Store,
  options: DbtSyncOptions & { workspaceId: string },
): Promise<SyncRecord> {
  await getIntegration(store.db, options.workspaceId, options.integrationId);
  const stored = await findDbtArtifacts(store.db, options.integrationId);
  const manifest = stored.get('manifest');
  if (!manifest) {
    throw new ConflictError(
      'dbt_artifacts_missing',
      `integration ${options.integrationId} has no uploaded dbt artifacts; upload them first (upload_artifacts)`,
    );
  }
  const bytes = (kind: string) => {
    const row = stored.get(kind);
    return row
      ? { bytes: gunzipSync(Buffer.from(row.content_gzip_base64, 'base64')), name: row.file_name }
      : undefined;
  };
  const runResults = bytes('run_results');
  const catalog = bytes('catalog');
  return syncDbtArtifacts(
    store,
    {
      manifest: parseArtifact(bytes('manifest')!.bytes, 'manifest', manifest.file_name),
      runResults: runResults && parseArtifact(runResults.bytes, 'run_results', runResults.name),
      catalog: catalog && parseArtifact(catalog.bytes, 'catalog', catalog.name),
      manifestFile: manifest.file_name,
    },
    options,
  );
}
