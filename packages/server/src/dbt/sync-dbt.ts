import { gunzipSync } from 'node:zlib';
import { ConflictError } from '../errors/index.js';
import { announceDbtTestsChanged, snapshotFailingTests } from '../events/index.js';
import { normalizeDialect } from '../store/catalog/index.js';
import type { Store } from '../store/database.js';
import { addDbtTags, findDbtArtifacts, replaceDbtTestResults } from '../store/dbt/index.js';
import { getIntegration, recordIntegrationAddress } from '../store/integrations/index.js';
import { applySync } from '../sync/apply-sync.js';
import type { SyncProgress, SyncRecord, SyncWarning } from '../sync/sync-types.js';
import type { DbtCatalog, DbtManifest, DbtRunResults } from './artifact-types.js';
import { computeColumnLineageYielding } from './column-lineage.js';
import { dbtRunRecords, tagsByUniqueId } from './convert-artifacts.js';
import { readDbtProject } from './dbt-project.js';
import { readDeclaredMonitors } from './monitors-as-code.js';
import { type ParsedArtifact, parseArtifact } from './read-artifact.js';
import { syncDeclaredMonitors } from './sync-declared-monitors.js';
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
 * Syncs one dbt project through the one sync engine; its test results and tags are written in the same
 * transaction, after the records (both need the resource ids the sync just wrote; a dry run keeps neither).
 * Warnings about versions and unparsed SQL come first in the sync record.
 */
export async function syncDbtArtifacts(
  store: Store,
  artifacts: DbtArtifacts,
  options: DbtSyncOptions,
): Promise<SyncRecord> {
  const project = readDbtProject(artifacts.manifest.data, artifacts.catalog?.data);
  const lineage = await computeColumnLineageYielding(project);
  const declaredMonitors = readDeclaredMonitors(artifacts.manifest.data);
  const warnings: SyncWarning[] = [
    ...[artifacts.manifest, artifacts.runResults, artifacts.catalog]
      .flatMap((a) => a?.warnings ?? [])
      .map((message) => ({ message })),
    ...declaredMonitors.problems,
    ...lineage.problems.slice(0, MAX_SQL_WARNINGS).map((p) => ({
      field: p.uniqueId,
      message: `column lineage of ${p.uniqueId} is partial: its compiled SQL did not fully parse (${p.message})`,
    })),
  ];
  if (!artifacts.runResults) {
    warnings.push({
      field: 'run_results',
      message:
        'no run_results: dbt test results unchanged (dbt parse and dbt compile write none; upload run_results to record test outcomes)',
    });
  }
  if (lineage.problems.length > MAX_SQL_WARNINGS) {
    warnings.push({
      message: `${lineage.problems.length - MAX_SQL_WARNINGS} more models with partial column lineage`,
    });
  }
  const dryRun = options.dryRun === true;
  const failingBefore = dryRun ? undefined : await snapshotFailingTests(store, options.integrationId);
  let workspaceId = '';
  const record = await applySync(store, {
    integrationId: options.integrationId,
    workspaceId: options.workspaceId,
    source: 'dbt',
    records: dbtRunRecords(project, lineage, artifacts.manifestFile),
    dryRun,
    triggeredBy: options.triggeredBy,
    onProgress: options.onProgress,
    warnings,
    // Test results, tags and declared monitors commit with the sync or not at all: a failure here rolls the
    // whole run back.
    afterRecords: async (trx, run) => {
      workspaceId = run.workspaceId;
      // The warehouse dialect names the project's relations (entity identity); a manifest names no host.
      if (project.adapterType) {
        await recordIntegrationAddress(trx, store.flags, {
          integrationId: run.integrationId,
          dialect: normalizeDialect(project.adapterType),
        });
      }
      await replaceDbtTestResults(trx, store.flags, {
        ...run,
        results: collectTestOutcomes(project, artifacts.runResults?.data),
      });
      await addDbtTags(trx, store.flags, { ...run, tags: tagsByUniqueId(project) });
      await syncDeclaredMonitors(trx, declaredMonitors.monitors, { ...run, flags: store.flags });
    },
  });
  if (failingBefore) {
    announceDbtTestsChanged(store, {
      workspaceId,
      syncId: record.id,
      before: failingBefore,
    });
  }
  return record;
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
