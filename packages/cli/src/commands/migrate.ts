import { migrateToLatest, openStore } from '@sextant/server';
import type { Command } from 'commander';
import { addDatabaseOptions, configFromFlags, type DatabaseFlags } from './database-options.js';

export function registerMigrateCommand(program: Command): void {
  const command = program
    .command('migrate')
    .description('bring the database schema up to date (serve does this too, at start)');
  addDatabaseOptions(command).action(async (flags: DatabaseFlags) => {
    const config = configFromFlags(flags);
    const store = await openStore({
      databaseUrl: config.databaseUrl,
      sqliteFile: config.sqliteFile,
      migrate: false,
    });
    try {
      const applied = await migrateToLatest(store.db);
      process.stdout.write(
        applied.length
          ? `applied ${applied.length} migration(s): ${applied.join(', ')}\n`
          : 'schema is up to date\n',
      );
    } finally {
      await store.close();
    }
  });
}
