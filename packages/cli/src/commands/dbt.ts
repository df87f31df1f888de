import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import type { Command } from 'commander';
import { UserError } from '../run-cli.js';

/** Flags of `sextant dbt upload`, as commander gives them. */
export interface DbtUploadFlags {
  integration: string;
  server?: string;
  json?: boolean;
  dryRun?: boolean;
}

/** What the command needs from its surroundings (injectable for tests). */
export interface DbtUploadIo {
  env: NodeJS.ProcessEnv;
  stdout: Writable;
}

/** Artifact multipart fields, and the file names `dbt` writes them under in `target/`. */
const ARTIFACTS = [
  { field: 'manifest', file: 'manifest.json', required: true },
  // dbt parse and dbt compile write no run_results: the sync then keeps test results as they are, and says so.
  { field: 'run_results', file: 'run_results.json', required: false },
  { field: 'catalog', file: 'catalog.json', required: false },
] as const;

export function registerDbtCommand(program: Command): void {
  const dbt = program.command('dbt').description('dbt Core artifacts');
  dbt
    .command('upload')
    .description(
      'upload manifest (and run_results, catalog when present) from a dbt target folder, then run the sync',
    )
    .argument('[target]', 'the dbt target folder', 'target')
    .requiredOption('--integration <id>', 'the dbt integration to sync into')
    .option('--server <url>', 'Sextant server (default $SEXTANT_URL or http://127.0.0.1:5440)')
    .option('--json', 'print the sync record as JSON')
    .option('--dry-run', 'compute the counts and warnings, change nothing in the catalog')
    .action(async (target: string, flags: DbtUploadFlags) =>
      runDbtUpload(target, flags, { env: process.env, stdout: process.stdout }),
    );
}

/**
 * `sextant dbt upload`: sends the artifacts found in `target` (gzip-compressed on the way, `.json.gz` files as
 * they are) to `upload_artifacts`, triggers the sync and prints its summary. The API key comes from
 * SEXTANT_API_KEY, never from a flag (flags end up in shell history).
 */
export async function runDbtUpload(target: string, flags: DbtUploadFlags, io: DbtUploadIo): Promise<void> {
  const key = io.env.SEXTANT_API_KEY;
  if (!key) throw new UserError('set SEXTANT_API_KEY to an API key with the editor role');
  const server = (flags.server ?? io.env.SEXTANT_URL ?? 'http://127.0.0.1:5440').replace(/\/+$/, '');
  const base = `${server}/api/v1/integration/dbt/${encodeURIComponent(flags.integration)}`;
  const headers = { authorization: `Bearer ${key}` };

  const form = await artifactForm(target);
  await call(`${base}/upload_artifacts`, { method: 'POST', headers, body: form });
  const trigger = `${base}/trigger${flags.dryRun ? '?dry_run=true' : ''}`;
  const record = (await call(trigger, { method: 'POST', headers })) as SyncRecordAnswer;
  io.stdout.write(flags.json ? `${JSON.stringify(record)}\n` : formatSummary(record));
  if (record.status !== 'succeeded') throw new UserError(`the dbt sync ${record.id} ${record.status}`);
}

async function artifactForm(target: string): Promise<FormData> {
  if (!existsSync(target)) throw new UserError(`no dbt target folder at ${target}`);
  const form = new FormData();
  for (const artifact of ARTIFACTS) {
    const plain = join(target, artifact.file);
    const gzipped = `${plain}.gz`;
    const path = existsSync(plain) ? plain : existsSync(gzipped) ? gzipped : undefined;
    if (!path) {
      if (artifact.required) throw new UserError(`${plain} not found: run dbt (build, run or test) first`);
      continue;
    }
    const bytes = await readFile(path);
    const body = path.endsWith('.gz') ? bytes : gzipSync(bytes);
    form.append(artifact.field, new Blob([body]), `${artifact.file}.gz`);
  }
  return form;
}

async function call(url: string, init: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    throw new UserError(
      `cannot reach ${new URL(url).origin}: ${(error as Error).cause ?? (error as Error).message}`,
    );
  }
  const body = (await response.json().catch(() => undefined)) as
    | { error?: { code: string; message: string } }
    | undefined;
  if (!response.ok) {
    const why = body?.error ? `${body.error.message} (${body.error.code})` : response.statusText;
    throw new UserError(
      `${new URL(url).pathname.split('/').pop()} failed with HTTP ${response.status}: ${why}`,
    );
  }
  return body;
}

interface SyncRecordAnswer {
  id: string;
  dry_run?: boolean;
  status: string;
  counts: Record<string, number>;
  warnings: Array<{ message: string }>;
}

/** One line of counts, then the warnings (at most 10), as people read them in CI logs. */
export function formatSummary(record: SyncRecordAnswer): string {
  const c = record.counts;
  const lines = [
    `dbt sync ${record.id}${record.dry_run ? ' (dry run)' : ''} ${record.status}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.staled} staled`,
    `lineage: ${c.lineage_resolved} resolved, ${c.lineage_pending} pending, ${c.lineage_rejected} rejected`,
  ];
  if (record.warnings.length > 0) {
    lines.push(`${record.warnings.length} warnings:`);
    for (const warning of record.warnings.slice(0, 10)) lines.push(`  - ${warning.message}`);
  }
  return `${lines.join('\n')}\n`;
}
