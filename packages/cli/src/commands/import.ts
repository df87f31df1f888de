import { openAsBlob, statSync } from 'node:fs';
import { basename } from 'node:path';
import {
  formatProblem,
  InputError,
  importCsvFile,
  importJsonlFiles,
  openStore,
  type SyncRecord,
} from '@sextant/server';
import type { Command } from 'commander';
import { UserError } from '../run-cli.js';
import { addDatabaseOptions, configFromFlags, type DatabaseFlags } from './database-options.js';
import { importCatalogExport, isCatalogExport } from './import-catalog-export.js';
import { createImportProgress } from './import-progress.js';

interface ImportFlags extends DatabaseFlags {
  integration?: string;
  server?: string;
  dryRun?: boolean;
  json?: boolean;
}

/**
 * `sextant import`: one CSV, or JSONL resources (+ lineages), as one sync of an integration; or a whole catalog
 * export (`sextant export`) into an empty catalog.
 */
export function registerImportCommand(program: Command): void {
  const command = program
    .command('import')
    .description(
      'import a metadata CSV, or JSONL resources [and lineages], as one sync of an integration; or a catalog export into an empty catalog',
    )
    .argument('<files...>', 'FILE.csv, or resources.jsonl [lineages.jsonl], or a `sextant export` file')
    .option('--integration <id>', 'the integration the files belong to (not for a catalog export)')
    .option('--server <url>', 'send the files to a Sextant server (API key from SEXTANT_API_KEY)')
    .option('--dry-run', 'report what the sync would change, changing nothing')
    .option('--json', 'print the sync record as JSON');
  addDatabaseOptions(command).action(async (files: string[], flags: ImportFlags) => {
    if (files.length === 1 && isCatalogExport(files[0]!)) {
      if (flags.server || flags.integration || flags.dryRun)
        throw new UserError(
          'a catalog export imports into the database directly: drop --server, --integration and --dry-run',
        );
      await importCatalogExport(files[0]!, flags);
      return;
    }
    if (!flags.integration) throw new UserError("required option '--integration <id>' not specified");
    const record = await runImport(files, flags, process.env);
    process.stdout.write(flags.json ? `${JSON.stringify(record)}\n` : formatSyncSummary(record));
  });
}

/** Runs the import locally or against a server; throws a UserError for anything the user can fix. */
export async function runImport(
  files: string[],
  flags: ImportFlags,
  env: NodeJS.ProcessEnv,
): Promise<SyncRecord> {
  const kind = fileKind(files);
  for (const file of files) {
    if (!statSync(file, { throwIfNoEntry: false })?.isFile()) throw new UserError(`no file at ${file}`);
  }
  return flags.server ? importOnServer(kind, files, flags, env) : importLocally(kind, files, flags);
}

function fileKind(files: string[]): 'csv' | 'jsonl' {
  const csv = files.length === 1 && files[0]!.toLowerCase().endsWith('.csv');
  if (csv) return 'csv';
  if (files.length > 2 || files.some((file) => file.toLowerCase().endsWith('.csv'))) {
    throw new UserError('give one FILE.csv, or resources.jsonl and optionally lineages.jsonl');
  }
  return 'jsonl';
}

async function importLocally(
  kind: 'csv' | 'jsonl',
  files: string[],
  flags: ImportFlags,
): Promise<SyncRecord> {
  const config = configFromFlags(flags);
  const store = await openStore({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile });
  let bytes = 0;
  const progress = createImportProgress(
    files.reduce((sum, file) => sum + statSync(file).size, 0),
    () => bytes,
  );
  const options = {
    integrationId: flags.integration!,
    dryRun: flags.dryRun,
    onProgress: progress.update,
    onBytes: (read: number) => {
      bytes = read;
    },
  };
  try {
    return kind === 'csv'
      ? await importCsvFile(store, { path: files[0]! }, options)
      : await importJsonlFiles(store, { resourcesFile: files[0]!, lineagesFile: files[1] }, options);
  } catch (error) {
    throw asUserError(error);
  } finally {
    progress.stop();
    await store.close();
  }
}

async function importOnServer(
  kind: 'csv' | 'jsonl',
  files: string[],
  flags: ImportFlags,
  env: NodeJS.ProcessEnv,
): Promise<SyncRecord> {
  const key = env.SEXTANT_API_KEY;
  if (!key) throw new UserError('set SEXTANT_API_KEY to an API key with the editor role');
  const base = `${flags.server!.replace(/\/+$/, '')}/api/v1/integration/integrations/${encodeURIComponent(flags.integration!)}`;
  const form = new FormData();
  const fields = kind === 'csv' ? ['file'] : ['resources_file', 'lineages_file'];
  for (const [i, file] of files.entries()) form.append(fields[i]!, await openAsBlob(file), basename(file));
  const route = kind === 'csv' ? 'import_metadata' : 'import_jsonl_metadata';
  const url = `${base}/${route}${flags.dryRun ? '?dry_run=true' : ''}`;
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${key}` }, body: form });
  } catch (error) {
    throw new UserError(
      `cannot reach ${new URL(url).origin}: ${(error as Error).cause ?? (error as Error).message}`,
    );
  }
  const body = (await response.json().catch(() => undefined)) as
    | (SyncRecord & { error?: { code: string; message: string; details?: { problems?: unknown[] } } })
    | undefined;
  if (!response.ok) {
    const problems = (body?.error?.details?.problems ?? []) as Array<Parameters<typeof formatProblem>[0]>;
    const why = body?.error ? `${body.error.message} (${body.error.code})` : response.statusText;
    throw new UserError(
      [`${route} failed with HTTP ${response.status}: ${why}`, ...problems.map(formatProblem)].join('\n  '),
    );
  }
  return body as SyncRecord;
}

function asUserError(error: unknown): unknown {
  if (!(error instanceof InputError) && (error as { status?: number })?.status !== 404) return error;
  const problems = ((error as InputError).details?.problems ?? []) as Array<
    Parameters<typeof formatProblem>[0]
  >;
  return new UserError([(error as Error).message, ...problems.slice(1).map(formatProblem)].join('\n  '));
}

/** Counts, then the warnings (at most 20), as people read them in a terminal or CI log. */
export function formatSyncSummary(record: SyncRecord): string {
  const c = record.counts;
  const lines = [
    `${record.dry_run ? 'dry run of ' : ''}${record.source} sync ${record.id} ${record.status}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.staled} staled, ${c.revived} revived`,
    `lineage: ${c.lineage_resolved} resolved, ${c.lineage_pending} pending, ${c.lineage_rejected} rejected`,
  ];
  if (record.warnings.length > 0) {
    lines.push(`${record.warnings.length} warnings:`);
    for (const warning of record.warnings.slice(0, 20)) lines.push(`  - ${formatProblem(warning)}`);
  }
  return `${lines.join('\n')}\n`;
}
