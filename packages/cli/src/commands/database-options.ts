import { type Config, loadConfig } from '@sextant/server';
import type { Command } from 'commander';

export interface DatabaseFlags {
  database?: string;
  dataDir?: string;
}

/** `--database` and `--data-dir`, shared by every command that opens the catalog's database directly. */
export function addDatabaseOptions(command: Command): Command {
  return command
    .option(
      '--database <url-or-file>',
      'postgres://… URL, or a SQLite file (default: $DATABASE_URL, else ./data/sextant.db)',
    )
    .option(
      '--data-dir <dir>',
      'folder for the SQLite file, key file and first-start notes (default: ./data)',
    );
}

/** The server configuration from the environment, with the command's flags on top. */
export function configFromFlags(flags: DatabaseFlags, extra: Partial<Config> = {}): Config {
  const env = { ...process.env };
  if (flags.dataDir) env.SEXTANT_DATA_DIR = flags.dataDir;
  if (flags.database) {
    if (/^postgres(ql)?:\/\//.test(flags.database)) env.DATABASE_URL = flags.database;
    else {
      env.SEXTANT_SQLITE_FILE = flags.database;
      delete env.DATABASE_URL;
    }
  }
  return loadConfig(env, extra);
}
