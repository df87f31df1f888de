import { BackupRefusedError, restoreSqliteDatabase } from '@sextant/server';
import type { Command } from 'commander';
import { UserError } from '../run-cli.js';
import { postgresBackupGuidance, secretKeyNote } from './backup.js';
import { addDatabaseOptions, configFromFlags, type DatabaseFlags } from './database-options.js';

interface RestoreFlags extends DatabaseFlags {
  from: string;
  force?: boolean;
}

export function registerRestoreCommand(program: Command): void {
  const command = program
    .command('restore')
    .description('replace the SQLite catalog with a file made by `sextant backup` (docs/deploy.md)')
    .requiredOption('--from <file>', 'the backup file to restore')
    .option('--force', 'restore even though a running server has the database open (restart it afterwards)');
  addDatabaseOptions(command).action(async (flags: RestoreFlags) => restore(flags));
}

async function restore(flags: RestoreFlags): Promise<void> {
  const config = configFromFlags(flags);
  if (config.databaseUrl) throw new UserError(postgresBackupGuidance());
  try {
    const result = await restoreSqliteDatabase({
      from: flags.from,
      to: config.sqliteFile,
      force: flags.force === true,
    });
    process.stdout.write(
      `restored ${flags.from} into ${config.sqliteFile} (schema ${result.applied.at(-1)})\n`,
    );
    if (result.pending.length > 0)
      process.stdout.write(
        `the next \`sextant serve\` or \`sextant migrate\` applies ${result.pending.length} newer migration(s)\n`,
      );
    process.stderr.write(`${secretKeyNote(config, 'restore')}\n`);
  } catch (error) {
    if (error instanceof BackupRefusedError) throw new UserError(error.message);
    throw error;
  }
}
