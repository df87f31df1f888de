import type { Command } from 'commander';
import { registerDbtCommand } from './dbt.js';
import { registerImpactCommand } from './impact.js';
import { registerImportCommand } from './import.js';
import { registerLineageCommand } from './lineage.js';
import { registerMigrateCommand } from './migrate.js';
import { registerRunCommand } from './run.js';
import { registerServeCommand } from './serve.js';
import { registerTokenCommand } from './token.js';

/** Every sub-command registers itself here; one line per command file. */
export function registerCommands(program: Command): void {
  registerServeCommand(program);
  registerTokenCommand(program);
  registerMigrateCommand(program);
  registerRunCommand(program);
  registerLineageCommand(program);
  registerDbtCommand(program);
  registerImpactCommand(program);
  registerImportCommand(program);
}
