import { once } from 'node:events';
import { createWriteStream, existsSync } from 'node:fs';
import { type ExportFormat, exportCatalog, findFirstAdmin, openStore } from '@sextant/server';
import type { Command } from 'commander';
import { UserError } from '../run-cli.js';
import { addDatabaseOptions, configFromFlags, type DatabaseFlags } from './database-options.js';

interface ExportFlags extends DatabaseFlags {
  format: string;
  to?: string;
  force?: boolean;
}

/** `sextant export`: the whole catalog, JSONL (for `sextant import`) or CSV, to a file or standard output. */
export function registerExportCommand(program: Command): void {
  const command = program
    .command('export')
    .description('write the whole catalog (resources, edits, tags, owners, custom properties, lineage)')
    .option(
      '--format <format>',
      'jsonl (what `sextant import` reads back) or csv (one row per resource)',
      'jsonl',
    )
    .option('--to <file>', 'the file to write (default: standard output)')
    .option('--force', 'replace --to when it exists');
  addDatabaseOptions(command).action(async (flags: ExportFlags) => runExport(flags));
}

async function runExport(flags: ExportFlags): Promise<void> {
  if (flags.format !== 'jsonl' && flags.format !== 'csv')
    throw new UserError(`--format must be jsonl or csv, got "${flags.format}"`);
  if (flags.to && existsSync(flags.to) && !flags.force)
    throw new UserError(`${flags.to} exists; give --force to replace it`);
  const config = configFromFlags(flags);
  const store = await openStore({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile });
  try {
    const admin = await findFirstAdmin(store.db);
    if (!admin) throw new UserError('the catalog is empty (no workspace yet): nothing to export');
    const out = flags.to ? createWriteStream(flags.to, { flags: flags.force ? 'w' : 'wx' }) : process.stdout;
    for await (const chunk of exportCatalog(store.db, admin.workspace_id, flags.format as ExportFormat)) {
      if (!out.write(chunk)) await once(out, 'drain');
    }
    if (out !== process.stdout) {
      out.end();
      await once(out, 'finish');
      process.stderr.write(`exported the catalog to ${flags.to}\n`);
    }
  } finally {
    await store.close();
  }
}
