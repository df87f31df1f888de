import { BackupRefusedError, backupSqliteDatabase, type Config } from '@sextant/server';
import type { Command } from 'commander';
import { UserError } from '../run-cli.js';
import { addDatabaseOptions, configFromFlags, type DatabaseFlags } from './database-options.js';

interface BackupFlags extends DatabaseFlags {
  to: string;
  force?: boolean;
}

export function registerBackupCommand(program: Command): void {
  const command = program
    .command('backup')
    .description(
      'copy the SQLite catalog to a file, consistently, even while the server runs (docs/deploy.md)',
    )
    .requiredOption('--to <file>', 'the backup file to write')
    .option('--force', 'replace --to when it exists');
  addDatabaseOptions(command).action(async (flags: BackupFlags) => backup(flags));
}

async function backup(flags: BackupFlags): Promise<void> {
  const config = configFromFlags(flags);
  if (config.databaseUrl) throw new UserError(postgresBackupGuidance());
  try {
    const result = await backupSqliteDatabase({
      from: config.sqliteFile,
      to: flags.to,
      overwrite: flags.force === true,
    });
    process.stdout.write(
      `backed up ${config.sqliteFile} to ${flags.to} (${result.bytes} bytes, schema ${result.applied.at(-1)})\n`,
    );
    process.stderr.write(`${secretKeyNote(config, 'backup')}\n`);
  } catch (error) {
    if (error instanceof BackupRefusedError) throw new UserError(error.message);
    throw error;
  }
}

/** Integration credentials in the copy are encrypted: without the key they cannot be read back. */
export function secretKeyNote(config: Config, after: 'backup' | 'restore'): string {
  const where = config.secretKey ? '$SEXTANT_SECRET_KEY' : `${config.dataDir}/secret.key`;
  return after === 'backup'
    ? `note: integration credentials in the catalog are encrypted with the key in ${where}; keep a copy of it with the backup`
    : `note: integration credentials in it can be read only with the key of the catalog it came from: put that key in ${where}`;
}

/** PostgreSQL has its own consistent online dump; Sextant adds nothing to it. */
export function postgresBackupGuidance(): string {
  return [
    'this catalog is on PostgreSQL (DATABASE_URL); back it up with pg_dump, which takes a consistent snapshot',
    'while the server runs, and restore it with pg_restore into an empty database:',
    '  pg_dump --format=custom --file=sextant.dump "$DATABASE_URL"',
    '  pg_restore --no-owner --dbname="$DATABASE_URL" sextant.dump',
    '(docs/deploy.md, Backup and restore)',
  ].join('\n');
}
